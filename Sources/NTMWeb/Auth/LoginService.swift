import Foundation
import NTMCore
import NTMStore

/// Checks passwords, throttles repeated attempts per account and address and per address (counted in the store,
/// so every server agrees, and before the password is checked, so parallel guesses count), opens and closes
/// sessions, and audits every sign-in, sign-out and failure.
struct LoginService: Sendable {
    let store: any NTMStore
    let configuration: WebConfiguration
    let sessions: SessionCache
    let clock: any WallClock

    /// A hash of nothing in particular: unknown users cost a hash too, so timing does not tell which usernames exist.
    private static let decoyHash = "$2b$12$abcdefghijklmnopqrstuu5/DU3gzIv2ndcS4.jpVoPnDZ5ZEEHkC"

    /// A new session for `username` if the password is right; nil if not. Throws `throttled` when too many attempts.
    func signIn(username: String, password: String, address: String) async throws -> (token: String, session: StoredSession, account: Account)? {
        let now = clock.now()
        // A name that cannot be a username is never stored: the attempt counts against the address alone.
        let valid = Account.isValidUsername(username)
        let name = valid ? username : ""
        let detail = ["address": String(address.prefix(64))]
        let admission = try await store.admitLoginAttempt(username: name, address: address, at: now, rule: configuration.throttleRule)
        if case .refused(let wait) = admission {
            try await store.recordEvent(
                AuditEvent(action: "sign-in-refused", entity: "session", key: valid ? name : nil, detail: detail), by: valid ? name : "-")
            throw AppError.throttled(retryAfter: Int(wait))
        }
        let stored = valid ? try await store.account(username) : nil
        let matches = try await Passwords.verify(password, hash: stored?.passwordHash ?? Self.decoyHash)
        guard matches, let stored, stored.account.active else {
            try await store.recordEvent(
                AuditEvent(action: "sign-in-failed", entity: "session", key: valid ? name : nil, detail: detail), by: valid ? name : "-")
            return nil
        }
        try await store.loginSucceeded(username: username, address: address)
        let token = Tokens.random()
        let session = StoredSession(
            tokenHash: Tokens.hash(token), username: username, csrfToken: Tokens.random(), createdAt: now,
            expiresAt: now.addingTimeInterval(Double(configuration.sessionLifetime.components.seconds)))
        try await store.createSession(session)
        try await store.recordEvent(AuditEvent(action: "sign-in", entity: "session", key: username, detail: detail), by: username)
        return (token, session, stored.account)
    }

    /// A user changing their own password: the current one must be right (and counts against the throttle like a
    /// sign-in), the new one must pass `PasswordRules`. Every other session of the user ends; a new one is returned.
    func changePassword(
        _ identity: Identity, current: String, new: String, address: String
    ) async throws -> (token: String, session: StoredSession) {
        let username = identity.account.username
        let now = clock.now()
        if case .refused(let wait) = try await store.admitLoginAttempt(
            username: username, address: address, at: now, rule: configuration.throttleRule)
        {
            throw AppError.throttled(retryAfter: Int(wait))
        }
        guard let stored = try await store.account(username), try await Passwords.verify(current, hash: stored.passwordHash) else {
            throw AppError.invalid([
                FieldProblem(
                    field: "currentPassword", message: LocalizedText(vi: "mật khẩu hiện tại không đúng", en: "the current password is wrong"))
            ])
        }
        if let problem = PasswordRules.problem(new, username: username) {
            throw AppError.invalid([FieldProblem(field: "newPassword", message: LocalizedText(vi: problem.vi, en: problem.en))])
        }
        try await store.loginSucceeded(username: username, address: address)
        try await store.saveAccount(stored.account, passwordHash: try await Passwords.hash(new), by: username)
        sessions.forget(username: username)
        let token = Tokens.random()
        let session = StoredSession(
            tokenHash: Tokens.hash(token), username: username, csrfToken: Tokens.random(), createdAt: now,
            expiresAt: now.addingTimeInterval(Double(configuration.sessionLifetime.components.seconds)))
        try await store.createSession(session)
        return (token, session)
    }

    func signOut(_ identity: Identity, address: String) async throws {
        try await store.deleteSession(identity.tokenHash)
        sessions.forget(tokenHash: identity.tokenHash)
        let username = identity.account.username
        try await store.recordEvent(
            AuditEvent(action: "sign-out", entity: "session", key: username, detail: ["address": String(address.prefix(64))]), by: username)
    }
}
