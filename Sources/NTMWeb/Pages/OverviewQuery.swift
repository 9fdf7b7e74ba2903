import Foundation
import Hummingbird
import NTMCore

/// What the overview, briefing and matrix pages are asked for: a date, a scope and a band scheme.
struct OverviewQuery: Sendable {
    var date: LocalDate
    var scope: EvaluationScope
    /// The band scheme asked for; nil means the default of the criteria set in force on `date`.
    var bands: String?
    /// After the reform: group the province's communes by the district they came from (`?group=huyen-cu`).
    var formerDistricts = false

    init(date: LocalDate, scope: EvaluationScope, bands: String? = nil) {
        self.date = date
        self.scope = scope
        self.bands = bands
    }

    /// With no scope asked for, the installation's home unit, or on a date after it was merged the unit that carries
    /// it on: the Trà Vinh demo opened at a 2026 date shows Vĩnh Long rather than "no unit 84 on that date".
    init(request: Request, services: WebServices) async throws {
        let query = Query(request: request)
        date = try query.date(default: services.defaultDate())
        var home = services.configuration.defaultScope
        if query.string("scope") == nil, home != nil {
            home = services.home(on: date, units: try await services.evaluation.currentEngine().units)
        }
        scope = try ScopeParameter.parse(query.string("scope"), default: home)
        bands = query.string("bands")
        formerDistricts = query.string("group") == Self.formerDistrictsValue
    }

    static let formerDistrictsValue = "huyen-cu"

    /// Communes are grouped by province for the nation, by district otherwise (or, asked, by former district).
    var grouping: LiveSummary.Grouping {
        scope == .everything ? .province : formerDistricts ? .formerDistrict : .district
    }

    var items: [String: String?] {
        ["date": date.iso, "scope": scope.text, "bands": bands, "group": formerDistricts ? Self.formerDistrictsValue : nil]
    }

    var cacheKey: String { "\(scope.text)|\(date.iso)|\(bands ?? "-")|\(formerDistricts ? "huyen-cu" : "-")" }
}

/// A choice in a `<select>`.
struct OptionView: Sendable {
    let value: String
    let label: String
    let selected: Bool
}

/// The scope and band choices offered above summaries.
struct ScopeChoices {
    let services: WebServices

    func scopes(selected: EvaluationScope, engine: EvaluationEngine, language: Language) -> [OptionView] {
        let strings = UIStrings.table(language)
        var scopes: [EvaluationScope] = []
        let home = services.configuration.defaultScope
        if let home { scopes.append(.unit(home)) }
        let date = services.defaultDate()
        if let home {
            scopes += engine.units.children(of: home, on: date).filter { $0.kind.isDistrictLevel }.map { .unit($0.code) }
        }
        let years = Set(engine.registrations.all.map(\.targetYear)).sorted()
        scopes += years.map { .registered(year: $0, within: home) }
        let provinces = engine.units.allCodes.lazy.filter { engine.units.unit($0, on: date)?.kind == .province }.prefix(2).count
        if home == nil || provinces > 1 { scopes.append(.everything) }
        if !scopes.contains(selected) { scopes.append(selected) }
        return scopes.map { scope in
            let label: String
            switch scope {
            case .everything: label = strings["all"] ?? "all"
            // A unit that exists only after the default date (Vĩnh Long of 2026 in the 2019 demo) still has a name.
            case .unit(let code): label = (engine.units.unit(code, on: date) ?? engine.units.latestVersion(code))?.name ?? code.rawValue
            case .registered(let year, _): label = "\(strings["registeredFor"] ?? "") \(year)"
            }
            return OptionView(value: scope.text, label: label, selected: scope == selected)
        }
    }

    /// After the reform (no district among the rows), the choice of grouping the province's communes by province or by
    /// the district they came from; empty before it, when districts are the rows anyway.
    func groupings(_ query: OverviewQuery, summary: ScopeSummary, language: Language) -> [OptionView] {
        guard query.scope != .everything, query.formerDistricts || summary.groups.allSatisfy({ $0.kind == .province }) else { return [] }
        let strings = UIStrings.table(language)
        return [
            OptionView(value: "", label: strings["groupByProvince"] ?? "", selected: !query.formerDistricts),
            OptionView(
                value: OverviewQuery.formerDistrictsValue, label: strings["groupByFormerDistrict"] ?? "", selected: query.formerDistricts),
        ]
    }

    /// The schemes that fit the set used by `summary`, the one it used selected.
    func bands(for summary: ScopeSummary, catalog: BandSchemeCatalog, engine: EvaluationEngine, language: Language) -> [OptionView] {
        guard let set = engine.catalog.set(summary.criteriaSet) else { return [] }
        return catalog.choices(for: set).map {
            OptionView(value: $0.id, label: $0.title.text(language), selected: $0.id == summary.bandScheme)
        }
    }
}
