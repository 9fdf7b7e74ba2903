import Foundation
import Hummingbird
import NTMCore

/// The sign-in form and sign-out.
struct LoginPages: Sendable {
    let services: WebServices
    var login: LoginService {
        LoginService(store: services.store, configuration: services.configuration, sessions: services.sessions, clock: services.clock)
    }

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(Paths.login)) { request, context in try show(request, context: context, error: nil) }
        router.post(RouterPath(Paths.login)) { request, context in try await submit(request, context: context) }
        router.post(RouterPath(Paths.logout)) { _, context in
            if let identity = context.identity { try await login.signOut(identity, address: context.clientAddress) }
            var response = Response.redirect(to: Paths.login)
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", secure: context.secure,
                    httpOnly: true, sameSite: .lax))
            return response
        }
    }

    struct LoginView {
        let t: [String: String]
        let csrf: String
        let next: String
        let error: String?
        let username: String
        let action: String
    }

    func show(
        _ request: Request, context: AppRequestContext, error: String?, username: String = "",
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let token = Tokens.random()
        // No `next` means "where this account starts", decided after sign-in when the role is known.
        let next = request.uri.queryParameters.get("next").map { Self.safeNext($0) } ?? ""
        let body = try services.pages.render(
            "login",
            LoginView(
                t: UIStrings.table(context.language), csrf: token, next: next,
                error: error, username: username, action: Paths.login))
        var response = try services.pages.page(
            title: UIStrings.table(context.language)["login"] ?? "", body: body, context: context,
            path: Paths.login, status: status)
        response.setCookie(
            Cookie(
                name: CSRFMiddleware.loginCookie, value: token, maxAge: 3600, path: Paths.login,
                secure: context.secure, httpOnly: true, sameSite: .strict))
        return response
    }

    func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = FormBody(try await request.body.collect(upTo: 64 * 1024))
        let username = (form.value("username") ?? "").trimmingCharacters(in: .whitespaces)
        let password = form.value("password") ?? ""
        let address = context.clientAddress
        do {
            guard let (token, _, account) = try await login.signIn(username: username, password: password, address: address) else {
                let message = context.language == .vi ? "Tên đăng nhập hoặc mật khẩu không đúng." : "Wrong username or password."
                return try show(request, context: context, error: message, username: username, status: .unauthorized)
            }
            let next = form.value("next").flatMap { $0.isEmpty ? nil : Self.safeNext($0) } ?? Self.home(for: account)
            var response = Response.redirect(to: next, type: .normal)
            response.setCookie(Self.sessionCookie(token, context: context, lifetime: services.configuration.sessionLifetime))
            return response
        } catch let error as AppError {
            return try show(request, context: context, error: error.detail(context.language), username: username, status: error.status)
        }
    }

    /// Where an account starts: officers on what waits for them, leaders on the overview.
    static func home(for account: Account) -> String {
        account.role == .viewer ? Paths.overview : Paths.todo
    }

    static func sessionCookie(_ token: String, context: some WebContext, lifetime: Duration) -> Cookie {
        Cookie(
            name: SessionMiddleware.cookie, value: token, maxAge: Int(lifetime.components.seconds), path: "/",
            secure: context.secure, httpOnly: true, sameSite: .lax)
    }

    /// Only paths of this application: the sign-in form must not send people to another site. The target is parsed,
    /// not pattern-matched: browsers drop tabs and newlines and read backslashes as slashes, so `/%09/evil.host`
    /// or `/\\evil.host` would leave the site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.count <= 2_000, let decoded = next.removingPercentEncoding,
            !(next + decoded).unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }),
            next.hasPrefix("/"), !next.hasPrefix("//"), !decoded.hasPrefix("//"),
            let components = URLComponents(string: next), components.scheme == nil, components.host == nil, components.user == nil,
            components.percentEncodedPath.hasPrefix("/")
        else { return Paths.overview }
        return next
    }
}
