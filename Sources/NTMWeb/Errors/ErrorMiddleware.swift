import Foundation
import Hummingbird
import Logging

/// Turns errors into answers: problem+json under /api, an error page (or the login page) elsewhere.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = ProblemDetails.from(error, language: context.language)
            if problem.status >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            }
            if request.uri.path.hasPrefix(Paths.api) { return problem.response() }
            if case AppError.unauthenticated = error, request.method == .get {
                return Response.redirect(
                    to: Paths.login + "?next=" + (request.uri.description.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
            }
            return try pages.errorPage(problem, context: context)
        }
    }
}
