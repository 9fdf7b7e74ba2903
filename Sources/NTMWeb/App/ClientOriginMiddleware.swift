import Foundation
import Hummingbird

/// Who is asking and how: the client's address (the TCP peer, or what a trusted proxy reports in X-Forwarded-For)
/// and whether the request came over TLS. Runs first, so every later middleware and handler sees the same answer.
/// Forwarded headers from anyone else are ignored: a client could otherwise pick any address to dodge the
/// sign-in throttle, or claim HTTPS.
struct ClientOriginMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let configuration: WebConfiguration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let peer = context.remoteAddress?.ipAddress ?? "unknown"
        let proxied = configuration.trustedProxies.contains(peer)
        context.clientAddress = proxied ? Self.forwardedClient(request, trusted: configuration.trustedProxies) ?? peer : peer
        context.secure = configuration.secureCookies || (proxied && request.headers[values: .init("X-Forwarded-Proto")!].last == "https")
        return try await next(request, context)
    }

    /// The last X-Forwarded-For address that is not itself a trusted proxy (earlier entries are the client's to write).
    static func forwardedClient(_ request: Request, trusted: Set<String>) -> String? {
        let hops = request.headers[values: .init("X-Forwarded-For")!].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last { !trusted.contains($0) }.map { String($0.prefix(64)) }
    }
}
