import Foundation
import Hummingbird
import NTMCore
import NTMData
import NTMStore

/// The coordination office's threshold editor: every cell of a set's tables as it applies in the province, the
/// national ones read-only, the rest (unset, or the province's own) open to a value from one cited document, with
/// an illustrative flag per cell; how an indicator is measured where the set leaves that unset. Saving writes the
/// province's overlay as a new version through `CriteriaLibrary`, checked exactly like an uploaded file.
struct ThresholdEditorPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        let path = "\(Paths.criteria)/:id/\(Paths.thresholdEditorSegment)"
        router.get(RouterPath(path)) { request, context in try await show(request, context: context) }
        router.post(RouterPath(path)) { request, context in try await save(request, context: context) }
    }

    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    struct CellRow {
        let field: String
        let scope: String
        let year: String?
        let current: String?
        let currentSource: String?
        let national: Bool
        let typed: String
        let illustrative: Bool
        /// Named apart from the indicator's `problem`: Mustache would otherwise show that one under every cell.
        let cellProblem: String?
    }

    struct IndicatorRow {
        let code: String
        let name: String
        let kind: String?
        let kindField: String
        let kinds: [Choice]
        let comparatorField: String
        let comparators: [Choice]
        let cells: [CellRow]
        let problem: String?
        let comparatorProblem: String?
    }

    /// The form as sent: values by field name, kept as typed.
    struct Typed {
        var fields: [String: String] = [:]
        var checked: Set<String> = []
        var sourceTitle = ""
        var sourceURL = ""
        var basedOn = 0

        init() {}

        init(_ form: FormBody) {
            for name in ["sourceTitle", "sourceURL"] { fields[name] = form.value(name)?.trimmingCharacters(in: .whitespacesAndNewlines) }
            sourceTitle = fields["sourceTitle"] ?? ""
            sourceURL = fields["sourceURL"] ?? ""
            basedOn = form.value("basedOn").flatMap(Int.init) ?? 0
            for (name, value) in form.fields where name.hasPrefix("v|") || name.hasPrefix("k|") || name.hasPrefix("c|") {
                fields[name] = value.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            checked = Set(form.fields.filter { $0.0.hasPrefix("i|") }.map(\.0))
        }
    }

    static func cellField(_ cell: ThresholdCell) -> String {
        "\(cell.indicator.rawValue)|\(cell.scope.label)|\(cell.year.map(String.init) ?? "")"
    }

    /// The set and province the page is about, or a 404 / 422 naming what is wrong.
    func subject(_ request: Request, context: SignedInContext) async throws -> (CriteriaSet, UnitCode, EvaluationEngine) {
        let engine = try await services.evaluation.currentEngine()
        let id = CriteriaSetID(context.parameters.get("id") ?? "")
        guard let national = engine.catalog.set(id) else {
            throw AppError.notFound(LocalizedText(vi: "bộ tiêu chí \(id)", en: "criteria set \(id)"))
        }
        guard let province = Query(request: request).string("province").map({ UnitCode($0) }) ?? services.configuration.defaultScope,
            engine.units.latestVersion(province)?.kind == .province
        else {
            throw AppError.badRequest(
                LocalizedText(vi: "cần mã một tỉnh có trong danh sách đơn vị (?province=…)", en: "a province among the units is needed (?province=…)")
            )
        }
        return (national, province, engine)
    }

    func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try APIAdmin(services: services).requireOffice(context)
        let (national, province, engine) = try await subject(request, context: context)
        let (_, version) = try await CriteriaLibrary(store: services.store).editableOverlay(set: national, province: province)
        var typed = Typed()
        typed.basedOn = version
        return try form(context, national: national, province: province, engine: engine, typed: typed, problems: [:], banner: [])
    }

    func save(_ request: Request, context: SignedInContext) async throws -> Response {
        let office = try APIAdmin(services: services).requireOffice(context)
        let (national, province, engine) = try await subject(request, context: context)
        let typed = Typed(FormBody(try await request.body.collect(upTo: context.maxUploadSize)))
        let effective = engine.catalog.effectiveSet(national, province: province)
        let language = context.language
        var problems: [String: String] = [:]
        var summary: [String] = []
        var edits: [IndicatorEdit] = []
        var anyTyped = false
        for indicator in effective.allIndicators where indicator.derivation == nil {
            let code = indicator.code.rawValue
            var edit = IndicatorEdit(indicator: indicator.code)
            if indicator.kind == nil, let chosen = typed.fields["k|\(code)"].flatMap(IndicatorKind.init(rawValue:)) { edit.kind = chosen }
            if indicator.comparator == nil, let chosen = typed.fields["c|\(code)"].flatMap(Comparator.init(rawValue:)) { edit.comparator = chosen }
            let kind = edit.kind ?? indicator.kind
            for cell in effective.provinceCells(of: indicator) {
                let field = Self.cellField(cell)
                guard let text = typed.fields["v|\(field)"], !text.isEmpty else { continue }
                anyTyped = true
                let place = "\(code) \(cell.scope == .all ? "" : cell.scope.label)\(cell.year.map { " \($0)" } ?? "")"
                guard let kind else {
                    if problems["k|\(code)"] == nil {
                        problems["k|\(code)"] =
                            language == .vi ? "chọn cách đo trước khi nhập ngưỡng" : "choose how it is measured before entering a threshold"
                        summary.append("\(code): \(problems["k|\(code)"] ?? "")")
                    }
                    continue
                }
                if kind.isNumeric && (edit.comparator ?? indicator.comparator) == nil && problems["c|\(code)"] == nil {
                    problems["c|\(code)"] = language == .vi ? "chọn phép so sánh (≥, ≤ hoặc =)" : "choose the comparison (≥, ≤ or =)"
                    summary.append("\(code): \(problems["c|\(code)"] ?? "")")
                }
                do {
                    edit.cells.append(
                        .init(
                            scope: cell.scope, year: cell.year, value: try ThresholdValue.parse(text, kind: kind),
                            illustrative: typed.checked.contains("i|\(field)")))
                } catch {
                    problems["v|\(field)"] = error.text(language)
                    summary.append("\(place): \(error.text(language))")
                }
            }
            if !edit.isEmpty { edits.append(edit) }
        }
        if anyTyped && typed.sourceTitle.isEmpty {
            problems["sourceTitle"] = language == .vi ? "ghi văn bản nguồn của các giá trị" : "name the document the values come from"
            summary.insert((language == .vi ? "Văn bản nguồn: " : "Source document: ") + (problems["sourceTitle"] ?? ""), at: 0)
        }
        if edits.isEmpty && problems.isEmpty {
            problems["form"] = language == .vi ? "chưa nhập giá trị nào" : "nothing was entered"
        }
        guard problems.isEmpty else {
            return try form(context, national: national, province: province, engine: engine, typed: typed, problems: problems, banner: summary)
        }
        let library = CriteriaLibrary(store: services.store)
        let (title, url) = (typed.sourceTitle, typed.sourceURL)
        do {
            let saved = try await library.saveEdits(
                edits, set: national, province: province, citing: { $0.citing(title: title, url: url) }, basedOn: typed.basedOn,
                by: office.username,
                on: VietnamTime.today(services.clock))
            try await services.evaluation.catchUp()
            // Back to the set as it now applies in the province: the values just entered, each with its source.
            return Response.redirect(
                to: Paths.criteriaSet(national.id) + "?province=\(province)&saved=\(saved.name)@\(saved.version)", type: .found)
        } catch let error as DataFileErrors {
            return try form(
                context, national: national, province: province, engine: engine, typed: typed, problems: [:],
                banner: error.errors.map { $0.localized.text(language) })
        } catch let error as StoreError {
            guard case .documentChanged = error else { throw error }
            return try form(
                context, national: national, province: province, engine: engine, typed: typed, problems: [:],
                banner: [error.text(language)], status: .conflict)
        }
    }

    func form(
        _ context: SignedInContext, national: CriteriaSet, province: UnitCode, engine: EvaluationEngine, typed: Typed,
        problems: [String: String], banner: [String], status: HTTPResponse.Status? = nil
    ) throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let effective = engine.catalog.effectiveSet(national, province: province)
        let rows: [IndicatorRow] = effective.allIndicators.filter { $0.derivation == nil }.map { indicator in
            let code = indicator.code.rawValue
            let cells = effective.provinceCells(of: indicator).map { cell -> CellRow in
                let field = Self.cellField(cell)
                var current: String?, source: String?, national = false
                if case .found(let threshold) = effective.resolution(of: indicator, at: cell) {
                    current =
                        (indicator.effectiveComparator.map { $0.symbol + " " } ?? "") + threshold.value.text(language)
                        + (threshold.illustrative ? " (\(strings["illustrative"] ?? ""))" : "")
                    source = effective.source(threshold.source)?.title ?? threshold.source
                    if case .criteriaSet = threshold.origin { national = true }
                }
                return CellRow(
                    field: field, scope: cell.scope == .all ? (strings["thresholdProvince"] ?? "") : cell.scope.label,
                    year: cell.year.map(String.init), current: current, currentSource: source, national: national,
                    typed: typed.fields["v|\(field)"] ?? "", illustrative: typed.checked.contains("i|\(field)"), cellProblem: problems["v|\(field)"])
            }
            let chosenKind = typed.fields["k|\(code)"] ?? ""
            let chosenComparator = typed.fields["c|\(code)"] ?? ""
            return IndicatorRow(
                code: code, name: indicator.displayName(language), kind: indicator.kind?.name(language), kindField: "k|\(code)",
                kinds: indicator.kind != nil
                    ? []
                    : [Choice(value: "", label: strings["thresholdKindChoose"] ?? "", selected: chosenKind.isEmpty)]
                        + IndicatorKind.allCases.map { Choice(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == chosenKind) },
                comparatorField: "c|\(code)",
                comparators: indicator.comparator != nil || indicator.kind.map({ !$0.isNumeric }) == true
                    ? []
                    : [Choice(value: "", label: "—", selected: chosenComparator.isEmpty)]
                        + Comparator.allCases.map { Choice(value: $0.rawValue, label: $0.symbol, selected: $0.rawValue == chosenComparator) },
                cells: cells, problem: problems["k|\(code)"], comparatorProblem: problems["c|\(code)"])
        }
        struct View {
            let t: [String: String]
            let title: String
            let provinceName: String
            let action: String
            let csrf: String
            let basedOn: Int
            let sourceTitle: String
            let sourceURL: String
            let sourceProblem: String?
            let formProblem: String?
            let banner: [String]
            let indicators: [IndicatorRow]
            let backHref: String
        }
        let view = View(
            t: strings, title: effective.title.text(language), provinceName: engine.units.latestVersion(province)?.name ?? province.rawValue,
            action: Paths.thresholdEditor(national.id, province: province), csrf: context.identity.csrfToken, basedOn: typed.basedOn,
            sourceTitle: typed.sourceTitle, sourceURL: typed.sourceURL, sourceProblem: problems["sourceTitle"], formProblem: problems["form"],
            banner: banner, indicators: rows, backHref: Paths.criteriaSet(national.id) + "?province=\(province)")
        let body = try services.pages.render("threshold-editor", view)
        let anyProblem = !problems.isEmpty || !banner.isEmpty
        return try services.pages.page(
            title: "\(strings["thresholdEditor"] ?? ""): \(view.title)", body: body, context: context, path: Paths.criteria,
            status: status ?? (anyProblem ? .unprocessableContent : .ok))
    }
}
