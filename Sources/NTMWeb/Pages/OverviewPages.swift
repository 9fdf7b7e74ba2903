import Foundation
import Hummingbird
import NTMCore
import NTMExchange

/// The province overview: figures, the district table, the criteria chart and the trend.
struct OverviewPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.overview)) { request, context in try await overview(request, context: context) }
    }

    struct PageView {
        let t: [String: String]
        let overview: OverviewView
        let dateValue: String
        let scopes: [OptionView]
        let bandChoices: [OptionView]
        let groupChoices: [OptionView]
        let action: String
        let export: PageExport.Links
        let targets: [TargetsPage.Row]
        let targetsHref: String
    }

    func overview(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = try await OverviewQuery(request: request, services: services)
        let language = context.language
        if let format = try ExportFormat.requested(request) {
            let summary = try await summary(query, language: language)
            return try PageExport.response(
                [ResultsExporter.summaryTable(summary, language: language), ResultsExporter.criteriaTable(summary, language: language)],
                name: language == .vi ? "tong-quan" : "overview", date: query.date, format: format, language: language)
        }
        let engine = try await services.evaluation.currentEngine()
        let targetsPage = TargetsPage(services: services)
        let targets = try await targetsPage.targets(within: query.scope, on: query.date, engine: engine)
        // Targets change without any value changing, so they are part of the key.
        let key = "overview|\(query.cacheKey)|\(language.rawValue)|\(targets.hashValue)"
        let body = try await services.cache.body(for: key, version: try await services.currentVersion()) {
            let summary = try await summary(query, language: language)
            let trend = try await trend(query, language: language)
            let reform = trend.first.flatMap { first in
                trend.last.flatMap { Self.reform(of: query.scope, between: first.0, and: $0.0, units: engine.units) }
            }
            let view = OverviewView(
                summary: summary, trend: trend, query: query, language: language, synthetic: services.configuration.synthetic,
                reform: reform)
            let choices = ScopeChoices(services: services)
            return try services.pages.render(
                "overview",
                PageView(
                    t: UIStrings.table(language), overview: view, dateValue: query.date.iso,
                    scopes: choices.scopes(selected: query.scope, engine: engine, language: language),
                    bandChoices: choices.bands(for: summary, catalog: await services.evaluation.bandSchemes, engine: engine, language: language),
                    groupChoices: choices.groupings(query, summary: summary, language: language),
                    action: Paths.overview, export: PageExport.links(Paths.overview, query.items),
                    targets: try await targetsPage.rows(targets, on: query.date, language: language).map(\.1),
                    targetsHref: Paths.with(Paths.targets, ["date": query.date.iso])))
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
        let units = try await services.evaluation.currentEngine().units
        for date in dates {
            // Before a reorganisation the scope's forerunners stand for it (Trà Vinh, Bến Tre and the old Vĩnh Long for
            // the Vĩnh Long of 2026), so the line runs on through the reform counting each period's own units.
            var (communes, atStandard, noData) = (0, 0, 0)
            for scope in Self.forerunners(of: query.scope, on: date, units: units) {
                var at = query
                (at.date, at.scope) = (date, scope)
                guard let summary = try? await summary(at, language: language) else { continue }
                (communes, atStandard, noData) = (communes + summary.communes, atStandard + summary.atStandard, noData + summary.noDataCommunes)
            }
            // A date without any value is a gap in the line, not a fall to 0 %.
            guard communes > 0, noData < communes else { continue }
            points.append((date, FixedDecimal.percent(numerator: Int64(atStandard), denominator: Int64(communes))))
        }
        return points
    }

    /// The scopes that stood for `scope` on `date` (its unit's forerunners, see `UnitHierarchy.forerunners`).
    static func forerunners(of scope: EvaluationScope, on date: LocalDate, units: UnitHierarchy) -> [EvaluationScope] {
        switch scope {
        case .everything: [scope]
        case .unit(let code): units.forerunners(of: code, on: date).map { .unit($0) }
        case .registered(let year, let within?): units.forerunners(of: within, on: date).map { .registered(year: year, within: $0) }
        case .registered(_, nil): [scope]
        }
    }

    /// The day the 2025 reorganisation took effect for the scope, when the trend spans it: the chart marks it.
    static func reform(of scope: EvaluationScope, between first: LocalDate, and last: LocalDate, units: UnitHierarchy) -> LocalDate? {
        let code: UnitCode? =
            switch scope {
            case .unit(let code): code
            case .registered(_, let within): within
            case .everything: nil
            }
        guard let code else { return nil }
        return units.lineage.filter { $0.to == code && $0.date > first && $0.date <= last }.map(\.date).min()
    }

    /// The same scope limited to one district.
    static func narrow(_ scope: EvaluationScope, to district: UnitCode) -> EvaluationScope {
        switch scope {
        case .registered(let year, _): .registered(year: year, within: district)
        case .unit, .everything: .unit(district)
        }
    }
}
