extension EvaluationEngine {
    /// Rolls up a scope on a day in one pass; keep a `LiveSummary` instead when values will keep changing.
    public func summary(
        of scope: EvaluationScope, on date: LocalDate, bands: BandScheme,
        language: Language = .vi
    ) throws(EngineError) -> ScopeSummary {
        try LiveSummary(engine: self, scope: scope, on: date, bands: bands).summary(engine: self, language: language)
    }
}
