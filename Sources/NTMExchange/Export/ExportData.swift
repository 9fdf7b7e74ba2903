import NTMCore

/// What an export contains: the roll-up, each commune's explained evaluation and the values in force.
public struct ExportData: Sendable {
    public var summary: ScopeSummary
    public var evaluations: [UnitEvaluation]
    public var observations: [Observation]

    /// Collects everything for `scope` on `date` from the engine.
    public static func collect(
        engine: EvaluationEngine, scope: EvaluationScope, on date: LocalDate, bands: BandScheme,
        language: Language
    ) throws -> ExportData {
        let summary = try engine.summary(of: scope, on: date, bands: bands, language: language)
        var evaluations: [UnitEvaluation] = []
        var observations: [Observation] = []
        for row in summary.communeRows {
            let evaluation = try engine.evaluate(row.code, on: date, language: language)
            evaluations.append(evaluation)
            let codes =
                evaluation.criteria.flatMap(\.indicators).map(\.code)
                + (engine.catalog.set(evaluation.criteriaSet)?.conditions.map(\.id) ?? [])
            for code in codes {
                if let observation = engine.observations.latest(unit: row.code, set: evaluation.criteriaSet, code: code, on: date) {
                    observations.append(observation)
                }
            }
        }
        return ExportData(summary: summary, evaluations: evaluations, observations: observations)
    }
}
