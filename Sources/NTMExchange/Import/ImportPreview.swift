import NTMCore

/// What an import will change, shown before anything is written: each value next to the one in force, and each
/// commune's criteria count before and after. Computed on a copy of the engine with the new values as overrides,
/// so the preview is the evaluation the import will produce.
public struct ImportPreview: Sendable {
    public struct Line: Sendable, Hashable {
        public var unit: UnitCode
        public var unitName: String
        public var date: LocalDate
        /// "TC5", or nil for a condition.
        public var criterion: Int?
        public var indicator: IndicatorCode
        public var indicatorName: String
        /// The value in force on the date before the import, and the date it was recorded for.
        public var current: ObservationValue?
        public var currentDate: LocalDate?
        public var new: ObservationValue
        /// The new value equals the one in force: writing it records the same number again.
        public var unchanged: Bool { current == new }
    }

    /// One commune (or district) on one date: criteria met before and after the import.
    public struct UnitChange: Sendable, Hashable {
        public var unit: UnitCode
        public var name: String
        public var date: LocalDate
        public var before: Standing?
        public var after: Standing?
    }

    public struct Standing: Sendable, Hashable {
        public var met: Int
        public var total: Int
        public var hasData: Bool
        public var reachedStandard: Bool
    }

    public var lines: [Line]
    public var units: [UnitChange]

    public var changedCount: Int { lines.count(where: { !$0.unchanged }) }

    public init(_ plan: ImportPlan, engine: EvaluationEngine, language: Language) {
        var lines: [Line] = []
        var groups: [UnitDate: [IndicatorCode: ObservationValue]] = [:]
        var order: [UnitDate] = []
        for change in plan.changes {
            let observation = change.observation
            let set = try? engine.criteriaSet(for: observation.unit, on: observation.date)
            let indicator = set?.indicator(observation.indicator)
            let name =
                indicator?.displayName(language)
                ?? set?.condition(observation.indicator)?.question.text(language) ?? observation.indicator.rawValue
            let current = engine.observations.latest(
                unit: observation.unit, set: observation.criteriaSet, code: observation.indicator, on: observation.date)
            lines.append(
                Line(
                    unit: observation.unit, unitName: engine.units.unit(observation.unit, on: observation.date)?.name ?? observation.unit.rawValue,
                    date: observation.date, criterion: set?.criterion(containing: observation.indicator)?.number,
                    indicator: observation.indicator, indicatorName: name, current: current?.value, currentDate: current?.date,
                    new: observation.value))
            let key = UnitDate(unit: observation.unit, date: observation.date)
            if groups[key] == nil { order.append(key) }
            groups[key, default: [:]][observation.indicator] = observation.value
        }
        self.lines = lines
        units = order.map { key in
            let before = try? engine.evaluate(key.unit, on: key.date, language: language)
            let after = try? engine.evaluate(key.unit, on: key.date, language: language, overrides: groups[key] ?? [:])
            return UnitChange(
                unit: key.unit, name: before?.name ?? key.unit.rawValue, date: key.date, before: before.map(Standing.init),
                after: after.map(Standing.init))
        }
    }

    private struct UnitDate: Hashable {
        var unit: UnitCode
        var date: LocalDate
    }
}

extension ImportPreview.Standing {
    init(_ evaluation: UnitEvaluation) {
        self.init(
            met: evaluation.criteriaMet, total: evaluation.totalCriteria, hasData: evaluation.hasData,
            reachedStandard: evaluation.reachedStandard)
    }
}
