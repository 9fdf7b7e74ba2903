import Foundation
import Hummingbird
import Logging

/// Turns errors into answers: problem+json under /api or when a script asks for JSON, an error page (or the login
/// page) elsewhere.
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
            if request.uri.path.hasPrefix(Paths.api) || Self.wantsJSON(request) { return problem.response() }
            if case AppError.unauthenticated = error, request.method == .get {
                return Response.redirect(
                    to: Paths.login + "?next=" + (request.uri.description.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
            }
            return try pages.errorPage(problem, context: context)
        }
    }

    /// A page's script asking for JSON (the live evaluation) gets problem+json it can place at the fields, not a page.
    static func wantsJSON(_ request: Request) -> Bool {
        let accept = request.headers[.accept] ?? ""
        return accept.contains("application/json") || accept.contains("application/problem+json")
    }
}
