import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// The coordination office's endpoints: users and the audit trail.
struct APIAdmin: Sendable {
    let services: WebServices
    var users: UserAdministration { UserAdministration(services: services) }

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.users) { _, context in
            try requireOffice(context)
            return try JSONResponse.make(try await services.store.accounts().map(UserView.init))
        }
        api.on(.createUser) { request, context in
            let office = try requireOffice(context)
            let body = try await JSONResponse.decode(UserJSON.self, from: request, context: context)
            let account = try await users.create(body, by: office)
            return try JSONResponse.make(UserView(account), status: .created)
        }
        api.on(.updateUser) { request, context in
            let office = try requireOffice(context)
            let body = try await JSONResponse.decode(UserJSON.self, from: request, context: context)
            let account = try await users.update(context.parameters.get("username") ?? "", with: body, by: office)
            return try JSONResponse.make(UserView(account))
        }
        api.on(.audit) { request, context in
            try requireOffice(context)
            return try JSONResponse.make(try await services.store.audit(try AuditQuery(request: request).filter()))
        }
    }

    @discardableResult
    func requireOffice(_ context: SignedInContext) throws -> Account {
        let account = context.account
        guard AccessPolicy.canAdminister(account) else {
            throw AppError.forbidden(
                LocalizedText(
                    vi: "chỉ Văn phòng Điều phối được làm việc này (người dùng, nhật ký, mục tiêu, bộ tiêu chí, đăng ký)",
                    en: "only the coordination office may do this (users, audit log, targets, criteria, registrations)"))
        }
        return account
    }

    /// A user as the API shows it (never the password hash).
    struct UserView: Encodable, Sendable {
        var username: String
        var displayName: String
        var role: String
        var organisation: String?
        var unit: String?
        var department: String?
        var active: Bool

        init(_ account: Account) {
            username = account.username
            displayName = account.displayName
            role = account.role.rawValue
            organisation = account.organisation?.text
            unit = account.unit?.rawValue
            department = account.department
            active = account.active
        }
    }
}

/// Reads the audit filter from a query string: `actor`, `action`, `entity`, `key` (prefix), `since`, `until`, `limit`.
struct AuditQuery {
    let query: Query

    init(request: Request) {
        query = Query(request: request)
    }

    func filter() throws -> AuditFilter {
        AuditFilter(
            actor: query.string("actor"), action: query.string("action"), entity: query.string("entity"),
            keyPrefix: query.string("key"), since: try instant("since", endOfDay: false),
            until: try instant("until", endOfDay: true), limit: try query.int("limit", default: 200, range: 1...5000))
    }

    /// A date (`2019-07-24`, the whole day) or a full ISO 8601 instant.
    private func instant(_ name: String, endOfDay: Bool) throws -> Date? {
        guard let text = query.string(name) else { return nil }
        if let date = LocalDate(parsing: text) {
            let start = VietnamTime.start(of: date)
            return endOfDay ? start.addingTimeInterval(86_400 - 0.001) : start
        }
        if let instant = ISO8601DateFormatter().date(from: text) { return instant }
        throw AppError.badRequest(
            .init(
                vi: "'\(text)' không phải ngày (YYYY-MM-DD) hay thời điểm ISO 8601",
                en: "'\(text)' is not a date (YYYY-MM-DD) or an ISO 8601 instant"), field: name)
    }
}

/// Creating and changing users, shared by the API, the pages and the checks both need.
struct UserAdministration: Sendable {
    let services: WebServices

    func create(_ body: UserJSON, by office: Account) async throws -> Account {
        let username = (body.username ?? "").trimmingCharacters(in: .whitespaces)
        let password = body.password ?? ""
        var problems: [FieldProblem] = []
        let organisation = try await self.organisation(body, problems: &problems)
        let account = Account(
            username: username, displayName: body.displayName.nonEmpty ?? username, role: body.role ?? .viewer,
            organisation: organisation ?? nil, active: body.active ?? true)
        problems += try await self.problems(account, password: password)
        if Account.isValidUsername(username), try await services.store.account(username) != nil {
            problems.append(
                FieldProblem(
                    field: "username", message: LocalizedText(vi: "tên đăng nhập '\(username)' đã có", en: "username '\(username)' is taken")))
        }
        if body.role == nil { problems.append(FieldProblem(field: "role", message: LocalizedText(vi: "cần vai trò", en: "a role is required"))) }
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        try await services.store.saveAccount(account, passwordHash: try await Passwords.hash(password), by: office.username)
        return account
    }

    func update(_ username: String, with body: UserJSON, by office: Account) async throws -> Account {
        guard var account = try await services.store.account(username)?.account else {
            throw AppError.notFound(LocalizedText(vi: "người dùng \(username)", en: "user \(username)"))
        }
        if let name = body.displayName.nonEmpty { account.displayName = name }
        if let role = body.role { account.role = role }
        var problems: [FieldProblem] = []
        if let organisation = try await self.organisation(body, problems: &problems) { account.organisation = organisation }
        if let active = body.active { account.active = active }
        problems += try await self.problems(account, password: body.password)
        if username == office.username && (account.role != .office || !account.active) {
            problems.append(
                FieldProblem(
                    field: "role",
                    message: LocalizedText(
                        vi: "không thể tự bỏ quyền Văn phòng Điều phối của chính mình", en: "you cannot remove your own office role")))
        }
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let hash = try await body.password.asyncMap { try await Passwords.hash($0) }
        try await services.store.saveAccount(account, passwordHash: hash, by: office.username)
        services.sessions.forget(username: username)
        return account
    }

    /// The organisation a body asks for: nil when it names none, `.some(nil)` to clear it.
    private func organisation(_ body: UserJSON, problems: inout [FieldProblem]) async throws -> OrganisationRef?? {
        if let text = body.organisation {
            if text.isEmpty { return .some(nil) }
            guard let reference = OrganisationRef(text: text) else {
                problems.append(
                    FieldProblem(
                        field: "organisation",
                        message: LocalizedText(
                            vi: "'\(text)' không phải tổ chức (office, department:MÃ hoặc unit:MÃ)",
                            en: "'\(text)' is not an organisation (office, department:CODE or unit:CODE)")))
                return nil
            }
            return .some(reference)
        }
        if let code = body.unit {
            if code.isEmpty { return .some(nil) }
            let engine = try await services.evaluation.currentEngine()
            guard let unit = engine.units.unit(UnitCode(code), on: services.defaultDate()) ?? engine.units.latestVersion(UnitCode(code)) else {
                problems.append(FieldProblem(field: "unit", message: LocalizedText(vi: "không có đơn vị mã \(code)", en: "no unit has code \(code)")))
                return nil
            }
            return .some(.unit(unit))
        }
        return nil
    }

    private func problems(_ account: Account, password: String?) async throws -> [FieldProblem] {
        let engine = try await services.evaluation.currentEngine()
        return AccountRules.problems(account, password: password, directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog))
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
