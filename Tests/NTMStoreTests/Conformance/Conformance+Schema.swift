import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let schema: [ConformanceCase] = [
        ConformanceCase(name: "migrations are applied once and recorded") { store in
            let applied = try await store.appliedMigrations()
            #expect(applied.count == 12)
            #expect(applied.first == "001-create-units")
            #expect(applied.last == "012-create-funds")
            #expect(try await store.migrate().isEmpty)
            #expect(try await store.appliedMigrations() == applied)
        },
        ConformanceCase(name: "a store migrated by a newer version is refused, not altered") { store in
            try await StoreHarness.executeRaw(
                "INSERT INTO schema_migrations (name, applied_at) VALUES ('999-from-the-future', '2030-01-01T00:00:00Z')", on: store)
            await #expect(
                throws: StoreError.unsupported(
                    "the store has migration '999-from-the-future', which this version of NTM Monitor does not know; use a newer version")
            ) { try await store.migrate() }
        },
        ConformanceCase(name: "empty source, evidence and comment read back as absent in both engines") { store in
            var change = Values.change(Values.slot(), Values.ratio(1, 2), expected: .none, source: "", evidence: "   ")
            change.comment = ""
            try await store.write([change], status: .draft, by: "a", batch: nil)
            let record = try #require(try await store.history(Values.slot()).first)
            #expect(record.source == nil)
            #expect(record.evidence == nil)
            #expect(record.comment == nil)
        },
        ConformanceCase(name: "stored revisions cannot be updated or deleted, even with raw SQL") { store in
            try await store.write([Values.change(Values.slot(), Values.ratio(1, 2), expected: .none)], status: .draft, by: "a", batch: nil)
            // Each engine reports the trigger in its own error type; both carry the trigger's message.
            for statement in ["UPDATE observations SET numerator = 2", "DELETE FROM observations"] {
                do {
                    try await StoreHarness.executeRaw(statement, on: store)
                    Issue.record("\(statement) was allowed")
                } catch {
                    #expect(String(reflecting: error).contains("observations are append-only"), "\(statement): \(String(reflecting: error))")
                }
            }
            #expect(try await store.history(Values.slot()).map(\.value) == [Values.ratio(1, 2)])
        },
    ]
}
