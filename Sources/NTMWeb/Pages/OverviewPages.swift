import Foundation
import Hummingbird
import NTMCore
import NTMExchange

/// The province overview and the briefing mode that steps through it district by district.
struct OverviewPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.overview)) { request, context in try await overview(request, context: context) }
        router.get(RouterPath(Paths.briefing)) { request, context in try await briefing(request, context: context) }
    }

    struct PageView {
        let t: [String: String]
        let overview: OverviewView
        let dateValue: String
        let scopes: [OptionView]
        let bandChoices: [OptionView]
        let action: String
        let export: PageExport.Links
    }

    func overview(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = try OverviewQuery(request: request, services: services)
        let language = context.language
        if let format = try ExportFormat.requested(request) {
            let summary = try await summary(query, language: language)
            return try PageExport.response(
                [ResultsExporter.summaryTable(summary, language: language), ResultsExporter.criteriaTable(summary, language: language)],
                name: language == .vi ? "tong-quan" : "overview", date: query.date, format: format, language: language)
        }
        let key = "overview|\(query.cacheKey)|\(language.rawValue)"
        let body = try await services.cache.body(for: key, version: try await services.currentVersion()) {
            let summary = try await summary(query, language: language)
            let view = OverviewView(
                summary: summary, trend: try await trend(query, language: language), query: query,
                language: language, synthetic: services.configuration.synthetic)
            let engine = try await services.evaluation.currentEngine()
            let choices = ScopeChoices(services: services)
            return try services.pages.render(
                "overview",
                PageView(
                    t: UIStrings.table(language), overview: view, dateValue: query.date.iso,
                    scopes: choices.scopes(selected: query.scope, engine: engine, language: language),
                    bandChoices: choices.bands(for: summary, catalog: await services.evaluation.bandSchemes, engine: engine, language: language),
                    action: Paths.overview, export: PageExport.links(Paths.overview, query.items)))
        }
        return try services.pages.page(
            title: UIStrings.table(language)["overview"] ?? "", body: body, context: context,
            path: Paths.overview, query: request.uri.query)
    }

    func summary(_ query: OverviewQuery, language: Language, includeCommunes: Bool = false) async throws -> ScopeSummary {
        try await services.evaluation.summary(
            of: query.scope, on: query.date, bands: query.bands, language: language,
            grouping: query.grouping, includeCommunes: includeCommunes)
    }

    /// The share at the standard on each trend date up to the chosen one, and on the chosen date itself.
    func trend(_ query: OverviewQuery, language: Language) async throws -> [(LocalDate, FixedDecimal)] {
        var dates = services.trendDates(before: query.date)
        dates.append(query.date)
        var points: [(LocalDate, FixedDecimal)] = []
        for date in dates {
            var at = query
            at.date = date
            guard let summary = try? await summary(at, language: language) else { continue }
            points.append((date, summary.atStandardPercent))
        }
        return points
    }

    // MARK: Briefing

    struct BriefingView {
        struct CommuneLine {
            let name: String
            let criteria: String
            let unmet: String
            let atStandard: Bool
        }

        let t: [String: String]
        let overview: OverviewView
        let stepLabel: String
        let title: String
        let previous: String?
        let next: String?
        let communes: [CommuneLine]
        let exit: String
    }

    func briefing(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = try OverviewQuery(request: request, services: services)
        let language = context.language
        let step = max(0, Int(request.uri.queryParameters.get("step") ?? "") ?? 0)
        let key = "briefing|\(query.cacheKey)|\(step)|\(language.rawValue)"
        let body = try await services.cache.body(for: key, version: try await services.currentVersion()) {
            let whole = try await summary(query, language: language)
            let groups = query.grouping == .district ? whole.groups : []
            let index = min(step, groups.count)
            var shown = query
            if index > 0 { shown.scope = Self.narrow(query.scope, to: groups[index - 1].code) }
            let summary = index > 0 ? try await summary(shown, language: language, includeCommunes: true) : whole
            let view = OverviewView(summary: summary, trend: [], query: shown, language: language, synthetic: services.configuration.synthetic)
            let format = Formatting(language: language)
            let communes = summary.communeRows.sorted { ($0.criteriaMet, $0.name) < ($1.criteriaMet, $1.name) }.map { row in
                BriefingView.CommuneLine(
                    name: row.name, criteria: "\(format.padded(row.criteriaMet))/\(summary.totalCriteria)",
                    unmet: row.unmetCriteria.map { (language == .vi ? "TC" : "C") + "\($0)" }.joined(separator: ", "),
                    atStandard: row.reachedStandard)
            }
            func link(_ target: Int) -> String { Paths.with(Paths.briefing, query.items.merging(["step": String(target)]) { $1 }) }
            return try services.pages.render(
                "briefing",
                BriefingView(
                    t: UIStrings.table(language), overview: view, stepLabel: "\(index + 1)/\(groups.count + 1)",
                    title: index > 0 ? groups[index - 1].name : whole.scopeName,
                    previous: index > 0 ? link(index - 1) : nil, next: index < groups.count ? link(index + 1) : nil,
                    communes: communes, exit: Paths.with(Paths.overview, query.items)))
        }
        return try services.pages.page(
            title: UIStrings.table(language)["briefing"] ?? "", body: body, context: context,
            path: Paths.briefing, query: request.uri.query, briefing: true)
    }

    /// The same scope limited to one district.
    static func narrow(_ scope: EvaluationScope, to district: UnitCode) -> EvaluationScope {
        switch scope {
        case .registered(let year, _): .registered(year: year, within: district)
        case .unit, .everything: .unit(district)
        }
    }
}
