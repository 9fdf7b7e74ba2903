import Foundation
import NTMCore

/// An account with its password hash, as stored.
public struct StoredAccount: Hashable, Sendable {
    public var account: Account
    public var passwordHash: String
    /// The criterion numbers a department account carried before accounts belonged to organisations; read only
    /// to upgrade such accounts (`AccountUpgrade`).
    public var legacyCriteria: [Int]

    public init(account: Account, passwordHash: String, legacyCriteria: [Int] = []) {
        self.account = account
        self.passwordHash = passwordHash
        self.legacyCriteria = legacyCriteria
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

/// How many sign-in attempts are allowed within a window: per account from one address (so a stranger elsewhere
/// cannot lock anyone out) and per address over every account (so one client cannot spray guesses).
public struct LoginThrottleRule: Hashable, Sendable {
    public var window: TimeInterval
    public var perAccountAndAddress: Int
    public var perAddress: Int

    public init(window: TimeInterval, perAccountAndAddress: Int, perAddress: Int) {
        self.window = window
        self.perAccountAndAddress = perAccountAndAddress
        self.perAddress = perAddress
    }
}

/// Whether a sign-in attempt may go ahead.
public enum LoginAdmission: Hashable, Sendable {
    /// The attempt is recorded and counts as a failure until `loginSucceeded` clears it.
    case admitted
    /// Too many recent attempts; the earliest of them leaves the window after `retryAfter` seconds.
    case refused(retryAfter: TimeInterval)
}

/// Users, sessions and sign-in attempts; every change to a user is audited (without the password hash).
public protocol AccountStore: Sendable {
    func account(_ username: String) async throws -> StoredAccount?
    func accounts() async throws -> [Account]
    /// Creates or updates a user; a nil `passwordHash` keeps the current password. A new password ends the user's sessions.
    func saveAccount(_ account: Account, passwordHash: String?, by user: String) async throws
    func createSession(_ session: StoredSession) async throws
    func session(_ tokenHash: String) async throws -> StoredSession?
    func deleteSession(_ tokenHash: String) async throws
    /// Counts the attempt against `rule` and records it, atomically: parallel attempts cannot exceed the limits.
    /// Expired attempts are removed on the way.
    func admitLoginAttempt(username: String, address: String, at: Date, rule: LoginThrottleRule) async throws -> LoginAdmission
    /// A successful sign-in clears the account's attempts from that address.
    func loginSucceeded(username: String, address: String) async throws
}

extension LoginThrottleRule {
    /// The refusal, if the counts reach a limit: retry once the oldest counted attempt leaves the window.
    func admission(pairCount: Int, addressCount: Int, oldestPair: Date?, oldestAddress: Date?, now: Date) -> LoginAdmission? {
        var waits: [TimeInterval] = []
        if pairCount >= perAccountAndAddress, let oldest = oldestPair { waits.append(oldest.timeIntervalSince(now) + window) }
        if addressCount >= perAddress, let oldest = oldestAddress { waits.append(oldest.timeIntervalSince(now) + window) }
        guard let wait = waits.max() else { return nil }
        return .refused(retryAfter: max(1, wait.rounded(.up)))
    }
}

extension Account {
    /// What the audit trail shows of an account: everything but the password.
    var auditJSON: String { AuditJSON.encode(self) }
}

/// The comma-separated criterion numbers department accounts carried before organisations.
enum LegacyCriteria {
    static func parse(_ text: String?) -> [Int] {
        (text ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
