import Foundation
import NTMCore

/// An account with its password hash, as stored.
public struct StoredAccount: Hashable, Sendable {
    public var account: Account
    public var passwordHash: String

    public init(account: Account, passwordHash: String) {
        self.account = account
        self.passwordHash = passwordHash
    }
}

/// A signed-in session. The cookie carries a random token; only its hash is stored.
public struct StoredSession: Hashable, Sendable {
    public var tokenHash: String
    public var username: String
    /// Sent with every state-changing request, in the form or the X-CSRF-Token header.
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(tokenHash: String, username: String, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.username = username
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// Users, sessions and failed logins; every change to a user is audited (without the password hash).
public protocol AccountStore: Sendable {
    func account(_ username: String) async throws -> StoredAccount?
    func accounts() async throws -> [Account]
    /// Creates or updates a user; a nil `passwordHash` keeps the current password.
    func saveAccount(_ account: Account, passwordHash: String?, by user: String) async throws
    func createSession(_ session: StoredSession) async throws
    func session(_ tokenHash: String) async throws -> StoredSession?
    func deleteSession(_ tokenHash: String) async throws
    func recordLoginFailure(username: String, address: String, at: Date) async throws
    func loginFailures(username: String, since: Date) async throws -> Int
    func clearLoginFailures(username: String) async throws
}

extension Account {
    var criteriaText: String { criteria.map(String.init).joined(separator: ",") }

    static func criteria(from text: String) -> [Int] {
        text.split(separator: ",").compactMap { Int($0) }
    }

    /// What the audit trail shows of an account: everything but the password.
    var auditJSON: String { AuditJSON.encode(self) }
}
