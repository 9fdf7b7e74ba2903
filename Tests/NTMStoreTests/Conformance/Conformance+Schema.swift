import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let schema: [ConformanceCase] = [
        ConformanceCase(name: "migrations are applied once and recorded") { store in
            let applied = try await store.appliedMigrations()
            #expect(applied.count == 8)
            #expect(applied.first == "001-create-units")
            #expect(applied.last == "008-create-login-attempts")
            #expect(try await store.migrate().isEmpty)
            #expect(try await store.appliedMigrations() == applied)
        },
        ConformanceCase(name: "stored revisions cannot be updated or deleted, even with raw SQL") { store in
            try await store.write([Values.change(Values.slot(), Values.ratio(1, 2), expected: .none)], status: .draft, by: "a", batch: nil)
            await #expect(throws: (any Error).self) {
                try await StoreHarness.executeRaw("UPDATE observations SET numerator = 2", on: store)
            }
            await #expect(throws: (any Error).self) {
                try await StoreHarness.executeRaw("DELETE FROM observations", on: store)
            }
            #expect(try await store.history(Values.slot()).map(\.value) == [Values.ratio(1, 2)])
        },
    ]
}
