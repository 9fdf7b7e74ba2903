import NTMCore

/// A unit's evaluation as the commune and district pages show it: criteria, their indicators, and what is
/// nearest to being met.
struct CriteriaTreeView {
    struct IndicatorRow {
        let code: String
        let name: String
        let value: String?
        let observedOn: String?
        let threshold: String?
        let thresholdSource: String?
        let thresholdSourceURL: String?
        let illustrative: Bool
        let notConfigured: Bool
        let gap: String?
        let status: String
        let statusClass: String
        let evidence: String?
        let source: String?
        let historyHref: String
    }

    struct CriterionRow {
        let number: Int
        let name: String
        let status: String
        let statusClass: String
        let met: String
        let indicators: [IndicatorRow]
        let open: Bool
    }

    struct Nearest {
        let label: String
        let needs: [String]
    }

    let criteria: [CriterionRow]
    let preconditions: [IndicatorRow]
    let nearest: [Nearest]

    init(_ evaluation: UnitEvaluation, language: Language) {
        let format = Formatting(language: language)
        let prefix = language == .vi ? "TC" : "C"
        func row(_ result: IndicatorResult) -> IndicatorRow {
            var notConfigured = false
            if case .notConfigured = result.status { notConfigured = true }
            return IndicatorRow(
                code: result.code.rawValue, name: result.name, value: result.valueText(language),
                observedOn: result.observedOn.map { language == .vi ? $0.vietnamese : $0.iso },
                threshold: format.threshold(result), thresholdSource: result.thresholdSource?.title,
                thresholdSourceURL: result.thresholdSource?.url, illustrative: result.thresholdIllustrative,
                notConfigured: notConfigured, gap: format.gap(result), status: result.status.text(language),
                statusClass: Formatting.statusClass(result.status), evidence: result.evidence, source: result.observationSource,
                historyHref: Paths.with(Paths.history(evaluation.unit), ["indicator": result.code.rawValue, "set": evaluation.criteriaSet.rawValue]))
        }
        criteria = evaluation.criteria.map { criterion in
            CriterionRow(
                number: criterion.number, name: criterion.name, status: criterion.status.text(language),
                statusClass: Formatting.statusClass(criterion.status),
                met: "\(criterion.metIndicators)/\(criterion.applicableIndicators)",
                indicators: criterion.indicators.map(row), open: criterion.status != .met && criterion.status != .notApplicable)
        }
        preconditions = evaluation.preconditions.map(row)
        nearest = Self.nearest(evaluation, limit: 3).map { criterion in
            Nearest(
                label: "\(prefix)\(criterion.number) \(criterion.name)",
                needs: criterion.indicators.filter { $0.status != .met && $0.status.code != "not-applicable" }.map { result in
                    "\(result.code) \(result.name): " + (format.gap(result) ?? result.status.text(language))
                })
        }
    }

    /// Unmet criteria ordered by how little is missing: fewest failing indicators, then the smallest
    /// relative gaps (a criterion 1 point short of 70% comes before one 30 points short).
    static func nearest(_ evaluation: UnitEvaluation, limit: Int) -> [CriterionResult] {
        func distance(_ criterion: CriterionResult) -> (Int, Double) {
            var failing = 0
            var relative = 0.0
            for result in criterion.indicators where result.status != .met && result.status.code != "not-applicable" {
                failing += 1
                if let gap = result.gap, let threshold = result.threshold?.number, threshold != .zero {
                    relative += abs(gap.toMeet.doubleValue / threshold.doubleValue)
                } else {
                    relative += 1
                }
            }
            return (failing, relative)
        }
        return evaluation.criteria.filter { $0.status == .notMet }
            .map { ($0, distance($0)) }
            .sorted { $0.1 < $1.1 }
            .prefix(limit).map(\.0)
    }
}
