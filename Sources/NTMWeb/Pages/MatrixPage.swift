import Foundation
import Hummingbird
import NTMCore
import NTMExchange

/// The commune × criteria heat map for a district, a province or the registered list.
struct MatrixPage: Sendable {
    let services: WebServices
    /// Beyond this many communes the table stops being readable; the page asks for a narrower scope.
    static let communeLimit = 400

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.matrix)) { request, context in try await matrix(request, context: context) }
    }

    struct Cell {
        let cls: String
        let mark: String
        let title: String
    }

    struct Row {
        let name: String
        let href: String
        let district: String
        let met: String
        let atStandard: Bool
        let cells: [Cell]
    }

    struct Header {
        let label: String
        let title: String
        let met: String
        /// The department in charge (its code), as the province assigns the criterion.
        let department: String?
    }

    struct View {
        let t: [String: String]
        let title: String
        let headers: [Header]
        let rows: [Row]
        let tooMany: String?
        let dateValue: String
        let scopes: [OptionView]
        let bandChoices: [OptionView]
        let groupChoices: [OptionView]
        let action: String
        let legend: [Cell]
        let export: PageExport.Links?
    }

    func matrix(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = try await OverviewQuery(request: request, services: services)
        let language = context.language
        if let format = try ExportFormat.requested(request) { return try await export(query, format: format, language: language) }
        let key = "matrix|\(query.cacheKey)|\(language.rawValue)"
        let body = try await services.cache.body(for: key, version: try await services.currentVersion()) {
            let summary = try await services.evaluation.summary(
                of: query.scope, on: query.date, bands: query.bands, language: language,
                grouping: query.grouping, includeCommunes: true)
            let strings = UIStrings.table(language)
            let format = Formatting(language: language)
            let prefix = language == .vi ? "TC" : "C"
            // One engine for the whole table: every row is judged on the same data, without a call to the service per commune.
            let engine = try await services.evaluation.currentEngine()
            var rows: [Row] = []
            var tooMany: String?
            if summary.communeRows.count > Self.communeLimit {
                tooMany =
                    language == .vi
                    ? "Phạm vi có \(format.count(summary.communeRows.count)) xã; hãy chọn một huyện hoặc tỉnh."
                    : "The scope has \(format.count(summary.communeRows.count)) communes; choose a district or province."
            } else {
                for row in summary.communeRows {
                    let evaluation = try engine.evaluate(row.code, on: query.date, language: language)
                    rows.append(
                        Row(
                            name: row.name, href: Paths.with(Paths.commune(row.code), ["date": query.date.iso]), district: row.district,
                            met: "\(evaluation.criteriaMet)/\(evaluation.totalCriteria)", atStandard: evaluation.reachedStandard,
                            cells: evaluation.criteria.map { criterion in
                                Cell(
                                    cls: Formatting.statusClass(criterion.status), mark: Self.mark(criterion.status),
                                    title: "\(row.name) — \(prefix)\(criterion.number) \(criterion.name): \(criterion.status.text(language))")
                            }))
                }
            }
            let choices = ScopeChoices(services: services)
            // Who answers for each criterion, as the sets judging the rows assign it.
            let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
            let departments = Dictionary(
                summary.communeRows.prefix(1).flatMap { row in
                    directory.criteriaSet(about: row.code, on: query.date)?.criteria.compactMap { criterion in
                        criterion.responsible.map { (criterion.number, $0.department) }
                    } ?? []
                }, uniquingKeysWith: { first, _ in first })
            let view = View(
                t: strings,
                title: "\(strings["matrix"] ?? "") — \(summary.scopeName), \(language == .vi ? summary.date.vietnamese : summary.date.iso)",
                headers: summary.criteria.map { criterion in
                    let department = departments[criterion.number]
                    let name = department.flatMap { directory.organisation(.department($0))?.name.text(language) }
                    return Header(
                        label: "\(criterion.number)", title: "\(prefix)\(criterion.number) \(criterion.name)" + (name.map { " — \($0)" } ?? ""),
                        met: format.count(criterion.communesMeeting), department: department)
                },
                rows: rows, tooMany: tooMany, dateValue: query.date.iso,
                scopes: choices.scopes(selected: query.scope, engine: engine, language: language),
                bandChoices: choices.bands(for: summary, catalog: await services.evaluation.bandSchemes, engine: engine, language: language),
                groupChoices: choices.groupings(query, summary: summary, language: language),
                action: Paths.matrix,
                legend: [CriterionStatus.met, .notMet, .undetermined, .notApplicable].map {
                    Cell(cls: Formatting.statusClass($0), mark: Self.mark($0), title: $0.text(language))
                }, export: tooMany == nil ? PageExport.links(Paths.matrix, query.items) : nil)
            return try services.pages.render("matrix", view)
        }
        return try services.pages.page(
            title: UIStrings.table(language)["matrix"] ?? "", body: body, context: context,
            path: Paths.matrix, query: request.uri.query)
    }

    /// The matrix as a sheet: the same communes and statuses, within the same limit.
    func export(_ query: OverviewQuery, format: ExportFormat, language: Language) async throws -> Response {
        let summary = try await services.evaluation.summary(
            of: query.scope, on: query.date, bands: query.bands, language: language, grouping: query.grouping, includeCommunes: true)
        guard summary.communeRows.count <= Self.communeLimit else {
            throw AppError.badRequest(
                LocalizedText(
                    vi: "phạm vi có \(summary.communeRows.count) xã; hãy chọn một huyện hoặc tỉnh để xuất ma trận",
                    en: "the scope has \(summary.communeRows.count) communes; choose a district or province to export the matrix"),
                field: "scope")
        }
        let engine = try await services.evaluation.currentEngine()
        let evaluations = try summary.communeRows.map { try engine.evaluate($0.code, on: query.date, language: language) }
        return try PageExport.response(
            [ResultsExporter.matrixTable(summary, evaluations: evaluations, language: language)],
            name: language == .vi ? "ma-tran-tieu-chi" : "criteria-matrix", date: query.date, format: format, language: language)
    }

    /// A symbol per status so the map also reads without colour.
    static func mark(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "✓"
        case .notMet: "✗"
        case .undetermined: "?"
        case .notApplicable: "–"
        }
    }
}
