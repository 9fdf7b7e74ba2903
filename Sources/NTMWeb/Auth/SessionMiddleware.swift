import Foundation
import Hummingbird
import NTMCore
import NTMStore
import Synchronization

/// Reads the session cookie, loads the signed-in account (through a short cache), and sets the language.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookie = "ntm_session"
    static let languageCookie = "ntm_lang"

    let store: any NTMStore
    let cache: SessionCache
    let configuration: WebConfiguration
    let clock: any WallClock

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.language = Self.language(request)
        if let token = request.cookies[Self.cookie]?.value {
            context.identity = try await cache.identity(forToken: token, store: store, now: clock.now())
        }
        var response = try await next(request, context)
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(rawValue: asked) {
            response.setCookie(
                Cookie(
                    name: Self.languageCookie, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                    secure: context.secure, httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// `?lang=` first, then the language cookie; Vietnamese by default. Accept-Language counts for API
    /// clients only: officers' browsers are often set to English, yet the pages open in Vietnamese.
    static func language(_ request: Request) -> Language {
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(rawValue: asked) { return language }
        if let saved = request.cookies[languageCookie]?.value, let language = Language(rawValue: saved) { return language }
        if request.uri.path.hasPrefix(Paths.api), let accept = request.headers[.acceptLanguage], accept.lowercased().hasPrefix("en") { return .en }
        return .vi
    }
}

/// Sessions looked up recently, so most requests do not read the sessions table. Logging out and password
/// changes remove entries here at once; other servers notice within `lifetime`.
final class SessionCache: Sendable {
    private struct Entry {
        var identity: Identity?
        var fetched: ContinuousClock.Instant
        var expires: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    let lifetime: Duration

    init(lifetime: Duration = .seconds(30)) {
        self.lifetime = lifetime
    }

    func identity(forToken token: String, store: any NTMStore, now wall: Date) async throws -> Identity? {
        let tokenHash = Tokens.hash(token)
        let now = ContinuousClock.now
        if let entry = entries.withLock({ $0[tokenHash] }), now - entry.fetched < lifetime, entry.expires > wall {
            return entry.identity
        }
        var identity: Identity?
        var expires = Date.distantPast
        if let session = try await store.session(tokenHash), session.expiresAt > wall,
            let stored = try await store.account(session.username), stored.account.active
        {
            identity = Identity(account: stored.account, csrfToken: session.csrfToken, tokenHash: tokenHash)
            expires = session.expiresAt
        }
        let entry = Entry(identity: identity, fetched: now, expires: identity == nil ? wall.addingTimeInterval(30) : expires)
        entries.withLock { cache in
            if cache.count > 10_000 { cache.removeAll() }
            cache[tokenHash] = entry
        }
        return identity
    }

    func forget(tokenHash: String) {
        _ = entries.withLock { $0.removeValue(forKey: tokenHash) }
    }

    func forget(username: String) {
        entries.withLock { cache in cache = cache.filter { $0.value.identity?.account.username != username } }
    }
}
