import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// The coordination office's user management: list, create, change role or organisation, disable, reset a password.
/// Every change goes through `UserAdministration`, the same rules and audit trail as the API and the CLI.
struct UsersPage: Sendable {
    let services: WebServices
    var users: UserAdministration { UserAdministration(services: services) }

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.users)) { request, context in try await list(request, context: context) }
        router.post(RouterPath(Paths.users)) { request, context in try await create(request, context: context) }
        router.get("\(Paths.users)/:username") { _, context in
            let account = try await existing(context)
            return try await form(context, editing: account, typed: account.map { Typed($0) } ?? Typed(), problems: [:])
        }
        router.post("\(Paths.users)/:username") { request, context in try await update(request, context: context) }
    }

    struct Row {
        let username: String
        let name: String
        let role: String
        let organisation: String
        let active: Bool
        let href: String
    }

    /// What the form holds, kept to show it again when something is wrong.
    struct Typed {
        var username = ""
        var displayName = ""
        var role = ""
        var department = ""
        var unit = ""
        var active = true

        init() {}

        init(_ account: Account) {
            username = account.username
            displayName = account.displayName
            role = account.role.rawValue
            active = account.active
            switch account.organisation {
            case .department(let code): department = code
            case .unit(let code, _): unit = code.rawValue
            default: break
            }
        }

        init(_ form: FormBody) {
            username = form.value("username")?.trimmed ?? ""
            displayName = form.value("displayName")?.trimmed ?? ""
            role = form.value("role") ?? ""
            department = form.value("department") ?? ""
            unit = form.value("unit")?.trimmed ?? ""
            active = form.value("active") == "1"
        }

        /// The request the API would receive: the organisation follows from the role.
        func json(password: String?, creating: Bool) -> UserJSON {
            let role = Role(rawValue: role)
            var organisation: String?
            var unitCode: String?
            switch role {
            case .office: organisation = "office"
            case .department: organisation = department.isEmpty ? "" : "department:\(department)"
            case .district, .commune: unitCode = unit
            case .viewer, nil: organisation = ""
            }
            return UserJSON(
                username: creating ? username : nil, displayName: displayName, role: role, organisation: organisation,
                unit: unitCode, active: creating ? true : active, password: password)
        }
    }

    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    struct FormView {
        let t: [String: String]
        let creating: Bool
        let action: String
        let csrf: String
        let typed: Typed
        let roles: [Choice]
        let departments: [Choice]
        let problems: [String: String]
        let generalProblems: [String]
        let passwordRules: String
    }

    func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try APIAdmin(services: services).requireOffice(context)
        let language = context.language
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let rows: [Row] = try await services.store.accounts().map { account in
            Row(
                username: account.username, name: account.displayName, role: account.role.name(language),
                organisation: account.organisation.flatMap(directory.organisation)?.name.text(language) ?? "—",
                active: account.active, href: "\(Paths.users)/\(account.username)")
        }
        let query = request.uri.queryParameters
        var flash: String?
        if let name = query.get("created").flatMap({ Account.isValidUsername($0) ? $0 : nil }) {
            flash = language == .vi ? "Đã tạo người dùng \(name)." : "User \(name) created."
        } else if let name = query.get("updated").flatMap({ Account.isValidUsername($0) ? $0 : nil }) {
            flash = language == .vi ? "Đã lưu thay đổi của \(name)." : "Changes to \(name) saved."
        }
        struct ListView {
            let t: [String: String]
            let rows: [Row]
            let newHref: String
        }
        let body = try services.pages.render(
            "users", ListView(t: UIStrings.table(language), rows: rows, newHref: "\(Paths.users)/\(Self.newSegment)"))
        return try services.pages.page(
            title: UIStrings.table(language)["users"] ?? "", body: body, context: context, path: Paths.users, flash: flash)
    }

    /// `/nguoi-dung/moi` opens the empty form; no username can be "moi" because it is reserved here.
    static let newSegment = "moi"

    func existing(_ context: SignedInContext) async throws -> Account? {
        try APIAdmin(services: services).requireOffice(context)
        let username = context.parameters.get("username") ?? ""
        if username == Self.newSegment { return nil }
        guard let account = try await services.store.account(username)?.account else {
            throw AppError.notFound(LocalizedText(vi: "người dùng \(username)", en: "user \(username)"))
        }
        return account
    }

    func form(
        _ context: SignedInContext, editing account: Account?, typed: Typed, problems: [String: String], general: [String] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let roles = Role.allCases.map { Choice(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == typed.role) }
        let departments = directory.provincialBodies.compactMap { body -> Choice? in
            guard case .department(let code) = body.ref else { return nil }
            return Choice(value: code, label: body.name.text(language), selected: code == typed.department)
        }
        let strings = UIStrings.table(language)
        let view = FormView(
            t: strings, creating: account == nil, action: account.map { "\(Paths.users)/\($0.username)" } ?? Paths.users,
            csrf: context.identity.csrfToken, typed: typed, roles: roles, departments: departments, problems: problems,
            generalProblems: general, passwordRules: strings["passwordRules"] ?? "")
        let body = try services.pages.render("user-form", view)
        let title = account.map { "\(strings["users"] ?? ""): \($0.username)" } ?? (strings["userNew"] ?? "")
        return try services.pages.page(title: title, body: body, context: context, path: Paths.users, status: status)
    }

    func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let office = try APIAdmin(services: services).requireOffice(context)
        let body = FormBody(try await request.body.collect(upTo: context.maxUploadSize))
        let typed = Typed(body)
        do {
            if typed.username == Self.newSegment {
                throw AppError.invalid([
                    FieldProblem(
                        field: "username",
                        message: LocalizedText(vi: "'\(Self.newSegment)' là tên dành riêng", en: "'\(Self.newSegment)' is reserved"))
                ])
            }
            let account = try await users.create(typed.json(password: body.value("password") ?? "", creating: true), by: office)
            return Response.redirect(to: Paths.with(Paths.users, ["created": account.username]), type: .found)
        } catch AppError.invalid(let problems) {
            return try await again(context, editing: nil, typed: typed, problems: problems)
        }
    }

    func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let office = try APIAdmin(services: services).requireOffice(context)
        guard let account = try await existing(context) else { throw AppError.notFound(LocalizedText(vi: "người dùng", en: "user")) }
        let body = FormBody(try await request.body.collect(upTo: context.maxUploadSize))
        var typed = Typed(body)
        typed.username = account.username
        let password = body.value("password").flatMap { $0.isEmpty ? nil : $0 }
        do {
            _ = try await users.update(account.username, with: typed.json(password: password, creating: false), by: office)
            return Response.redirect(to: Paths.with(Paths.users, ["updated": account.username]), type: .found)
        } catch AppError.invalid(let problems) {
            return try await again(context, editing: account, typed: typed, problems: problems)
        }
    }

    /// The form again with each problem under its field; problems about the organisation show at the field the role uses.
    func again(_ context: SignedInContext, editing account: Account?, typed: Typed, problems: [FieldProblem]) async throws -> Response {
        let language = context.language
        let placed = problems.map { problem in
            let field = problem.field != "organisation" ? problem.field : typed.role == Role.department.rawValue ? "department" : "unit"
            return (field, problem.message.text(language))
        }
        let byField = Dictionary(placed, uniquingKeysWith: { "\($0); \($1)" })
        return try await form(context, editing: account, typed: typed, problems: byField, status: .unprocessableContent)
    }
}
