import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// The JSON API under /api/v1: everything the pages use, described in `openapi.yaml`.
struct APIRoutes: Sendable {
    let services: WebServices

    /// `public` is the API group open to anyone (the document, signing in); `signedIn` needs a session.
    func register(public api: RouterGroup<AppRequestContext>, signedIn: RouterGroup<SignedInContext>) {
        api.on(.openAPI) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: ResponseBody(byteBuffer: OpenAPIDocument.text))
        }
        let session = APISession(services: services)
        session.register(public: api)
        session.register(signedIn: signedIn)
        APIReads(services: services).register(on: signedIn)
        APIWrites(services: services).register(on: signedIn)
        APIAdmin(services: services).register(on: signedIn)
        APITargets(services: services).register(on: signedIn)
        APITasks(services: services).register(on: signedIn)
        APIFunds(services: services).register(on: signedIn)
        APIReports(services: services).register(on: signedIn)
        APIBriefings(services: services).register(on: signedIn)
        APICriteriaDocuments(services: services).register(on: signedIn)
        APIRegistrations(services: services).register(on: signedIn)
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

    func register(public api: RouterGroup<AppRequestContext>) {
        api.on(.signIn) { request, context in
            let body = try await JSONResponse.decode(LoginJSON.self, from: request, context: context)
            let login = LoginService(store: services.store, configuration: services.configuration, sessions: services.sessions, clock: services.clock)
            guard
                let (token, session, account) = try await login.signIn(
                    username: body.username, password: body.password,
                    address: context.clientAddress)
            else {
                throw AppError.unauthenticated
            }
            var response = try JSONResponse.make(SessionJSON(account, csrf: session.csrfToken), status: .created)
            response.setCookie(LoginPages.sessionCookie(token, context: context, lifetime: services.configuration.sessionLifetime))
            return response
        }
    }

    func register(signedIn api: RouterGroup<SignedInContext>) {
        api.on(.currentSession) { _, context in
            try JSONResponse.make(SessionJSON(context.identity.account, csrf: context.identity.csrfToken))
        }
        api.on(.changePassword) { request, context in
            let body = try await JSONResponse.decode(PasswordChangeJSON.self, from: request, context: context)
            let login = LoginService(store: services.store, configuration: services.configuration, sessions: services.sessions, clock: services.clock)
            let (token, session) = try await login.changePassword(
                context.identity, current: body.currentPassword, new: body.newPassword, address: context.clientAddress)
            var response = try JSONResponse.make(SessionJSON(context.account, csrf: session.csrfToken))
            response.setCookie(LoginPages.sessionCookie(token, context: context, lifetime: services.configuration.sessionLifetime))
            return response
        }
        api.on(.signOut) { _, context in
            let identity = context.identity
            try await LoginService(store: services.store, configuration: services.configuration, sessions: services.sessions, clock: services.clock)
                .signOut(identity, address: context.clientAddress)
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
            organisation: account.organisation?.text, unit: account.unit?.rawValue, department: account.department, csrfToken: csrf)
    }
}
