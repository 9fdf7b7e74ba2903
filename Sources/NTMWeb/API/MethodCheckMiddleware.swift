import HTTPTypes
import Hummingbird

/// Answers 405 with an `Allow` header when an API path exists but not for the request's method, before
/// sessions and CSRF checks would answer something less precise.
struct MethodCheckMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let methods = APIEndpoint.methods(forRequestPath: request.uri.path), !methods.contains(request.method),
            !(request.method == .head && methods.contains(.get))
        {
            throw AppError.methodNotAllowed(methods)
        }
        return try await next(request, context)
    }
}
