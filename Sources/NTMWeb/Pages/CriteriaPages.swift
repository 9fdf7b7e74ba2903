import Foundation
import Hummingbird
import NTMCore

/// The criteria sets in force: legal basis, every threshold with its source, what is still unset, and the
/// province's overlay.
struct CriteriaPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.criteria)) { _, context in try await list(context: context) }
        router.get("\(Paths.criteria)/:id") { request, context in try await detail(request, context: context) }
    }

    struct SetRow {
        let href: String
        let title: String
        let level: String
        let decision: String
        let validity: String
        let counts: String
        let incomplete: Bool
        let overlays: String?
    }

    struct ListView {
        let t: [String: String]
        let sets: [SetRow]
        let documentsHref: String
    }

    func list(context: SignedInContext) async throws -> Response {
        let language = context.language
        let catalog = try await services.evaluation.currentEngine().catalog
        let rows = catalog.sets.map { set in
            SetRow(
                href: Paths.criteriaSet(set.id), title: set.title.text(language), level: set.level.name(language),
                decision: set.legalBasis.citation(language), validity: set.validity.vietnamese,
                counts: "\(set.criteria.count) / \(set.allIndicators.count)", incomplete: !set.completeness.isComplete,
                overlays: Optional(catalog.overlays.filter { $0.base == set.id }.map { $0.title.text(language) }.joined(separator: "; ")).nonEmpty)
        }
        let strings = UIStrings.table(language)
        let body = try services.pages.render("criteria-list", ListView(t: strings, sets: rows, documentsHref: Paths.criteriaDocuments))
        return try services.pages.page(title: strings["criteria"] ?? "", body: body, context: context, path: Paths.criteria)
    }

    struct ThresholdView {
        let value: String
        let scope: String
        let year: String?
        let source: String
        let sourceURL: String?
        let illustrative: Bool
        let fromOverlay: Bool
    }

    struct IndicatorView {
        let code: String
        let name: String
        let kind: String
        let comparator: String?
        let unit: String?
        let thresholds: [ThresholdView]
        let unset: Bool
        let condition: String?
        let derived: Bool
    }

    struct CriterionView {
        let number: Int
        let name: String
        let responsible: String?
        let indicators: [IndicatorView]
    }

    struct DetailView {
        let t: [String: String]
        let title: String
        let decision: String
        let validity: String
        let level: String
        let incomplete: Bool
        let note: String?
        let overlays: [String]
        let criteria: [CriterionView]
        let missing: [String]
        let sources: [SourceReference]
        /// The office's threshold editor for the province shown; nil for other roles or without a province.
        let editorHref: String?
        let documentsHref: String
        /// After the threshold editor saved: the document and version, linked to its versions page.
        let saved: String?
        let savedHref: String?
    }

    func detail(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let catalog = try await services.evaluation.currentEngine().catalog
        let id = CriteriaSetID(context.parameters.get("id") ?? "")
        guard let national = catalog.set(id) else { throw AppError.notFound(LocalizedText(vi: "bộ tiêu chí \(id)", en: "criteria set \(id)")) }
        let province = Query(request: request).string("province").map { UnitCode($0) } ?? services.configuration.defaultScope
        let set = catalog.effectiveSet(national, province: province)
        let saved = Query(request: request).string("saved").map { String($0.prefix(120)) }
        func source(_ threshold: Threshold) -> (String, String?) {
            let reference = set.source(threshold.source)
            return (reference?.title ?? threshold.source, reference?.url)
        }
        let criteria = set.criteria.map { criterion in
            CriterionView(
                number: criterion.number, name: criterion.name.text(language),
                responsible: criterion.responsible.map { assignment in
                    (set.department(assignment.department)?.name.text(language) ?? assignment.department)
                        + (assignment.illustrative ? " (\(UIStrings.table(language)["illustrative"] ?? ""))" : "")
                },
                indicators: criterion.indicators.map { indicator in
                    IndicatorView(
                        code: indicator.code.rawValue, name: indicator.displayName(language),
                        kind: indicator.derivation != nil
                            ? (language == .vi ? "Tính từ kết quả các xã" : "Derived from commune results")
                            : indicator.kind?.name(language) ?? (language == .vi ? "chưa xác định" : "not set"),
                        comparator: indicator.effectiveComparator?.symbol, unit: indicator.unit?.text(language),
                        thresholds: indicator.thresholds.map { threshold in
                            let (title, url) = source(threshold)
                            var fromOverlay = false
                            if case .overlay = threshold.origin { fromOverlay = true }
                            return ThresholdView(
                                value: threshold.value.text(language), scope: threshold.scope.label,
                                year: threshold.year.map(String.init), source: title, sourceURL: url,
                                illustrative: threshold.illustrative, fromOverlay: fromOverlay)
                        },
                        unset: indicator.thresholds.isEmpty && indicator.derivation == nil && indicator.kind != .passFail,
                        condition: indicator.notApplicableWhen.map { rule in
                            set.condition(rule.condition)?.question.text(language) ?? rule.condition.rawValue
                        },
                        derived: indicator.derivation != nil)
                })
        }
        let strings = UIStrings.table(language)
        let view = DetailView(
            t: strings, title: set.title.text(language), decision: set.legalBasis.citation(language), validity: set.validity.vietnamese,
            level: set.level.name(language), incomplete: !set.completeness.isComplete, note: set.note,
            overlays: province.map {
                catalog.overlays(for: national.id, province: $0).map {
                    "\($0.title.text(language))\($0.illustrative ? " — \(strings["illustrative"] ?? "")" : "")"
                }
            } ?? [],
            criteria: criteria, missing: set.missingItems().map { $0.text(language) }, sources: set.sources,
            editorHref: AccessPolicy.canAdminister(context.account) ? province.map { Paths.thresholdEditor(national.id, province: $0) } : nil,
            documentsHref: Paths.criteriaDocuments, saved: saved,
            savedHref: saved.map { Paths.criteriaDocument(String($0.prefix { $0 != "@" })) + "?compare=1" })
        let body = try services.pages.render("criteria-set", view)
        return try services.pages.page(title: view.title, body: body, context: context, path: Paths.criteriaSet(id), query: request.uri.query)
    }
}
