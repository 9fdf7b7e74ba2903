import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTasks

/// Briefing sessions: the list, and one with the figures it presented exactly as frozen, the directives it gave,
/// and what changed since ("so với hiện nay").
struct SessionsPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.sessions)) { request, context in try await list(request, context: context) }
        router.post(RouterPath(Paths.sessions)) { request, context in try await hold(request, context: context) }
        router.get("\(Paths.sessions)/:id") { request, context in try await detail(request, context: context) }
    }

    struct Row {
        let href: String
        let title: String
        let heldOn: String
        let chair: String
        let headline: String
    }

    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    /// What the office typed, so a refused form comes back as it was sent.
    struct Typed {
        var id = "", title = "", heldOn = "", chair = "", scope = "", date = ""

        init() {}

        init(_ form: FormBody) {
            func value(_ name: String) -> String { (form.value(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            (id, title, heldOn, chair, scope, date) = (value("id"), value("title"), value("heldOn"), value("chair"), value("scope"), value("date"))
        }
    }

    /// The office freezes the figures of a scope on a day as a new session, through the same desk as the API and CLI.
    func hold(_ request: Request, context: SignedInContext) async throws -> Response {
        let typed = Typed(FormBody(try await request.body.collect(upTo: BodyLimits.form)))
        let language = context.language
        var problems: [String: String] = [:]
        let heldOn = LocalDate(parsing: typed.heldOn), date = LocalDate(parsing: typed.date), scope = EvaluationScope(parsing: typed.scope)
        if heldOn == nil { problems["heldOn"] = language == .vi ? "ghi ngày họp" : "write the meeting's day" }
        if date == nil { problems["date"] = language == .vi ? "ghi ngày chốt số liệu" : "write the figures' day" }
        if scope == nil { problems["scope"] = language == .vi ? "chọn phạm vi" : "choose a scope" }
        if let heldOn, let date, let scope {
            do {
                let engine = try await services.evaluation.currentEngine()
                try await TaskDesk(store: services.store, engine: engine).holdSession(
                    id: typed.id, title: typed.title, heldOn: heldOn, chair: typed.chair, participants: [.office], scope: scope, figuresOn: date,
                    service: services.evaluation, as: context.account)
                return Response.redirect(to: Paths.session(typed.id), type: .found)
            } catch TaskError.invalid(let found) {
                for problem in found { problems[problem.field] = problem.message.text(language) }
            } catch let error as TaskError {
                switch error {
                case .sessionExists: problems["id"] = error.text(language)
                case .noFigures: problems["date"] = error.text(language)
                default: throw error
                }
            }
        }
        return try await list(request, context: context, typed: typed, problems: problems, status: .unprocessableContent)
    }

    func list(
        _ request: Request, context: SignedInContext, typed: Typed = Typed(), problems: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let format = Formatting(language: language)
        let rows = try await services.store.sessions().map { stored in
            let session = stored.session
            return Row(
                href: Paths.session(session.id), title: session.title, heldOn: format.date(session.heldOn), chair: session.chair,
                headline: session.snapshot.headline)
        }
        let engine = try await services.evaluation.currentEngine()
        let today = services.defaultDate()
        var scopes: [(String, String)] = []
        if let home = services.home(on: today, units: engine.units),
            let province = engine.units.unit(home, on: today)
        {
            scopes.append((EvaluationScope.unit(home).text, province.name))
            for year in Set(engine.registrations.all.map(\.targetYear)).sorted().reversed() {
                scopes.append(
                    (
                        EvaluationScope.registered(year: year, within: home).text,
                        language == .vi ? "Các xã đăng ký đạt chuẩn năm \(year) — \(province.name)" : "Xã registered for \(year) — \(province.name)"
                    ))
            }
            for child in engine.units.children(of: home, on: today) where child.kind.isDistrictLevel {
                scopes.append((EvaluationScope.unit(child.code).text, child.name))
            }
        }
        struct View {
            let t: [String: String]
            let rows: [Row]
            let canHold: Bool
            let scopes: [Choice]
            let typed: Typed
            let problems: [String: String]
            let csrf: String
            let action: String
        }
        let view = View(
            t: UIStrings.table(language), rows: rows, canHold: AccessPolicy(engine: engine).canDirect(context.account),
            scopes: scopes.map { Choice(value: $0.0, label: $0.1, selected: $0.0 == typed.scope) },
            typed: typed.id.isEmpty && typed.date.isEmpty ? Typed.defaults(on: today) : typed, problems: problems,
            csrf: context.identity.csrfToken, action: Paths.sessions)
        let body = try services.pages.render("sessions", view)
        return try services.pages.page(
            title: UIStrings.table(language)["sessions"] ?? "", body: body, context: context, path: Paths.sessions, status: status)
    }

    struct CommuneRow {
        let name: String
        let href: String
        let district: String
        let met: String
        let unmet: String
        let atStandard: Bool
    }

    struct ChangeRow {
        let name: String
        let href: String
        let before: String
        let now: String
        let newlyMet: String?
        let lost: String?
        let movedBand: Bool
    }

    struct Link {
        let label: String
        let href: String
    }

    func detail(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let id = context.parameters.get("id") ?? ""
        guard let stored = try await services.store.sessions().first(where: { $0.session.id == id }) else {
            throw TaskError.unknownSession(id)
        }
        let session = stored.session, snapshot = stored.session.snapshot
        let query = Query(request: request)
        let format = Formatting(language: language)
        let prefix = language == .vi ? "TC" : "C"
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        // Compared with the values now, on the day asked (default: the day the figures were frozen for, so corrections show).
        let compareOn = try query.date("compare", default: snapshot.evaluatedOn)
        var comparison: SnapshotComparison?
        if let scope = EvaluationScope(parsing: snapshot.scope), let summary = try? await services.evaluation.summary(of: scope, on: compareOn) {
            comparison = SnapshotComparison(then: snapshot, now: BriefingSnapshot(summary, basis: services.evaluation.basis.rawValue))
        }
        func criteria(_ numbers: [Int]) -> String { numbers.map { "\(prefix)\($0)" }.joined(separator: ", ") }
        let directives = try await services.store.directives().filter { $0.session == id }
        struct View {
            let t: [String: String]
            let title: String
            let heldOn: String
            let chair: String
            let participants: [String]
            let figuresOn: String
            let basis: String
            let scopeName: String
            let hash: String
            let frozenBy: String
            let headline: String
            let bands: [Link]
            let communes: [CommuneRow]
            let directives: [Link]
            let compareValue: String
            let compareText: String
            let action: String
            let changes: [ChangeRow]
            let nowHeadline: String?
            let unchanged: Bool
            let briefingHref: String
            let backHref = Paths.sessions
        }
        let view = View(
            t: UIStrings.table(language), title: session.title, heldOn: format.date(session.heldOn), chair: session.chair,
            participants: session.participants.map { directory.organisation($0)?.name.text(language) ?? $0.text },
            figuresOn: format.date(snapshot.evaluatedOn),
            basis: snapshot.basis == "approved" ? (UIStrings.table(language)["basisApproved"] ?? snapshot.basis) : snapshot.basis,
            scopeName: snapshot.scopeName, hash: stored.contentHash, frozenBy: "\(stored.createdBy), \(VietnamTime.text(stored.createdAt))",
            headline: snapshot.headline,
            bands: snapshot.bands.map { Link(label: $0.min == $0.max ? "\($0.min)" : "\($0.min)–\($0.max)", href: String($0.communes)) },
            communes: snapshot.communes.map { commune in
                CommuneRow(
                    name: commune.name, href: Paths.with(Paths.commune(UnitCode(commune.code)), ["date": snapshot.evaluatedOn.iso]),
                    district: commune.district, met: "\(commune.criteriaMet)/\(snapshot.totalCriteria)", unmet: criteria(commune.unmet),
                    atStandard: commune.reachedStandard)
            },
            directives: directives.map { Link(label: "\($0.number) — \(format.date($0.issuedOn))", href: Paths.directive($0.id)) },
            compareValue: compareOn.iso, compareText: format.date(compareOn), action: Paths.session(id),
            changes: (comparison?.changes ?? []).map { change in
                ChangeRow(
                    name: change.name, href: Paths.with(Paths.commune(UnitCode(change.code)), ["date": compareOn.iso]),
                    before: "\(change.before.criteriaMet)/\(snapshot.totalCriteria)", now: "\(change.now.criteriaMet)/\(snapshot.totalCriteria)",
                    newlyMet: change.newlyMet.isEmpty ? nil : criteria(change.newlyMet), lost: change.lost.isEmpty ? nil : criteria(change.lost),
                    movedBand: change.movedBand)
            },
            nowHeadline: comparison?.now.headline, unchanged: comparison?.changes.isEmpty ?? false,
            briefingHref: Paths.with(Paths.briefing, ["session": id]))
        let body = try services.pages.render("session", view)
        return try services.pages.page(title: session.title, body: body, context: context, path: Paths.session(id), query: request.uri.query)
    }
}

extension SessionsPages.Typed {
    /// A new session's form: held and frozen today, with an id from the day.
    static func defaults(on today: LocalDate) -> Self {
        var typed = Self()
        (typed.id, typed.heldOn, typed.date) = ("giao-ban-\(today.iso)", today.iso, today.iso)
        return typed
    }
}
