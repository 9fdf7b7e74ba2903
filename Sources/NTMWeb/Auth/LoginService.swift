import Foundation
import NTMCore
import NTMStore

/// Checks passwords, throttles repeated failures per user (counted in the store, so every server agrees),
/// and opens and closes sessions.
struct LoginService: Sendable {
    let store: any NTMStore
    let configuration: WebConfiguration
    let sessions: SessionCache
    let clock: any WallClock

    /// A new session for `username` if the password is right; nil if not. Throws when throttled.
    func signIn(username: String, password: String, address: String) async throws -> (token: String, session: StoredSession, account: Account)? {
        let now = clock.now()
        let window = Double(configuration.throttleWindow.components.seconds)
        let failures = try await store.loginFailures(username: username, since: now.addingTimeInterval(-window))
        guard failures < configuration.throttleAttempts else { throw AppError.throttled(retryAfter: Int(window)) }
        // Unknown users cost a hash too, so timing does not tell which usernames exist.
        let stored = try await store.account(username)
        let hash = stored?.passwordHash ?? "$2b$12$abcdefghijklmnopqrstuu5/DU3gzIv2ndcS4.jpVoPnDZ5ZEEHkC"
        let valid = try await Passwords.verify(password, hash: hash)
        guard valid, let stored, stored.account.active else {
            try await store.recordLoginFailure(username: username, address: address, at: now)
            return nil
        }
        try await store.clearLoginFailures(username: username)
        let token = Tokens.random()
        let session = StoredSession(
            tokenHash: Tokens.hash(token), username: username, csrfToken: Tokens.random(), createdAt: now,
            expiresAt: now.addingTimeInterval(Double(configuration.sessionLifetime.components.seconds)))
        try await store.createSession(session)
        return (token, session, stored.account)
    }

    func signOut(_ identity: Identity) async throws {
        try await store.deleteSession(identity.tokenHash)
        sessions.forget(tokenHash: identity.tokenHash)
    }
}
