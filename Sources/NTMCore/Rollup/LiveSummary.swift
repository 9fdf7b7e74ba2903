/// A roll-up over a scope on one day that stays current: after a value changes, `refresh` re-judges
/// only the commune concerned and adjusts the tallies, instead of evaluating everything again.
public struct LiveSummary: Sendable {
    /// One commune in the scope and where it is tallied.
    struct Member: Sendable {
        var unit: AdministrativeUnit
        var province: UnitCode?
        var group: Int
    }

    /// A reporting row: a district-level unit, or the province for communes directly under it.
    public struct GroupRow: Hashable, Sendable {
        public var code: UnitCode
        public var name: String
        public var kind: UnitKind
        public var province: UnitCode?
    }

    public let scope: EvaluationScope
    public let date: LocalDate
    public let bands: ResolvedBands
    public let criteriaSet: CriteriaSet
    public private(set) var groups: [GroupRow] = []
    public private(set) var groupTallies: [Tally] = []
    public private(set) var total: Tally
    var members: [Member] = []
    var memberIndex: [UnitCode: Int] = [:]
    var outcomes: [UnitOutcome] = []
    var compiled: [UnitCode?: CompiledCriteriaSet] = [:]

    public init(engine: EvaluationEngine, scope: EvaluationScope, on date: LocalDate,
                bands scheme: BandScheme) throws(EngineError) {
        self.scope = scope
        self.date = date
        do {
            criteriaSet = try engine.catalog.setInForce(level: .commune, on: date, for: .commune)
        } catch {
            throw .catalog(error)
        }
        do { bands = try scheme.resolved(total: criteriaSet.criteria.count) } catch { throw .bands(error) }
        total = Tally(bands: bands.ranges.count, criteria: criteriaSet.criteria.count)
        var groupIndex: [UnitCode: Int] = [:]
        for commune in try Self.communes(in: scope, engine: engine, on: date) {
            let province = engine.units.province(of: commune.code, on: date)
            let groupUnit = engine.units.districtLevelUnit(of: commune.code, on: date) ?? province
            let groupCode = groupUnit?.code ?? UnitCode("")
            let group: Int
            if let existing = groupIndex[groupCode] { group = existing } else {
                group = groups.count
                groupIndex[groupCode] = group
                groups.append(GroupRow(code: groupCode, name: groupUnit?.name ?? "", kind: groupUnit?.kind ?? .province,
                                       province: province?.code))
                groupTallies.append(Tally(bands: bands.ranges.count, criteria: criteriaSet.criteria.count))
            }
            if compiled[province?.code] == nil {
                compiled[province?.code] = try engine.compiledSet(for: commune, level: .commune, on: date)
            }
            memberIndex[commune.code] = members.count
            members.append(Member(unit: commune, province: province?.code, group: group))
        }
        outcomes = Array(repeating: UnitOutcome(), count: members.count)
        for index in members.indices { evaluateMember(index, engine: engine) }
    }

    /// The communes a scope covers on a day, grouped by district and in code order.
    static func communes(in scope: EvaluationScope, engine: EvaluationEngine, on date: LocalDate) throws(EngineError) -> [AdministrativeUnit] {
        let units = engine.units
        let list: [AdministrativeUnit]
        switch scope {
        case .everything:
            list = units.allCodes.compactMap { units.unit($0, on: date) }.filter { $0.kind.countsAsNTMCommune }
        case .unit(let code):
            guard units.unit(code, on: date) != nil else { throw .unknownUnit(code, on: date) }
            list = units.communes(under: code, on: date)
        case .registered(let year, let within):
            if let within, units.unit(within, on: date) == nil { throw .unknownUnit(within, on: date) }
            let allowed = within.map { Set(units.communes(under: $0, on: date).map(\.code)) }
            list = engine.registrations.units(registeredFor: year, on: date)
                .filter { allowed?.contains($0) ?? true }
                .compactMap { units.unit($0, on: date) }
                .filter { $0.kind.countsAsNTMCommune }
        }
        let districtOf = Dictionary(list.map { ($0.code, units.districtLevelUnit(of: $0.code, on: date)?.code ?? "") },
                                    uniquingKeysWith: { first, _ in first })
        return list.sorted { (districtOf[$0.code] ?? "", $0.code) < (districtOf[$1.code] ?? "", $1.code) }
    }

    private mutating func evaluateMember(_ index: Int, engine: EvaluationEngine) {
        let member = members[index]
        guard let compiledSet = compiled[member.province] else { return }
        let outcome = engine.outcome(of: member.unit, compiled: compiledSet, on: date)
        let band = bands.index(forMet: outcome.metCount)
        outcomes[index] = outcome
        total.add(outcome, band: band, sign: 1)
        groupTallies[member.group].add(outcome, band: band, sign: 1)
    }

    /// Re-judges `unit` after its values changed; returns false when it is not in the scope.
    @discardableResult
    public mutating func refresh(_ unit: UnitCode, engine: EvaluationEngine) -> Bool {
        guard let index = memberIndex[unit] else { return false }
        let old = outcomes[index]
        let band = bands.index(forMet: old.metCount)
        total.add(old, band: band, sign: -1)
        groupTallies[members[index].group].add(old, band: band, sign: -1)
        evaluateMember(index, engine: engine)
        return true
    }

    public func outcome(of unit: UnitCode) -> UnitOutcome? { memberIndex[unit].map { outcomes[$0] } }

    public var communeCodes: [UnitCode] { members.map(\.unit.code) }
}
