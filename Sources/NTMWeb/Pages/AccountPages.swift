import Foundation
import Hummingbird
import NTMCore

/// The signed-in user's own account: who they act for, and changing their password.
struct AccountPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.account)) { request, context in
            try await show(context, flash: request.uri.queryParameters.get("changed") == "1" ? .changed : nil, errors: [:])
        }
        router.post(RouterPath(Paths.accountPassword)) { request, context in try await change(request, context: context) }
    }

    enum Flash { case changed }

    struct AccountView {
        let t: [String: String]
        let name: String
        let username: String
        let role: String
        let organisation: String
        let action: String
        let csrf: String
        let currentError: String?
        let newError: String?
        let minimumLength: Int
        let maximumBytes: Int
    }

    func show(_ context: SignedInContext, flash: Flash?, errors: [String: String], status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = context.language
        let account = context.account
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let organisation = account.organisation.flatMap(directory.organisation)?.name.text(language) ?? "—"
        let strings = UIStrings.table(language)
        let body = try services.pages.render(
            "account",
            AccountView(
                t: strings, name: account.displayName, username: account.username, role: account.role.name(language),
                organisation: organisation, action: Paths.accountPassword, csrf: context.identity.csrfToken,
                currentError: errors["currentPassword"], newError: errors["newPassword"], minimumLength: PasswordRules.minimumLength,
                maximumBytes: PasswordRules.maximumBytes))
        let message = flash.map { _ in strings["passwordChanged"] ?? "" }
        return try services.pages.page(
            title: strings["account"] ?? "", body: body, context: context, path: Paths.account, flash: message, status: status)
    }

    func change(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = FormBody(try await request.body.collect(upTo: BodyLimits.form))
        let login = LoginService(store: services.store, configuration: services.configuration, sessions: services.sessions, clock: services.clock)
        do {
            let (token, _) = try await login.changePassword(
                context.identity, current: form.value("currentPassword") ?? "", new: form.value("newPassword") ?? "",
                address: context.clientAddress)
            var response = Response.redirect(to: Paths.account + "?changed=1", type: .normal)
            response.setCookie(LoginPages.sessionCookie(token, context: context, lifetime: services.configuration.sessionLifetime))
            return response
        } catch AppError.invalid(let problems) {
            let errors = Dictionary(problems.map { ($0.field, $0.message.text(context.language)) }, uniquingKeysWith: { first, _ in first })
            return try await show(context, flash: nil, errors: errors, status: .unprocessableContent)
        }
    }
}
