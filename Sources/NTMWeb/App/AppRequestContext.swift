import Hummingbird
import NTMCore

/// A signed-in user on a request: the account and the session's anti-forgery token.
public struct Identity: Sendable {
    public var account: Account
    public var csrfToken: String
    public var tokenHash: String
}

/// Per-request state: who is signed in and which language to answer in.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Identity?
    public var language: Language = .vi
    /// Whether the request reached us over HTTPS (directly or through a proxy), for the Secure cookie flag.
    public var secure = false

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Filled-in templates can be large.
    public var maxUploadSize: Int { 16 * 1024 * 1024 }
}
