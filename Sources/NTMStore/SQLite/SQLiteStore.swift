import Foundation
import GRDB
import NTMCore

/// The embedded store: one SQLite file in WAL mode, through GRDB. The default.
public struct SQLiteStore: NTMStore {
    let pool: DatabasePool
    public let path: String
    /// Time stamps of changesets, audit entries and sessions.
    let clock: any WallClock

    /// Opens (creating if needed) the database file. Call `migrate()` before use.
    public init(path: String, clock: any WallClock = SystemClock()) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // WAL with synchronous=NORMAL keeps every committed transaction across a process crash
            // (SIGKILL), and only risks the last ones on power loss, at a fraction of FULL's cost.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MiB of page cache keeps a national import's index pages in memory instead of spilling them mid-transaction.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        self.path = path
        self.clock = clock
    }

    public var description: String { "sqlite:\(path)" }

    /// Applies every pending migration in one write transaction, so a failure leaves the schema as it was. A store
    /// that records a migration this program does not know (written by a newer version) is refused, not altered.
    @discardableResult
    public func migrate() async throws -> [String] {
        let now = Timestamp.text(clock.now())
        return try await pool.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            let applied = try String.fetchAll(db, sql: "SELECT name FROM schema_migrations ORDER BY name")
            try Migrations.check(applied: applied)
            var names: [String] = []
            for migration in Migrations.all where !applied.contains(migration.name) {
                for statement in migration.sqlite { try db.execute(sql: statement) }
                try db.execute(sql: "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", arguments: [migration.name, now])
                names.append(migration.name)
            }
            return names
        }
    }

    public func appliedMigrations() async throws -> [String] {
        try await pool.read { db in
            guard try db.tableExists("schema_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT name FROM schema_migrations ORDER BY name")
        }
    }

    static func audit(_ entry: PendingAudit, by user: String, at now: Date, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO audit_log (at, actor, action, entity, entity_key, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [Timestamp.text(now), user, entry.action, entry.entity, entry.key, entry.before, entry.after])
    }

    public func audit(_ filter: AuditFilter) async throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let actor = filter.actor {
            conditions.append("actor = ?")
            arguments.append(actor)
        }
        if let action = filter.action {
            conditions.append("action = ?")
            arguments.append(action)
        }
        if let entity = filter.entity {
            conditions.append("entity = ?")
            arguments.append(entity)
        }
        if let prefix = filter.keyPrefix {
            conditions.append("entity_key LIKE ? ESCAPE '\\'")
            arguments.append(Self.likePrefix(prefix))
        }
        if let since = filter.since {
            conditions.append("at >= ?")
            arguments.append(Timestamp.text(since))
        }
        if let until = filter.until {
            conditions.append("at <= ?")
            arguments.append(Timestamp.text(until))
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments.append(filter.limit)
        let sql = "SELECT id, at, actor, action, entity, entity_key, before, after FROM audit_log \(whereClause) ORDER BY id DESC LIMIT ?"
        let statementArguments = StatementArguments(arguments)
        return try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: statementArguments).map { row in
                AuditEntry(
                    id: row["id"], at: Timestamp.date(row["at"]) ?? .distantPast, actor: row["actor"], action: row["action"],
                    entity: row["entity"], key: row["entity_key"], before: row["before"], after: row["after"])
            }
        }
    }

    public func recordEvent(_ event: AuditEvent, by actor: String) async throws {
        try await pool.write { db in try Self.audit(event.pending, by: actor, at: clock.now(), in: db) }
    }

    static func likePrefix(_ text: String) -> String {
        var escaped = ""
        for char in text {
            if char == "%" || char == "_" || char == "\\" { escaped.append("\\") }
            escaped.append(char)
        }
        return escaped + "%"
    }

    public func backup(to path: String) async throws {
        let destination = try DatabaseQueue(path: path)
        try pool.backup(to: destination)
        try destination.close()
    }
}
