import Foundation
import NTMCore
import PostgresNIO

extension PostgresStore {
    /// Rows of `users` in the order `accountColumns` lists them, decoded as a typed tuple.
    typealias AccountRow = (
        username: String, displayName: String, passwordHash: String, role: String, organisation: String?, criteria: String?, active: Bool
    )
    /// PostgresNIO decodes unlabelled tuples; each is read into `AccountRow` at once.
    typealias AccountColumns = (String, String, String, String, String?, String?, Bool)

    static let accountColumns = "username, display_name, password_hash, role, organisation, criteria, active"

    public func account(_ username: String) async throws -> StoredAccount? {
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: "SELECT \(Self.accountColumns) FROM users WHERE username = $1", binds: Self.binds(username)), logger: logger)
        for try await row in rows.decode(AccountColumns.self) { return try Self.storedAccount(row) }
        return nil
    }

    static func binds(_ values: String...) -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        return bindings
    }

    static func storedAccount(_ row: AccountRow) throws -> StoredAccount {
        guard let role = Role(rawValue: row.role) else { throw StoredUnits.Corrupt(description: "user \(row.username) has an unknown role") }
        let organisation = try row.organisation.map { text in
            guard let reference = OrganisationRef(text: text) else {
                throw StoredUnits.Corrupt(description: "user \(row.username) has an unreadable organisation '\(text)'")
            }
            return reference
        }
        return StoredAccount(
            account: Account(username: row.username, displayName: row.displayName, role: role, organisation: organisation, active: row.active),
            passwordHash: row.passwordHash, legacyCriteria: LegacyCriteria.parse(row.criteria))
    }

    public func accounts() async throws -> [Account] {
        var result: [Account] = []
        let rows = try await client.query(PostgresQuery(unsafeSQL: "SELECT \(Self.accountColumns) FROM users ORDER BY username"), logger: logger)
        for try await row in rows.decode(AccountColumns.self) { result.append(try Self.storedAccount(row).account) }
        return result
    }

    public func saveAccount(_ account: Account, passwordHash: String?, by user: String) async throws {
        try await writeTransaction { connection, logger in
            let now = clock.now()
            var before: StoredAccount?
            let rows = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT \(Self.accountColumns) FROM users WHERE username = $1", binds: Self.binds(account.username)),
                logger: logger)
            for try await row in rows.decode(AccountColumns.self) { before = try Self.storedAccount(row) }
            guard let hash = passwordHash ?? before?.passwordHash else { throw StoreError.unsupported("a new user needs a password") }
            try await connection.query(
                """
                INSERT INTO users (username, display_name, password_hash, role, organisation, unit, criteria, active, updated_at)
                VALUES (\(account.username), \(account.displayName), \(hash), \(account.role.rawValue), \(account.organisation?.text), NULL, '',
                        \(account.active), \(now))
                ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash,
                    role = excluded.role, organisation = excluded.organisation, unit = NULL, criteria = '', active = excluded.active,
                    updated_at = excluded.updated_at
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

    public func admitLoginAttempt(username: String, address: String, at now: Date, rule: LoginThrottleRule) async throws -> LoginAdmission {
        try await writeTransaction { connection, logger in
            try await connection.query("DELETE FROM login_attempts WHERE at < \(now.addingTimeInterval(-rule.window))", logger: logger)
            var pair: (Int64, Date?) = (0, nil), byAddress: (Int64, Date?) = (0, nil)
            for try await row in try await connection.query(
                "SELECT COUNT(*)::bigint, MIN(at) FROM login_attempts WHERE username = \(username) AND address = \(address)", logger: logger
            ).decode((Int64, Date?).self) { pair = row }
            for try await row in try await connection.query(
                "SELECT COUNT(*)::bigint, MIN(at) FROM login_attempts WHERE address = \(address)", logger: logger
            ).decode((Int64, Date?).self) { byAddress = row }
            if let refusal = rule.admission(
                pairCount: Int(pair.0), addressCount: Int(byAddress.0), oldestPair: pair.1, oldestAddress: byAddress.1, now: now)
            {
                return refusal
            }
            try await connection.query(
                "INSERT INTO login_attempts (username, address, at) VALUES (\(username), \(address), \(now))", logger: logger)
            return .admitted
        }
    }

    public func loginSucceeded(username: String, address: String) async throws {
        try await client.query("DELETE FROM login_attempts WHERE username = \(username) AND address = \(address)", logger: logger)
    }
}
