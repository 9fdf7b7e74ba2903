import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// The JSON API under /api/v1: everything the pages use, described in `openapi.yaml`.
struct APIRoutes: Sendable {
    let services: WebServices

    func register(on router: Router<AppRequestContext>) {
        let api = router.group(RouterPath(Paths.api))
        api.on(.openAPI) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: ResponseBody(byteBuffer: OpenAPIDocument.text))
        }
        APISession(services: services).register(on: api)
        APIReads(services: services).register(on: api)
        APIWrites(services: services).register(on: api)
        APIAdmin(services: services).register(on: api)
    }
}

/// The OpenAPI 3.1 document shipped with the server.
enum OpenAPIDocument {
    static let text: ByteBuffer = {
        let url = Bundle.module.bundleURL.appendingPathComponent("Resources/openapi.yaml")
        return ByteBuffer(bytes: (try? Data(contentsOf: url)) ?? Data())
    }()
}

/// Signing in and out from API clients (cookie session; the CSRF token comes back in the body).
struct APISession: Sendable {
    let services: WebServices

    func register(on api: RouterGroup<AppRequestContext>) {
        api.on(.signIn) { request, context in
            let body = try await JSONResponse.decode(LoginJSON.self, from: request, context: context)
            let login = LoginService(store: services.store, configuration: services.configuration, sessions: services.sessions, clock: services.clock)
            guard
                let (token, session, account) = try await login.signIn(
                    username: body.username, password: body.password,
                    address: request.headers[.init("X-Forwarded-For")!] ?? "direct")
            else {
                throw AppError.unauthenticated
            }
            var response = try JSONResponse.make(SessionJSON(account, csrf: session.csrfToken), status: .created)
            response.setCookie(LoginPages.sessionCookie(token, context: context, lifetime: services.configuration.sessionLifetime))
            return response
        }
        api.on(.currentSession) { _, context in
            guard let identity = context.identity else { throw AppError.unauthenticated }
            return try JSONResponse.make(SessionJSON(identity.account, csrf: identity.csrfToken))
        }
        api.on(.signOut) { _, context in
            guard let identity = context.identity else { throw AppError.unauthenticated }
            try await LoginService(store: services.store, configuration: services.configuration, sessions: services.sessions, clock: services.clock)
                .signOut(identity)
            var response = Response(status: .noContent)
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", secure: context.secure,
                    httpOnly: true, sameSite: .lax))
            return response
        }
    }
}

extension SessionJSON {
    init(_ account: Account, csrf: String) {
        self.init(
            username: account.username, displayName: account.displayName, role: account.role.rawValue,
            unit: account.unit?.rawValue, criteria: account.criteria, csrfToken: csrf)
    }
}
