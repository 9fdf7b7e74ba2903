import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// Which xã registered for which year and which group each commune is in, on a day, for the default province (or
/// `?within=`); the office adds registrations and groups, a district registers its own xã before the reform. The
/// same rules as the API and the command line (`Registration.problem`, `AccessPolicy.canRegister`).
struct RegistrationsPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.registrations)) { request, context in try await show(request, context: context) }
        router.post(RouterPath(Paths.registrations)) { request, context in try await addRegistration(request, context: context) }
        router.post(RouterPath(Paths.communeGroupForm)) { request, context in try await addGroup(request, context: context) }
    }

    struct Row {
        let code: String
        let name: String
        let parent: String?
        let year: String?
        let registeredOn: String?
        let source: String?
        let group: String?
        let groupFrom: String?
        let groupSource: String?
    }

    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    /// What was typed, so a refused form comes back as it was sent.
    struct Typed {
        var unit = ""
        var year = ""
        var on = ""
        var source = ""
        var group = ""

        init() {}

        init(_ form: FormBody) {
            func text(_ name: String) -> String { (form.value(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            (unit, year, on, source, group) = (text("unit"), text("year"), text("on"), text("source"), text("group"))
        }
    }

    func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await page(request, context: context, typed: Typed(), problems: [:], form: nil)
    }

    func page(
        _ request: Request, context: SignedInContext, typed: Typed, problems: [String: String], form: String?,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let query = Query(request: request)
        let date = try query.date(default: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        let units = engine.units
        guard let within = query.string("within").map({ UnitCode($0) }) ?? services.configuration.defaultScope,
            let scope = units.unit(within, on: date) ?? units.latestVersion(within)
        else { throw AppError.notFound(LocalizedText(vi: "đơn vị", en: "unit")) }
        // After the reform a province's xã are its children; before it they sit under districts.
        let scopeCode = units.unit(within, on: date) != nil ? within : (units.successors(of: within, after: date).first ?? within)
        let communes = units.communes(under: scopeCode, on: date).filter { $0.kind == .commune }.sorted { $0.code < $1.code }
        let rows = communes.map { commune -> Row in
            let registration = engine.registrations.registration(of: commune.code, on: date)
            let assignment = units.groupAssignments(of: commune.code).last { $0.effectiveFrom <= date }
            let parent = units.ancestry(of: commune.code, on: date).dropFirst().first { $0.kind.isDistrictLevel }?.name
            return Row(
                code: commune.code.rawValue, name: commune.name, parent: parent, year: registration.map { String($0.targetYear) },
                registeredOn: registration?.registeredOn?.vietnamese, source: registration?.source, group: assignment?.group.rawValue,
                groupFrom: assignment?.effectiveFrom.vietnamese, groupSource: assignment?.source)
        }
        let policy = AccessPolicy(engine: engine)
        let registrable = communes.filter { policy.canRegister(context.account, unit: $0.code, on: date) }
        struct View {
            let t: [String: String]
            let scopeName: String
            let date: String
            let dateISO: String
            let within: String
            let rows: [Row]
            let canRegister: Bool
            let canGroup: Bool
            let communes: [Choice]
            let registrable: [Choice]
            let groups: [Choice]
            let typed: Typed
            let problems: [String: String]
            let registrationForm: Bool
            let groupForm: Bool
            let registrationAction: String
            let groupAction: String
            let csrf: String
        }
        let view = View(
            t: strings, scopeName: scope.name, date: date.vietnamese, dateISO: date.iso, within: within.rawValue, rows: rows,
            canRegister: !registrable.isEmpty, canGroup: AccessPolicy.canAdminister(context.account),
            communes: communes.map { Choice(value: $0.code.rawValue, label: "\($0.name) (\($0.code))", selected: $0.code.rawValue == typed.unit) },
            registrable: registrable.map {
                Choice(value: $0.code.rawValue, label: "\($0.name) (\($0.code))", selected: $0.code.rawValue == typed.unit)
            },
            groups: CommuneGroup.allCases.map { Choice(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == typed.group) },
            typed: typed, problems: problems, registrationForm: form == "registration", groupForm: form == "group",
            registrationAction: "\(Paths.registrations)?within=\(within)&date=\(date.iso)",
            groupAction: "\(Paths.communeGroupForm)?within=\(within)&date=\(date.iso)", csrf: context.identity.csrfToken)
        let body = try services.pages.render("registrations", view)
        return try services.pages.page(
            title: strings["registrations"] ?? "", body: body, context: context, path: Paths.registrations, query: request.uri.query, status: status)
    }

    func addRegistration(_ request: Request, context: SignedInContext) async throws -> Response {
        let typed = Typed(FormBody(try await request.body.collect(upTo: BodyLimits.form)))
        let language = context.language
        let engine = try await services.evaluation.currentEngine()
        var problems: [String: String] = [:]
        let on = typed.on.isEmpty ? nil : LocalDate(parsing: typed.on)
        if !typed.on.isEmpty && on == nil { problems["on"] = language == .vi ? "'\(typed.on)' không phải ngày" : "'\(typed.on)' is not a date" }
        guard let year = Int(typed.year) else {
            problems["year"] = language == .vi ? "ghi năm, ví dụ 2027" : "write a year, e.g. 2027"
            return try await page(request, context: context, typed: typed, problems: problems, form: "registration", status: .unprocessableContent)
        }
        let registration = Registration(
            unit: UnitCode(typed.unit), targetYear: year, registeredOn: on ?? services.defaultDate(),
            source: typed.source.isEmpty ? nil : typed.source)
        if let problem = registration.problem(in: engine.units) {
            problems[problem.field == "unit" ? "unit" : "year"] = problem.message.text(language)
        } else if !AccessPolicy(engine: engine).canRegister(
            context.account, unit: registration.unit, on: registration.registeredOn ?? services.defaultDate())
        {
            throw AppError.forbidden(
                LocalizedText(
                    vi: "tài khoản này không được đăng ký cho xã \(registration.unit)", en: "this account may not register xã \(registration.unit)"))
        }
        guard problems.isEmpty else {
            return try await page(request, context: context, typed: typed, problems: problems, form: "registration", status: .unprocessableContent)
        }
        try await services.store.addRegistrations([registration], by: context.account.username)
        try await services.evaluation.catchUp()
        return Response.redirect(to: "\(Paths.registrations)?\(request.uri.query ?? "")", type: .found)
    }

    func addGroup(_ request: Request, context: SignedInContext) async throws -> Response {
        let office = try APIAdmin(services: services).requireOffice(context)
        let typed = Typed(FormBody(try await request.body.collect(upTo: BodyLimits.form)))
        let language = context.language
        var problems: [String: String] = [:]
        let units = try await services.store.loadUnits()
        let group = CommuneGroup(code: typed.group)
        if group == nil { problems["group"] = language == .vi ? "chọn nhóm G1, G2 hoặc G3" : "choose group G1, G2 or G3" }
        let from = LocalDate(parsing: typed.on)
        if from == nil { problems["on"] = language == .vi ? "ghi ngày áp dụng" : "write the day it applies from" }
        if let group, let from {
            let assignment = CommuneGroupAssignment(
                unit: UnitCode(typed.unit), group: group, effectiveFrom: from, source: typed.source.isEmpty ? nil : typed.source)
            if let problem = assignment.problem(in: units) {
                problems[problem.field == "unit" ? "unit" : "on"] = problem.message.text(language)
            } else {
                try await services.store.replaceUnits(try units.adding([assignment]), by: office.username, note: "nhóm xã \(assignment.unit)")
                try await services.evaluation.catchUp()
                return Response.redirect(to: "\(Paths.registrations)?\(request.uri.query ?? "")", type: .found)
            }
        }
        return try await page(request, context: context, typed: typed, problems: problems, form: "group", status: .unprocessableContent)
    }
}
