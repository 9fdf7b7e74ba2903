import Foundation
import GRDB
import NTMCore

extension SQLiteStore {
    static let accountColumns = "username, display_name, password_hash, role, organisation, criteria, active"

    public func account(_ username: String) async throws -> StoredAccount? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM users WHERE username = ?", arguments: [username])
                .map(Self.storedAccount)
        }
    }

    public func accounts() async throws -> [Account] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.accountColumns) FROM users ORDER BY username").map { try Self.storedAccount($0).account }
        }
    }

    static func storedAccount(_ row: Row) throws -> StoredAccount {
        let username: String = row["username"]
        guard let role = Role(rawValue: row["role"]) else { throw StoredUnits.Corrupt(description: "user \(username) has an unknown role") }
        let organisationText: String? = row["organisation"]
        let organisation = try organisationText.map { text in
            guard let reference = OrganisationRef(text: text) else {
                throw StoredUnits.Corrupt(description: "user \(username) has an unreadable organisation '\(text)'")
            }
            return reference
        }
        let legacy: String? = row["criteria"]
        return StoredAccount(
            account: Account(
                username: username, displayName: row["display_name"], role: role, organisation: organisation, active: row["active"]),
            passwordHash: row["password_hash"], legacyCriteria: LegacyCriteria.parse(legacy))
    }

    public func saveAccount(_ account: Account, passwordHash: String?, by user: String) async throws {
        try await pool.write { db in
            let now = clock.now()
            let before = try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM users WHERE username = ?", arguments: [account.username])
                .map(Self.storedAccount)
            guard let hash = passwordHash ?? before?.passwordHash else {
                throw StoreError.unsupported("a new user needs a password")
            }
            try db.execute(
                sql: """
                    INSERT INTO users (username, display_name, password_hash, role, organisation, unit, criteria, active, updated_at)
                    VALUES (?, ?, ?, ?, ?, NULL, '', ?, ?)
                    ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash,
                        role = excluded.role, organisation = excluded.organisation, unit = NULL, criteria = '', active = excluded.active,
                        updated_at = excluded.updated_at
                    """,
                arguments: [
                    account.username, account.displayName, hash, account.role.rawValue, account.organisation?.text, account.active,
                    Timestamp.text(now),
                ])
            if passwordHash != nil, before != nil {
                try db.execute(sql: "DELETE FROM sessions WHERE username = ?", arguments: [account.username])
            }
            try Self.audit(.userSaved(account, before: before?.account, passwordChanged: passwordHash != nil), by: user, at: now, in: db)
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
                    tokenHash: row["token_hash"], username: row["username"], csrfToken: row["csrf_token"],
                    createdAt: Timestamp.date(row["created_at"]) ?? .distantPast, expiresAt: Timestamp.date(row["expires_at"]) ?? .distantPast)
            }
        }
    }

    public func deleteSession(_ tokenHash: String) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func admitLoginAttempt(username: String, address: String, at now: Date, rule: LoginThrottleRule) async throws -> LoginAdmission {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM login_attempts WHERE at < ?", arguments: [Timestamp.text(now.addingTimeInterval(-rule.window))])
            let pair = try Row.fetchOne(
                db, sql: "SELECT COUNT(*) AS count, MIN(at) AS oldest FROM login_attempts WHERE username = ? AND address = ?",
                arguments: [username, address])
            let byAddress = try Row.fetchOne(
                db, sql: "SELECT COUNT(*) AS count, MIN(at) AS oldest FROM login_attempts WHERE address = ?", arguments: [address])
            if let refusal = rule.admission(
                pairCount: pair?["count"] ?? 0, addressCount: byAddress?["count"] ?? 0,
                oldestPair: (pair?["oldest"] as String?).flatMap(Timestamp.date),
                oldestAddress: (byAddress?["oldest"] as String?).flatMap(Timestamp.date),
                now: now)
            {
                return refusal
            }
            try db.execute(
                sql: "INSERT INTO login_attempts (username, address, at) VALUES (?, ?, ?)", arguments: [username, address, Timestamp.text(now)])
            return .admitted
        }
    }

    public func loginSucceeded(username: String, address: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM login_attempts WHERE username = ? AND address = ?", arguments: [username, address])
        }
    }
}
