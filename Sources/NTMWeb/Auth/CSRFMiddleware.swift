import Foundation
import HTTPTypes
import Hummingbird
import NTMCore

/// Refuses state-changing requests that do not prove they come from our own pages or API clients:
/// signed-in requests must carry the session's token (header `X-CSRF-Token`, or `_csrf` in a form);
/// the login form uses a double-submit cookie; JSON logins need a JSON content type, which browsers
/// cannot send cross-site without CORS.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let header = HTTPField.Name("X-CSRF-Token")!
    static let field = "_csrf"
    static let loginCookie = "ntm_login_csrf"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        var request = request
        let path = request.uri.path
        if path == Paths.apiSession && request.method == .post {
            guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                throw AppError.unsupportedMediaType
            }
            return try await next(request, context)
        }
        let presented: String?
        if let header = request.headers[Self.header] {
            presented = header
        } else if request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            let body = try await request.body.collect(upTo: BodyLimits.form)
            request.body = RequestBody(buffer: body)
            presented = FormBody(body).value(Self.field)
        } else if let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType) {
            // An upload: the token is a field of the form, found without reading the file parts into strings.
            let body = try await request.body.collect(upTo: BodyLimits.upload)
            request.body = RequestBody(buffer: body)
            presented = MultipartForm(body, boundary: boundary)?.text(Self.field)
        } else {
            // Never from the query string: URLs end up in logs, histories and Referer headers.
            presented = nil
        }
        if path == Paths.login {
            guard let cookie = request.cookies[Self.loginCookie]?.value, let presented, Tokens.equal(cookie, presented) else {
                throw AppError.csrf
            }
            return try await next(request, context)
        }
        guard let identity = context.identity else { throw AppError.unauthenticated }
        guard let presented, Tokens.equal(identity.csrfToken, presented) else { throw AppError.csrf }
        return try await next(request, context)
    }
}

/// An `application/x-www-form-urlencoded` body.
struct FormBody: Sendable {
    let fields: [(String, String)]

    init(_ buffer: ByteBuffer) {
        self.init(String(buffer: buffer))
    }

    init(_ text: String) {
        fields = text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring?) -> String {
                String(part ?? "").replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return (decode(parts.first), decode(parts.count > 1 ? parts[1] : nil))
        }
    }

    func value(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }

    func values(_ name: String) -> [String] { fields.filter { $0.0 == name }.map(\.1) }
}
