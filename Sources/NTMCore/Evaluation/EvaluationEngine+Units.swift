extension EvaluationEngine {
    /// Explains a commune against the commune set in force, or a district-level unit against the district set.
    /// `overrides` replaces stored values (by indicator or condition code): the live evaluation of a form being filled in.
    public func evaluate(
        _ code: UnitCode, on date: LocalDate, language: Language = .vi,
        overrides: [IndicatorCode: ObservationValue] = [:]
    ) throws(EngineError) -> UnitEvaluation {
        let unit = try assessedUnit(code, on: date)
        let level = unit.kind.assessmentLevel
        let compiled = try compiledSet(for: unit, level: level, on: date)
        guard compiled.set.appliesTo.contains(unit.kind) else {
            throw .unitNotAssessed(unit.code, kind: unit.kind, set: compiled.set.id)
        }
        let table = observations.table(compiled.set.id)
        let derived = level == .district ? try communeShare(under: unit.code, on: date) : nil
        return compiled.evaluation(
            of: unit, row: table?.rows[unit.code], table: table, observations: observations,
            date: date, region: units.region(of: unit.code, on: date),
            group: units.communeGroup(of: unit.code, on: date), derived: derived, overrides: overrides,
            registeredYear: registrations.targetYear(of: unit.code, on: date), language: language)
    }

    /// The compact verdict for one unit, given its compiled set.
    func outcome(
        of unit: AdministrativeUnit, compiled: CompiledCriteriaSet, on date: LocalDate,
        derived: ObservationValue? = nil
    ) -> UnitOutcome {
        let table = observations.table(compiled.set.id)
        let row = table?.rows[unit.code]
        let slot = compiled.effectiveSlot(
            region: units.region(of: unit.code, on: date),
            group: units.communeGroup(of: unit.code, on: date),
            row: row, table: table, date: date)
        return compiled.outcome(row: row, table: table, date: date, slot: slot, derived: derived)
    }

    /// The share of a district's xã at the standard, as numerator/denominator: the input of derived indicators.
    func communeShare(under code: UnitCode, on date: LocalDate) throws(EngineError) -> ObservationValue {
        let communes = units.communes(under: code, on: date)
        var atStandard: Int64 = 0
        for commune in communes {
            let compiled = try compiledSet(for: commune, level: .commune, on: date)
            if outcome(of: commune, compiled: compiled, on: date).reachedStandard { atStandard += 1 }
        }
        return .ratio(numerator: atStandard, denominator: Int64(communes.count))
    }
}
