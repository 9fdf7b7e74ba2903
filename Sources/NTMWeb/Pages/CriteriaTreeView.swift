import NTMCore
import NTMTasks

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
        /// For an unmet criterion: the department the province assigns it to, and the open tasks about it here.
        let responsible: Responsible?
    }

    struct Responsible {
        let name: String
        let href: String
        let tasks: [TaskWords.Row]
    }

    /// Who answers for an unmet criterion of the unit, and the tasks about it, from the organisations and the tasks.
    struct Responsibility {
        let directory: OrganisationDirectory
        let tasks: [DirectiveTask]
        let ancestry: [UnitCode]
        let date: LocalDate

        func of(_ criterion: CriterionResult, language: Language) -> Responsible? {
            guard criterion.status != .met, criterion.status != .notApplicable, let code = criterion.responsible?.department,
                let department = directory.organisation(.department(code))
            else { return nil }
            let about = tasks.filter { $0.concerns(criterion: criterion.number, in: ancestry) && $0.assignedOn <= date }
            return Responsible(
                name: department.name.text(language), href: Paths.with(Paths.department(code), ["date": date.iso]),
                tasks: about.map { TaskWords.row(TaskSummary($0, on: date, directory: directory, language: language), on: date, language: language) })
        }
    }

    struct Nearest {
        let label: String
        let needs: [String]
    }

    let criteria: [CriterionRow]
    let preconditions: [IndicatorRow]
    let nearest: [Nearest]

    init(_ evaluation: UnitEvaluation, language: Language, responsibility: Responsibility? = nil) {
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
                indicators: criterion.indicators.map(row), open: criterion.status != .met && criterion.status != .notApplicable,
                responsible: responsibility?.of(criterion, language: language))
        }
        preconditions = evaluation.preconditions.map(row)
        nearest = Self.nearest(evaluation, limit: 3).map { criterion in
            Nearest(
                label: "\(prefix)\(criterion.number) \(criterion.name)",
                needs: criterion.failingIndicators.map { result in
                    "\(result.code) \(result.name): " + (format.gap(result) ?? result.status.text(language))
                })
        }
    }

    /// Unmet criteria ordered by how little is missing (`CriterionResult.shortfall`).
    static func nearest(_ evaluation: UnitEvaluation, limit: Int) -> [CriterionResult] {
        evaluation.criteria.filter { $0.status == .notMet }.map { ($0, $0.shortfall) }.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
    }
}
