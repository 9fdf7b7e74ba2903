/// Everything needed to judge units: the hierarchy, the criteria catalog, observations and registrations.
///
/// A value type: copies are cheap until written, and a store keeps the one current copy.
public struct EvaluationEngine: Sendable {
    public let units: UnitHierarchy
    public let catalog: CriteriaCatalog
    public private(set) var observations: ObservationIndex
    public private(set) var registrations: RegistrationBook
    /// Compiled sets, shared by the engine's copies (they share its catalog and table layouts).
    let compiledSets = SharedCache<CompiledSetKey, CompiledCriteriaSet>()
    /// Rosters of roll-ups, shared likewise (they depend on the unit tree only).
    let rosters = SharedCache<RosterKey, CommuneRoster>(limit: RosterKey.limit)

    public init(
        units: UnitHierarchy, catalog: CriteriaCatalog, observations: [Observation] = [],
        registrations: [Registration] = []
    ) throws(EngineError) {
        self.units = units
        self.catalog = catalog
        self.observations = ObservationIndex(catalog: catalog)
        self.registrations = RegistrationBook(registrations)
        for observation in observations { try record(observation) }
        compactObservations()
    }

    /// Validates and stores a value; later values for the same day supersede earlier ones.
    public mutating func record(_ observation: Observation) throws(EngineError) {
        try validate(observation)
        observations.insert(observation)
    }

    /// Puts back a value read from the store, which validated it when it was written. Returns false when
    /// the loaded criteria no longer know its set or code (e.g. a criteria file was replaced), so callers can report it.
    @discardableResult
    public mutating func restore(_ observation: Observation) -> Bool {
        observations.insert(observation)
    }

    /// Puts back many values read from the store at once; returns how many the loaded criteria no longer know.
    /// Faster than `restore` one by one: each run of values of one set finds its table once.
    public mutating func restore(contentsOf batch: [Observation]) -> Int {
        observations.insert(contentsOf: batch)
    }

    /// Lays the stored values out without the room cells left as they grew, in the order evaluation reads them.
    /// Call once after recording or restoring many values; judging is then a sequential read.
    public mutating func compactObservations() {
        observations.compact()
    }

    public mutating func register(_ registration: Registration) {
        registrations.add(registration)
    }

    /// Checks an observation against the set it names, as that set applies in the unit's province.
    public func validate(_ observation: Observation) throws(EngineError) {
        let id = observation.criteriaSet
        guard let set = catalog.scope(of: id) else { throw .unknownCriteriaSet(id) }
        guard set.validity.contains(observation.date) else {
            throw .dateOutsideSet(set: id, date: observation.date, validity: set.validity)
        }
        guard let unit = units.unit(observation.unit, on: observation.date) else {
            throw .unknownUnit(observation.unit, on: observation.date)
        }
        guard set.appliesTo.contains(unit.kind) else { throw .unitNotAssessed(unit.code, kind: unit.kind, set: id) }
        let province = units.province(of: unit.code, on: observation.date)?.code
        guard let observable = catalog.observableKind(set: id, province: province, code: observation.indicator) else {
            throw .unknownIndicator(observation.indicator, set: id)
        }
        do {
            try observation.value.validate(for: observable)
        } catch {
            throw .invalidValue(unit: observation.unit, indicator: observation.indicator, error)
        }
    }

    /// The set that judges `code` on `date` — the commune or district set by the unit's kind — with the
    /// overlays of its province applied: what a data-entry form for that unit asks for.
    public func criteriaSet(for code: UnitCode, on date: LocalDate) throws(EngineError) -> CriteriaSet {
        let unit = try assessedUnit(code, on: date)
        return try sets(for: unit, level: unit.kind.assessmentLevel, on: date).effective
    }

    /// The set that judges `unit` on `date`, with its province's overlays, compiled for that year (once per engine).
    func compiledSet(for unit: AdministrativeUnit, level: AssessmentLevel, on date: LocalDate) throws(EngineError) -> CompiledCriteriaSet {
        let (national, effective, province) = try sets(for: unit, level: level, on: date)
        let key = CompiledSetKey(set: national.id, province: province, year: date.year)
        return compiledSets.value(key) { CompiledCriteriaSet(set: effective, table: observations.table(national.id), year: date.year) }
    }

    /// The communes a roll-up of `scope` on `date` covers and the rows they are tallied in (once per engine).
    func roster(_ scope: EvaluationScope, on date: LocalDate, grouping: LiveSummary.Grouping) throws(EngineError) -> CommuneRoster {
        if case .registered = scope { return try CommuneRoster(engine: self, scope: scope, on: date, grouping: grouping) }
        return try rosters.value(RosterKey(scope: scope, date: date, grouping: grouping)) { () throws(EngineError) in
            try CommuneRoster(engine: self, scope: scope, on: date, grouping: grouping)
        }
    }

    /// The national set in force for the unit's kind, the same set with its province's overlays, and that province.
    private func sets(
        for unit: AdministrativeUnit, level: AssessmentLevel,
        on date: LocalDate
    ) throws(EngineError) -> (national: CriteriaSet, effective: CriteriaSet, province: UnitCode?) {
        let national: CriteriaSet
        do { national = try catalog.setInForce(level: level, on: date, for: unit.kind) } catch {
            if let other = try? catalog.setInForce(level: level, on: date) {
                throw .unitNotAssessed(unit.code, kind: unit.kind, set: other.id)
            }
            throw .catalog(error)
        }
        let province = units.province(of: unit.code, on: date)?.code
        return (national, catalog.effectiveSet(national, province: province), province)
    }

    func assessedUnit(_ code: UnitCode, on date: LocalDate) throws(EngineError) -> AdministrativeUnit {
        guard let unit = units.unit(code, on: date) else { throw .unknownUnit(code, on: date) }
        return unit
    }
}

extension EvaluationEngine {
    /// What `code` is in `set` as the set applies to `unit` on `date`; nil when the set or code is unknown.
    public func observableKind(unit: UnitCode, set id: CriteriaSetID, code: IndicatorCode, on date: LocalDate) -> ObservableKind? {
        catalog.observableKind(set: id, province: units.province(of: unit, on: date)?.code, code: code)
    }
}
