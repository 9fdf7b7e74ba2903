import Foundation
import NTMCore
import PostgresNIO

extension PostgresStore {
    public func account(_ username: String) async throws -> StoredAccount? {
        let rows = try await client.query(
            """
            SELECT username, display_name, password_hash, role, unit, criteria, active FROM users WHERE username = \(username)
            """, logger: logger)
        for try await row in rows.decode((String, String, String, String, String?, String, Bool).self) {
            return try Self.storedAccount(row)
        }
        return nil
    }

    static func storedAccount(_ row: (String, String, String, String, String?, String, Bool)) throws -> StoredAccount {
        guard let role = Role(rawValue: row.3) else { throw StoredUnits.Corrupt(description: "user \(row.0) has unknown role") }
        return StoredAccount(
            account: Account(
                username: row.0, displayName: row.1, role: role, unit: row.4.map { UnitCode($0) },
                criteria: Account.criteria(from: row.5), active: row.6),
            passwordHash: row.2)
    }

    public func accounts() async throws -> [Account] {
        var result: [Account] = []
        let rows = try await client.query(
            "SELECT username, display_name, password_hash, role, unit, criteria, active FROM users ORDER BY username",
            logger: logger)
        for try await row in rows.decode((String, String, String, String, String?, String, Bool).self) {
            result.append(try Self.storedAccount(row).account)
        }
        return result
    }

    public func saveAccount(_ account: Account, passwordHash: String?, by user: String) async throws {
        try await writeTransaction { connection, logger in
            let now = clock.now()
            var before: StoredAccount?
            let rows = try await connection.query(
                """
                SELECT username, display_name, password_hash, role, unit, criteria, active FROM users WHERE username = \(account.username)
                """, logger: logger)
            for try await row in rows.decode((String, String, String, String, String?, String, Bool).self) { before = try Self.storedAccount(row) }
            guard let hash = passwordHash ?? before?.passwordHash else { throw StoreError.unsupported("a new user needs a password") }
            try await connection.query(
                """
                INSERT INTO users (username, display_name, password_hash, role, unit, criteria, active, updated_at)
                VALUES (\(account.username), \(account.displayName), \(hash), \(account.role.rawValue), \(account.unit?.rawValue),
                        \(account.criteriaText), \(account.active), \(now))
                ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash,
                    role = excluded.role, unit = excluded.unit, criteria = excluded.criteria, active = excluded.active, updated_at = excluded.updated_at
                """, logger: logger)
            if passwordHash != nil, before != nil {
                try await connection.query("DELETE FROM sessions WHERE username = \(account.username)", logger: logger)
            }
            try await Self.audit(
                .userSaved(account, before: before?.account, passwordChanged: passwordHash != nil),
                by: user, at: now, on: connection, logger: logger)
        }
    }

    public func createSession(_ session: StoredSession) async throws {
        try await client.query("DELETE FROM sessions WHERE expires_at < \(session.createdAt)", logger: logger)
        try await client.query(
            """
            INSERT INTO sessions (token_hash, username, csrf_token, created_at, expires_at)
            VALUES (\(session.tokenHash), \(session.username), \(session.csrfToken), \(session.createdAt), \(session.expiresAt))
            """, logger: logger)
    }

    public func session(_ tokenHash: String) async throws -> StoredSession? {
        let rows = try await client.query(
            """
            SELECT token_hash, username, csrf_token, created_at, expires_at FROM sessions WHERE token_hash = \(tokenHash)
            """, logger: logger)
        for try await (hash, username, csrf, created, expires) in rows.decode((String, String, String, Date, Date).self) {
            return StoredSession(tokenHash: hash, username: username, csrfToken: csrf, createdAt: created, expiresAt: expires)
        }
        return nil
    }

    public func deleteSession(_ tokenHash: String) async throws {
        try await client.query("DELETE FROM sessions WHERE token_hash = \(tokenHash)", logger: logger)
    }

    public func recordLoginFailure(username: String, address: String, at: Date) async throws {
        try await client.query("INSERT INTO login_failures (username, address, at) VALUES (\(username), \(address), \(at))", logger: logger)
    }

    public func loginFailures(username: String, since: Date) async throws -> Int {
        var count = 0
        let rows = try await client.query(
            "SELECT COUNT(*)::bigint FROM login_failures WHERE username = \(username) AND at >= \(since)",
            logger: logger)
        for try await value in rows.decode(Int64.self) { count = Int(value) }
        return count
    }

    public func clearLoginFailures(username: String) async throws {
        try await client.query("DELETE FROM login_failures WHERE username = \(username)", logger: logger)
    }
}
