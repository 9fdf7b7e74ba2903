import Foundation
import GRDB
import Logging
import NTMCore
import NTMStore
import PostgresNIO
import Testing

/// Opens a fresh, migrated store of each kind for one test and removes it afterwards.
enum StoreHarness {
    /// Set by `.ci/run` (and by developers) to a PostgreSQL role that may create databases.
    static let postgresURL = ProcessInfo.processInfo.environment["NTM_TEST_DATABASE_URL"]
    static let postgresSkipped = "NTM_TEST_DATABASE_URL is not set: the PostgreSQL store tests were skipped, not run"

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ntm-\(name)-\(UUID().uuidString)").path
    }

    static func withSQLite<T: Sendable>(_ body: (SQLiteStore) async throws -> T) async throws -> T {
        let path = temporaryPath("store") + ".sqlite"
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        return try await body(store)
    }

    /// The database each test's database is copied from: created and migrated once per test run, so a test gets a
    /// migrated store with one `CREATE DATABASE … TEMPLATE` instead of running every migration again. Templates
    /// left by earlier runs are dropped first.
    static let postgresTemplate = Task<String, any Error> {
        guard let text = postgresURL else { throw StoreError.unsupported(postgresSkipped) }
        let admin = try PostgresURL(text)
        let name = "ntm_test_template_\(ProcessInfo.processInfo.processIdentifier)_\(UUID().uuidString.prefix(8).lowercased())"
        try await DatabaseCreation.shared.run {
            try await withAdmin(admin) { client in
                var stale: [String] = []
                for try await old in try await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'ntm_test_template_%'")
                    .decode(String.self)
                {
                    stale.append(old)
                }
                for old in stale { try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(old) WITH (FORCE)")) }
                try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            }
        }
        var url = admin
        url.database = name
        // The template's own connections end with this block: a database being used cannot be copied.
        _ = try await withRunning(PostgresStore(url: url, logger: quietLogger)) { store in try await store.migrate() }
        return name
    }

    /// A new database on the test server for every call, copied from the migrated template, dropped afterwards.
    static func withPostgres<T: Sendable>(_ body: (PostgresStore) async throws -> T) async throws -> T {
        guard let text = postgresURL else { throw StoreError.unsupported(postgresSkipped) }
        let admin = try PostgresURL(text)
        let template = try await postgresTemplate.value
        let name = "ntm_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        try await DatabaseCreation.shared.run {
            try await withAdmin(admin) { client in
                try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE \(template)"))
            }
        }
        var url = admin
        url.database = name
        do {
            let result = try await withRunning(PostgresStore(url: url, logger: quietLogger)) { store in
                #expect(try await store.migrate().isEmpty, "the template was migrated")
                return try await body(store)
            }
            try await drop(name, admin: admin)
            return result
        } catch {
            try? await drop(name, admin: admin)
            throw error
        }
    }

    static func drop(_ name: String, admin: PostgresURL) async throws {
        try await DatabaseCreation.shared.run {
            try await withAdmin(admin) { client in
                try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
            }
        }
    }

    static let quietLogger: Logger = {
        var logger = Logger(label: "ntm.test")
        logger.logLevel = .error
        return logger
    }()

    static func withAdmin(_ url: PostgresURL, _ body: @Sendable (PostgresClient) async throws -> Void) async throws {
        let client = PostgresClient(configuration: url.configuration, backgroundLogger: quietLogger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await body(client)
        }
    }

    /// Runs the store's client while `body` uses it.
    static func withRunning<T: Sendable>(_ store: PostgresStore, _ body: (PostgresStore) async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.client.run() }
            defer { group.cancelAll() }
            return try await body(store)
        }
    }

    /// A boolean literal each engine accepts in raw SQL.
    static func sqlTrue(_ store: any NTMStore) -> String { store is SQLiteStore ? "1" : "true" }

    /// Raw SQL straight to the database, bypassing the store (to prove what the schema itself refuses).
    static func executeRaw(_ sql: String, on store: any NTMStore) async throws {
        switch store {
        case let sqlite as SQLiteStore:
            let queue = try DatabaseQueue(path: sqlite.path)
            try await queue.write { db in try db.execute(sql: sql) }
        case let postgres as PostgresStore:
            try await postgres.client.query(PostgresQuery(unsafeSQL: sql))
        default:
            throw StoreError.unsupported("unknown store")
        }
    }
}

/// Serialises CREATE and DROP DATABASE: PostgreSQL refuses to copy template1 while another creation uses it
/// ("source database is being accessed by other users"), which parallel tests would otherwise hit.
actor DatabaseCreation {
    static let shared = DatabaseCreation()

    func run(_ body: @Sendable () async throws -> Void) async throws {
        var attempt = 0
        while true {
            do {
                try await body()
                return
            } catch {
                attempt += 1
                guard attempt < 5 else { throw StoreError.unsupported("database setup failed: \(String(reflecting: error))") }
                try await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
    }
}
