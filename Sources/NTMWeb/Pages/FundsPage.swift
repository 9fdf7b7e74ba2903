import Foundation
import Hummingbird
import NTMCore
import NTMFunds
import NTMStore

/// The funds page (`/nguon-von`): a scope's money for a year on a day, by source, by unit, by criterion, with the
/// disbursement rates and their denominators, the lagging communes, construction debts and the year's progress.
struct FundsPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.funds)) { request, context in try await page(request, context: context) }
    }

    /// A row of a money table: its label, the phase figures in millions, and the rate of disbursement.
    struct Row {
        let label: String
        let href: String?
        let planned: String
        let allocated: String
        let disbursed: String
        let rate: String
        let share: String?
        let lagging: Bool
    }

    /// The scope, year and day a request asks for, with the figures; shared by the page and the API.
    struct Selection {
        let figures: FundFigures
        let years: [Int]
    }

    func select(_ request: Request) async throws -> Selection {
        let query = Query(request: request)
        let date = try query.date(default: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        let root = engine.units.allVersions.first { $0.parent == nil && $0.validity.contains(date) }?.code
        // Present but empty is refused: `?unit=` names no unit.
        if request.uri.queryParameters.get("unit")?.isEmpty == true {
            throw AppError.badRequest(LocalizedText(vi: "'unit' đang để trống", en: "'unit' is empty"), field: "unit")
        }
        let scope = query.string("unit").map { UnitCode($0) } ?? services.home(on: date, units: engine.units) ?? root
        let year = try query.int("year", default: date.year, range: 2000...2100)
        let book = try await services.funds.book()
        guard let scope,
            let figures = try book.figures(scope: scope, year: year, on: date, units: engine.units, alert: services.configuration.fundsAlert)
        else {
            throw AppError.notFound(
                LocalizedText(vi: "đơn vị \(scope?.rawValue ?? "") vào ngày \(date.vietnamese)", en: "unit \(scope?.rawValue ?? "") on \(date.iso)"))
        }
        return Selection(figures: figures, years: book.years)
    }

    func page(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let selection = try await select(request)
        let figures = selection.figures
        let date = figures.date
        let money = { (amount: Money) in amount.millionsText(language, decimals: 0) }
        let percent = { (value: FixedDecimal?) in value.map { Formatting(language: language).percent($0.rounded(decimals: 1)) } ?? "—" }
        func row(_ label: String, _ totals: PhaseTotals, href: String? = nil, share: FixedDecimal?? = nil, lagging: Bool = false) -> Row {
            Row(
                label: label, href: href, planned: money(totals.planned), allocated: money(totals.allocated), disbursed: money(totals.disbursed),
                rate: percent(totals.disbursementRate), share: share.map { percent($0) }, lagging: lagging)
        }
        let link = { (unit: UnitCode) in
            Paths.with(Paths.funds, ["unit": unit.rawValue, "year": String(figures.year), "date": date.iso])
        }
        let sources = FundingSource.allCases.compactMap { source in
            figures.bySource[source].map { row(source.name.text(language), $0, share: figures.share(of: source, at: .planned)) }
        }
        let laggingCodes = Set(figures.lagging.map(\.unit.code))
        let units = figures.byUnit.map { unitRow in
            row(
                unitRow.unit.code == figures.scope.code
                    ? (language == .vi ? "Cấp \(unitRow.unit.name) (chung)" : "\(unitRow.unit.name) itself")
                    : unitRow.unit.name, unitRow.totals,
                href: unitRow.unit.code == figures.scope.code ? nil : link(unitRow.unit.code), lagging: laggingCodes.contains(unitRow.unit.code))
        }
        let engine = try await services.evaluation.currentEngine()
        let criterionNames = Dictionary(
            engine.catalog.sets.filter { $0.validity.contains(date) && $0.level == .commune }.flatMap(\.criteria).map { ($0.number, $0.name) },
            uniquingKeysWith: { first, _ in first })
        let prefix = language == .vi ? "TC" : "C"
        let criteria = figures.byCriterion.sorted { ($0.key ?? .max) < ($1.key ?? .max) }.map { number, totals in
            row(
                number.map { "\(prefix)\($0) \(criterionNames[$0]?.text(language) ?? "")" }
                    ?? (language == .vi ? "Không gắn với tiêu chí" : "Not earmarked"), totals)
        }
        let origins = [
            row(PlanOrigin.currentYear.name.text(language) + " \(figures.year)", figures.currentYear),
            row(PlanOrigin.carriedOver.name.text(language), figures.carriedOver),
            row(language == .vi ? "Tổng cộng" : "Total", figures.total),
        ]
        let capitals = CapitalType.allCases.compactMap { capital in figures.byCapital[capital].map { row(capital.name.text(language), $0) } }
        let lagging = figures.lagging.map { row($0.unit.name, $0.currentYear, href: link($0.unit.code), lagging: true) }
        let debts = figures.debts.map { debt in
            [
                "name": debt.unit.name, "href": Paths.commune(debt.unit.code), "amount": money(debt.amount),
                "asOf": Formatting(language: language).date(debt.asOf),
            ]
        }
        // The year's progress: cumulative disbursement as a share of the plan at each month's end up to the day.
        let months = (1...12).compactMap { LocalDate.endOfMonth(year: figures.year, month: $0) }.filter { $0 <= date }
        let timeline = try await services.funds.book().timeline(scope: figures.scope.code, year: figures.year, at: months, units: engine.units)
        let points = timeline.compactMap { point in
            point.totals.disbursementRate.map {
                Charts.Point(
                    label: String(format: "%02d/%d", point.date.month, point.date.year), value: $0.doubleValue,
                    text: Formatting(language: language).number($0.rounded(decimals: 1), decimals: 1))
            }
        }
        let chart = points.isEmpty ? nil : Charts.trend(points, caption: UIStrings.table(language)["fundsChart"] ?? "")
        let view: [String: Any] = [
            "t": UIStrings.table(language), "scopeName": figures.scope.name, "dateText": Formatting(language: language).date(date),
            "dateValue": date.iso, "year": figures.year, "unit": figures.scope.code.rawValue, "action": Paths.funds,
            "years": (selection.years.isEmpty ? [figures.year] : selection.years).map { ["year": $0, "selected": $0 == figures.year] },
            "sentence": figures.rateSentence(language).map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "",
            "empty": figures.total.isEmpty, "sources": sources, "units": units, "criteria": criteria, "origins": origins, "capitals": capitals,
            "lagging": lagging, "hasLagging": !lagging.isEmpty, "alert": percent(figures.alert), "debts": debts, "hasDebts": !debts.isEmpty,
            "chart": chart ?? "", "synthetic": services.configuration.synthetic,
        ]
        let body = try services.pages.render("funds", view)
        return try services.pages.page(
            title: (UIStrings.table(language)["funds"] ?? "") + " · " + figures.scope.name, body: body, context: context, path: Paths.funds,
            query: "unit=\(figures.scope.code)&year=\(figures.year)&date=\(date.iso)")
    }
}
