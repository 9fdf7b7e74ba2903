import Hummingbird
import NIOCore
import NTMCore

/// A signed-in user on a request: the account and the session's anti-forgery token.
public struct Identity: Sendable {
    public var account: Account
    public var csrfToken: String
    public var tokenHash: String
}

/// What pages and error responses need from a request, signed in or not.
public protocol WebContext: RequestContext {
    /// The signed-in user, if any.
    var signedIn: Identity? { get }
    var language: Language { get }
    /// Whether the request reached us over HTTPS (directly or through a trusted proxy), for the Secure cookie flag.
    var secure: Bool { get }
    /// The client's address: the peer, or what a trusted proxy reports in X-Forwarded-For.
    var clientAddress: String { get }
}

extension WebContext {
    /// Filled-in templates can be large; every other body is small (see `BodyLimits`).
    public var maxUploadSize: Int { BodyLimits.upload }
}

/// Per-request state before sign-in is known: who is signed in (if anyone) and which language to answer in.
public struct AppRequestContext: WebContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Identity?
    public var language: Language = .vi
    public var secure = false
    public var clientAddress = "unknown"
    /// The TCP peer; behind a proxy, the proxy.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    public var signedIn: Identity? { identity }
}

/// The context of every route that needs a signed-in user: the type system guarantees the account is there,
/// instead of each handler remembering to check. Built from `AppRequestContext` by `router.group(context:)`;
/// without a session the route answers 401 (API) or redirects to the sign-in page.
public struct SignedInContext: ChildRequestContext, WebContext {
    public typealias ParentContext = AppRequestContext
    public var coreContext: CoreRequestContextStorage
    public let identity: Identity
    public let language: Language
    public let secure: Bool
    public let clientAddress: String

    public init(context: AppRequestContext) throws {
        guard let identity = context.identity else { throw AppError.unauthenticated }
        // The parent's storage as it is: `.init(source:)` would drop the route parameters already matched.
        coreContext = context.coreContext
        self.identity = identity
        language = context.language
        secure = context.secure
        clientAddress = context.clientAddress
    }

    public var account: Account { identity.account }
    public var signedIn: Identity? { identity }
}

/// How large request bodies may be, per kind of route; larger ones are refused with 413.
public enum BodyLimits {
    /// Excel or CSV uploads: a province's filled template is a few MB.
    public static let upload = 16 * 1024 * 1024
    /// JSON and form bodies: a district's entry form with every field filled is well under 256 KB.
    public static let form = 1024 * 1024
}
