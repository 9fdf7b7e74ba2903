import Foundation
import NTMCore
import NTMStore
import PostgresNIO
import Testing

/// A restored store must evaluate exactly as the original.
@Suite("Backup and restore", .tags(.slow))
struct BackupTests {
    static let briefingDate = LocalDate(iso: "2019-06-30")!

    static func fingerprint(_ store: any NTMStore) async throws -> String {
        let service = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
        let province = try await service.summary(of: .unit("84"), on: LocalDate(iso: "2019-12-31")!, bands: "central")
        let registered = try await service.summary(of: .registered(year: 2019, within: nil), on: briefingDate, bands: "briefing")
        let rows = province.communeRows.map { "\($0.code):\($0.criteriaMet):\($0.unmetCriteria)" }.joined(separator: ",")
        return "\(province.atStandard)|\(province.bands.map(\.communes))|\(registered.bands.map(\.communes))|\(rows)|"
            + "\(try await store.latestRecordID())|\(try await store.documents().map(\.checksum))"
    }

    @Test("an SQLite backup restores to a store that evaluates identically")
    func sqlite() async throws {
        let backup = StoreHarness.temporaryPath("backup") + ".sqlite"
        let restored = StoreHarness.temporaryPath("restored") + ".sqlite"
        defer {
            for path in [backup, restored] { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        let original = try await StoreHarness.withSQLite { store in
            try await StoreSeeder.seedDemo(store, by: "demo")
            try await store.backup(to: backup)
            return try await Self.fingerprint(store)
        }
        #expect(throws: StoreError.backupFailed("the backup and the store are the same file (\(backup)); restore into another path")) {
            try SQLiteStore.restore(from: backup, to: backup, replace: false)
        }
        try SQLiteStore.restore(from: backup, to: restored, replace: false)
        let store = try SQLiteStore(path: restored)
        #expect(try await store.migrate().isEmpty)
        #expect(try await Self.fingerprint(store) == original)
    }

    @Test("a file that is not a backup leaves the store it would replace untouched")
    func unreadableBackupKeepsStore() async throws {
        let path = StoreHarness.temporaryPath("kept") + ".sqlite"
        let garbage = StoreHarness.temporaryPath("garbage") + ".sqlite"
        defer {
            for file in [path, garbage] {
                for suffix in ["", "-wal", "-shm", ".restoring"] { try? FileManager.default.removeItem(atPath: file + suffix) }
            }
        }
        try Data("not a database, only text".utf8).write(to: URL(fileURLWithPath: garbage))
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        try await StoreSeeder.seedReferenceData(store, by: "test")
        let units = try await store.loadUnits().allCodes.count
        let error = #expect(throws: StoreError.self) { try SQLiteStore.restore(from: garbage, to: path, replace: true) }
        guard case .backupFailed(let message)? = error else {
            Issue.record("expected backupFailed, got \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("\(garbage) could not be read as an NTM Monitor backup:"))
        #expect(message.hasSuffix("\(path) was left unchanged"))
        #expect(try await SQLiteStore(path: path).loadUnits().allCodes.count == units)
        #expect(!FileManager.default.fileExists(atPath: path + ".restoring"))
    }

    @Test(
        "a pg_dump backup restores with pg_restore to a database that evaluates identically",
        .enabled(if: StoreHarness.postgresURL != nil, Comment(rawValue: StoreHarness.postgresSkipped)))
    func postgres() async throws {
        let backup = StoreHarness.temporaryPath("backup") + ".dump"
        defer { try? FileManager.default.removeItem(atPath: backup) }
        let original = try await StoreHarness.withPostgres { store in
            try await StoreSeeder.seedDemo(store, by: "demo")
            try await store.backup(to: backup)
            return try await Self.fingerprint(store)
        }
        let restored = try await StoreHarness.withPostgres { store in
            try await PostgresStore.restore(from: backup, to: store.url)
            return try await Self.fingerprint(store)
        }
        #expect(restored == original)
    }
}
