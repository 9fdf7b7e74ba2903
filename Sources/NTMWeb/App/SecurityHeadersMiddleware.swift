import HTTPTypes
import Hummingbird

/// Headers every response carries, errors included (it runs outside the error middleware): no MIME sniffing, no
/// caching of API answers (they are per user), and HSTS once the request came over TLS, so browsers keep to it.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let nosniff = HTTPField.Name("X-Content-Type-Options")!
    static let referrer = HTTPField.Name("Referrer-Policy")!
    static let hsts = HTTPField.Name("Strict-Transport-Security")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[Self.nosniff] = "nosniff"
        if response.headers[Self.referrer] == nil { response.headers[Self.referrer] = "same-origin" }
        if request.uri.path.hasPrefix(Paths.api) { response.headers[.cacheControl] = "no-store" }
        if context.secure { response.headers[Self.hsts] = "max-age=31536000" }
        return response
    }
}
