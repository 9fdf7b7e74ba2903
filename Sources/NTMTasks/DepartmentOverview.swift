import NTMCore

/// A department's view of the province on a day: the criteria it answers for, where each is unmet and how far,
/// the communes nearest to meeting it first, and the tasks it leads. The numbers are the engine's roll-up; the
/// distances come from each commune's explained evaluation.
public struct DepartmentOverview: Sendable {
    /// A commune that does not meet the criterion, with what it lacks.
    public struct Shortfall: Sendable {
        public var code: UnitCode
        public var name: String
        public var district: String
        public var shortfall: CriterionShortfall
        /// The indicators that keep it from met, with their values and gaps.
        public var failing: [IndicatorResult]
    }

    public struct CriterionLine: Sendable {
        public var number: Int
        public var name: LocalizedText
        public var communesMeeting: Int
        public var communes: Int
        /// Nearest to met first.
        public var unmet: [Shortfall]
    }

    public var department: Organisation
    public var scopeName: String
    public var date: LocalDate
    public var criteria: [CriterionLine]
    /// The tasks it leads that were given by the day.
    public var tasks: [DirectiveTask]

    /// The overview of `department` over the communes of `scope` on `date`; nil when no such department exists.
    public static func build(
        department code: String, scope: UnitCode, on date: LocalDate, engine: EvaluationEngine, tasks: [DirectiveTask]
    ) throws(EngineError) -> DepartmentOverview? {
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        guard let department = directory.organisation(.department(code)) else { return nil }
        let summary = try engine.summary(of: .unit(scope), on: date, bands: .standardOnly)
        let assigned = directory.criteriaSet(about: scope, on: date)?.criteria.filter { $0.responsible?.department == code } ?? []
        var explained: [UnitCode: UnitEvaluation] = [:]
        let lines = assigned.map { criterion in
            let rows = summary.communeRows.filter { $0.unmetCriteria.contains(criterion.number) }
            let unmet: [Shortfall] = rows.compactMap { row in
                if explained[row.code] == nil { explained[row.code] = try? engine.evaluate(row.code, on: date) }
                guard let result = explained[row.code]?.criteria.first(where: { $0.number == criterion.number }) else { return nil }
                return Shortfall(
                    code: row.code, name: row.name, district: row.district, shortfall: result.shortfall, failing: result.failingIndicators)
            }
            .sorted { ($0.shortfall, $0.name) < ($1.shortfall, $1.name) }
            return CriterionLine(
                number: criterion.number, name: criterion.name,
                communesMeeting: summary.criteria.first { $0.number == criterion.number }?.communesMeeting ?? 0, communes: summary.communes,
                unmet: unmet)
        }
        return DepartmentOverview(
            department: department, scopeName: summary.scopeName, date: date, criteria: lines,
            tasks: tasks.filter { $0.lead == .department(code) && $0.assignedOn <= date })
    }
}
