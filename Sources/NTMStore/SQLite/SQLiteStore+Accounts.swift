import Foundation
import GRDB
import NTMCore

extension SQLiteStore {
    public func account(_ username: String) async throws -> StoredAccount? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT username, display_name, password_hash, role, unit, criteria, active FROM users WHERE username = ?",
                arguments: [username]
            ).map(Self.storedAccount)
        }
    }

    public func accounts() async throws -> [Account] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT username, display_name, password_hash, role, unit, criteria, active FROM users ORDER BY username")
                .map { try Self.storedAccount($0).account }
        }
    }

    static func storedAccount(_ row: Row) throws -> StoredAccount {
        guard let role = Role(rawValue: row[3]) else { throw StoredUnits.Corrupt(description: "user \(row[0] as String) has unknown role") }
        return StoredAccount(
            account: Account(
                username: row[0], displayName: row[1], role: role, unit: (row[4] as String?).map { UnitCode($0) },
                criteria: Account.criteria(from: row[5]), active: row[6]),
            passwordHash: row[2])
    }

    public func saveAccount(_ account: Account, passwordHash: String?, by user: String) async throws {
        try await pool.write { db in
            let now = clock.now()
            let before = try Row.fetchOne(
                db, sql: "SELECT username, display_name, password_hash, role, unit, criteria, active FROM users WHERE username = ?",
                arguments: [account.username]
            ).map(Self.storedAccount)
            guard let hash = passwordHash ?? before?.passwordHash else {
                throw StoreError.unsupported("a new user needs a password")
            }
            try db.execute(
                sql: """
                    INSERT INTO users (username, display_name, password_hash, role, unit, criteria, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash,
                        role = excluded.role, unit = excluded.unit, criteria = excluded.criteria, active = excluded.active, updated_at = excluded.updated_at
                    """,
                arguments: [
                    account.username, account.displayName, hash, account.role.rawValue, account.unit?.rawValue,
                    account.criteriaText, account.active, Timestamp.text(now),
                ])
            if passwordHash != nil, before != nil {
                try db.execute(sql: "DELETE FROM sessions WHERE username = ?", arguments: [account.username])
            }
            try Self.audit(
                .userSaved(account, before: before?.account, passwordChanged: passwordHash != nil),
                by: user, at: now, in: db)
        }
    }

    public func createSession(_ session: StoredSession) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expires_at < ?", arguments: [Timestamp.text(session.createdAt)])
            try db.execute(
                sql: "INSERT INTO sessions (token_hash, username, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    session.tokenHash, session.username, session.csrfToken, Timestamp.text(session.createdAt),
                    Timestamp.text(session.expiresAt),
                ])
        }
    }

    public func session(_ tokenHash: String) async throws -> StoredSession? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT token_hash, username, csrf_token, created_at, expires_at FROM sessions WHERE token_hash = ?",
                arguments: [tokenHash]
            ).map { row in
                StoredSession(
                    tokenHash: row[0], username: row[1], csrfToken: row[2], createdAt: Timestamp.date(row[3]) ?? .distantPast,
                    expiresAt: Timestamp.date(row[4]) ?? .distantPast)
            }
        }
    }

    public func deleteSession(_ tokenHash: String) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func recordLoginFailure(username: String, address: String, at: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO login_failures (username, address, at) VALUES (?, ?, ?)",
                arguments: [username, address, Timestamp.text(at)])
        }
    }

    public func loginFailures(username: String, since: Date) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM login_failures WHERE username = ? AND at >= ?",
                arguments: [username, Timestamp.text(since)]) ?? 0
        }
    }

    public func clearLoginFailures(username: String) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM login_failures WHERE username = ?", arguments: [username]) }
    }
}
