import Foundation
import Logging
import NTMCore
import PostgresNIO

/// The server store: PostgreSQL through PostgresNIO, for a province or the nation served by several processes.
///
/// The `client` must be running (`client.run()`, as a ServiceLifecycle service in the server) while the store is used.
public struct PostgresStore: NTMStore {
    public let client: PostgresClient
    public let url: PostgresURL
    let logger: Logger
    /// Time stamps of changesets, audit entries and sessions.
    let clock: any WallClock

    /// Every write transaction takes this advisory lock first. Serialising writers keeps identity order equal to
    /// commit order, so `records(after:)` never skips a revision another server commits late.
    static let writeLock: Int64 = 0x4E54_4D00

    public init(url: PostgresURL, logger: Logger, clock: any WallClock = SystemClock()) {
        self.url = url
        self.logger = logger
        self.clock = clock
        client = PostgresClient(configuration: url.configuration, backgroundLogger: logger)
    }

    public var description: String { url.display }

    @discardableResult
    public func migrate() async throws -> [String] {
        try await client.query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)",
            logger: logger)
        // One transaction (PostgreSQL's DDL is transactional): a failing migration leaves the schema as it was, and the
        // lock keeps servers starting at once from applying a migration twice.
        let now = clock.now(), logger = logger
        do {
            return try await client.withTransaction(logger: logger) { connection -> [String] in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.writeLock + 1))", logger: logger)
                var applied: [String] = []
                for try await name in try await connection.query("SELECT name FROM schema_migrations ORDER BY name", logger: logger)
                    .decode(String.self)
                {
                    applied.append(name)
                }
                try Migrations.check(applied: applied)
                var names: [String] = []
                for migration in Migrations.all where !applied.contains(migration.name) {
                    for statement in migration.postgres {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query("INSERT INTO schema_migrations (name, applied_at) VALUES (\(migration.name), \(now))", logger: logger)
                    names.append(migration.name)
                }
                return names
            }
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError { throw inner }
            throw error
        }
    }

    public func appliedMigrations() async throws -> [String] {
        let exists = try await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger)
        var present = false
        for try await value in exists.decode(Bool.self) { present = value }
        guard present else { return [] }
        var names: [String] = []
        for try await name in try await client.query("SELECT name FROM schema_migrations ORDER BY name", logger: logger).decode(String.self) {
            names.append(name)
        }
        return names
    }

    static func audit(_ entry: PendingAudit, by user: String, at now: Date, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            INSERT INTO audit_log (at, actor, action, entity, entity_key, before, after)
            VALUES (\(now), \(user), \(entry.action), \(entry.entity), \(entry.key), \(entry.before), \(entry.after))
            """, logger: logger)
    }

    public func recordEvent(_ event: AuditEvent, by actor: String) async throws {
        let entry = event.pending, now = clock.now()
        try await client.query(
            """
            INSERT INTO audit_log (at, actor, action, entity, entity_key, before, after)
            VALUES (\(now), \(actor), \(entry.action), \(entry.entity), \(entry.key), \(entry.before), \(entry.after))
            """, logger: logger)
    }

    public func audit(_ filter: AuditFilter) async throws -> [AuditEntry] {
        var query = PostgresQuery(unsafeSQL: "SELECT id, at, actor, action, entity, entity_key, before, after FROM audit_log WHERE true")
        var sql = query.sql, binds = PostgresBindings()
        func bind(_ condition: String, _ value: some PostgresDynamicTypeEncodable) {
            binds.append(value)
            sql += " AND " + condition.replacingOccurrences(of: "$?", with: "$\(binds.count)")
        }
        if let actor = filter.actor { bind("actor = $?", actor) }
        if let action = filter.action { bind("action = $?", action) }
        if let entity = filter.entity { bind("entity = $?", entity) }
        if let prefix = filter.keyPrefix { bind("starts_with(entity_key, $?)", prefix) }
        if let since = filter.since { bind("at >= $?", since) }
        if let until = filter.until { bind("at <= $?", until) }
        binds.append(filter.limit)
        sql += " ORDER BY id DESC LIMIT $\(binds.count)"
        query = PostgresQuery(unsafeSQL: sql, binds: binds)
        var entries: [AuditEntry] = []
        let rows = try await client.query(query, logger: logger)
        for try await (id, at, actor, action, entity, key, before, after)
            in rows.decode((Int64, Date, String, String, String, String?, String?, String?).self)
        {
            entries.append(AuditEntry(id: id, at: at, actor: actor, action: action, entity: entity, key: key, before: before, after: after))
        }
        return entries
    }

    /// Runs `pg_dump --format=custom`; restore with `pg_restore --clean --if-exists -d DATABASE FILE`.
    public func backup(to path: String) async throws {
        try await PostgresTools.run(
            "pg_dump", arguments: ["--format=custom", "--no-owner", "--file", path, "--dbname", url.database],
            url: url)
    }
}
