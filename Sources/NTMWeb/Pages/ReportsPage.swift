import Foundation
import Hummingbird
import NTMCore
import NTMReports
import NTMTasks

/// The "Báo cáo" page (`/bao-cao`): the briefing report for a chosen scope, cut-off day and parts, and the notice
/// of conclusions of each briefing session that has its directive; as Word files, or PDF when the server has
/// LibreOffice. Reading is open to every signed-in account, like the pages the figures come from.
struct ReportsPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.reports)) { request, context in try await page(request, context: context) }
        router.get(RouterPath(Paths.reportBriefing)) { request, _ in try await briefing(request) }
        router.get(RouterPath(Paths.reportConclusionsPrefix + "/:session")) { request, context in
            try await conclusions(context.parameters.get("session") ?? "", request: request)
        }
    }

    func briefing(_ request: Request) async throws -> Response {
        let query = try await ReportQuery(request: request, services: services)
        let (docx, name): (Data, String)
        switch query.figures {
        case .session(let id):
            // A session's frozen figures, as the meeting saw them.
            let frozen = try await services.reports.frozenBriefing(session: id)
            (docx, name) = (try frozen.data(), frozen.downloadName)
        case .cutOff(let cutOff):
            let report = try await services.reports.briefing(cutOff)
            (docx, name) = (try report.data(), report.downloadName)
        }
        return try await ReportQuery.response(docx: docx, name: name, format: query.format, services: services)
    }

    func conclusions(_ session: String, request: Request) async throws -> Response {
        let format = try ReportQuery.format(request)
        let notice = try await services.reports.conclusions(session: session)
        return try await ReportQuery.response(docx: try notice.data(), name: notice.downloadName, format: format, services: services)
    }

    struct SectionChoice {
        let value: String
        let label: String
    }

    struct SessionRow {
        let title: String
        let held: String
        let directive: String?
        let docx: String?
        let pdf: String?
        /// The briefing report of the figures frozen for the session.
        let frozen: String
    }

    func page(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let query = try await OverviewQuery(request: request, services: services)
        let engine = try await services.evaluation.currentEngine()
        let summary = try await services.evaluation.summary(
            of: query.scope, on: query.date, bands: query.bands, language: language, grouping: query.grouping, includeCommunes: false)
        let choices = ScopeChoices(services: services)
        let format = Formatting(language: language)
        let directives = try await services.store.directives()
        let sessions = try await services.store.sessions().map(\.session).sorted { ($0.heldOn, $0.id) > ($1.heldOn, $1.id) }
        let rows = sessions.map { session in
            let directive = Directive.recording(session: session.id, among: directives)
            let href = Paths.reportConclusions(session.id)
            return SessionRow(
                title: session.title, held: format.date(session.heldOn), directive: directive.map { "\($0.number) — \($0.title)" },
                docx: directive == nil ? nil : href, pdf: directive == nil || services.pdf == nil ? nil : Paths.with(href, ["format": "pdf"]),
                frozen: Paths.with(Paths.reportBriefing, ["session": session.id]))
        }
        struct View {
            let t: [String: String]
            let action: String
            let dateValue: String
            let scopes: [OptionView]
            let bandChoices: [OptionView]
            let sections: [SectionChoice]
            let headline: String
            let basis: String
            let pdf: Bool
            let sessions: [SessionRow]
        }
        let view = View(
            t: strings, action: Paths.reportBriefing, dateValue: query.date.iso,
            scopes: choices.scopes(selected: query.scope, engine: engine, language: language),
            bandChoices: choices.bands(for: summary, catalog: await services.evaluation.bandSchemes, engine: engine, language: language),
            sections: ReportSection.allCases.map { SectionChoice(value: $0.rawValue, label: language == .vi ? $0.title : $0.englishTitle) },
            headline: BriefingText.headline(summary, language: language),
            basis: services.evaluation.basis == .approved ? (strings["basisApproved"] ?? "") : (strings["basisLatest"] ?? ""),
            pdf: services.pdf != nil, sessions: rows)
        let body = try services.pages.render("reports", view)
        return try services.pages.page(
            title: strings["reports"] ?? "", body: body, context: context, path: Paths.reports, query: request.uri.query)
    }
}
