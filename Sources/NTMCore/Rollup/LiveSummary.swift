/// A roll-up over a scope on one day that stays current: after a value changes, `refresh` re-judges
/// only the commune concerned and adjusts the tallies, instead of evaluating everything again.
public struct LiveSummary: Sendable {
    /// One commune in the scope and where it is tallied.
    struct Member: Sendable {
        var unit: AdministrativeUnit
        var province: UnitCode?
        /// Index into `compiledSets`.
        var compiled: Int
        var group: Int
        var region: Region?
        var communeGroup: CommuneGroup?
    }

    /// A reporting row: a district-level unit, or the province for communes directly under it.
    public struct GroupRow: Hashable, Sendable {
        public var code: UnitCode
        public var name: String
        public var kind: UnitKind
        public var province: UnitCode?
    }

    /// How communes are grouped into rows: by district (a province's view) or by province (the nation's). After the
    /// 2025 reform there are no districts; an office may still group its communes by the district they came from
    /// (`formerDistrict`), a label of convenience, not a level of government.
    public enum Grouping: String, Sendable, Codable {
        case district
        case province
        case formerDistrict = "former-district"
    }

    public let scope: EvaluationScope
    public let date: LocalDate
    public let bands: ResolvedBands
    public let grouping: Grouping
    public let criteriaSet: CriteriaSet
    public private(set) var groups: [GroupRow] = []
    public private(set) var groupTallies: [Tally] = []
    public private(set) var total: Tally
    var members: [Member] = []
    var memberIndex: [UnitCode: Int] = [:]
    var outcomes: [UnitOutcome] = []
    var compiledSets: [CompiledCriteriaSet] = []

    public init(
        engine: EvaluationEngine, scope: EvaluationScope, on date: LocalDate,
        bands scheme: BandScheme, grouping: Grouping = .district
    ) throws(EngineError) {
        self.scope = scope
        self.date = date
        self.grouping = grouping
        do {
            criteriaSet = try engine.catalog.setInForce(level: .commune, on: date, for: .commune)
        } catch {
            throw .catalog(error)
        }
        do { bands = try scheme.resolved(total: criteriaSet.criteria.count) } catch { throw .bands(error) }
        total = Tally(bands: bands.ranges.count, criteria: criteriaSet.criteria.count)
        var groupIndex: [UnitCode: Int] = [:]
        var compiledIndex: [UnitCode?: Int] = [:]
        for (commune, placement) in try Self.communes(in: scope, engine: engine, on: date) {
            let province = placement.province
            let groupUnit =
                switch grouping {
                case .province: province
                case .district: placement.districtLevel ?? province
                case .formerDistrict:
                    placement.districtLevel ?? engine.units.formerDistrict(of: commune.code, on: date) ?? province
                }
            let groupCode = groupUnit?.code ?? UnitCode("")
            let group: Int
            if let existing = groupIndex[groupCode] {
                group = existing
            } else {
                group = groups.count
                groupIndex[groupCode] = group
                groups.append(
                    GroupRow(
                        code: groupCode, name: groupUnit?.name ?? "", kind: groupUnit?.kind ?? .province,
                        province: province?.code))
                groupTallies.append(Tally(bands: bands.ranges.count, criteria: criteriaSet.criteria.count))
            }
            let compiled: Int
            if let existing = compiledIndex[province?.code] {
                compiled = existing
            } else {
                compiled = compiledSets.count
                compiledIndex[province?.code] = compiled
                compiledSets.append(try engine.compiledSet(for: commune, level: .commune, on: date))
            }
            memberIndex[commune.code] = members.count
            members.append(
                Member(
                    unit: commune, province: province?.code, compiled: compiled, group: group, region: placement.region,
                    communeGroup: engine.units.communeGroup(of: commune.code, on: date)))
        }
        outcomes = Array(repeating: UnitOutcome(), count: members.count)
        let table = engine.observations.table(criteriaSet.id)
        for index in members.indices { evaluateMember(index, table: table) }
    }

    /// Where a commune sits, carried down the tree walk instead of looked up per commune.
    struct Placement {
        var province: AdministrativeUnit?
        var districtLevel: AdministrativeUnit?
        var region: Region?
    }

    /// The communes a scope covers on a day with where they sit, in tree order: grouped by district,
    /// codes ascending within each.
    static func communes(
        in scope: EvaluationScope, engine: EvaluationEngine,
        on date: LocalDate
    ) throws(EngineError) -> [(AdministrativeUnit, Placement)] {
        let units = engine.units
        var result: [(AdministrativeUnit, Placement)] = []
        func walk(_ unit: AdministrativeUnit, _ placement: Placement, keep: (UnitCode) -> Bool) {
            var placement = placement
            if placement.region == nil { placement.region = unit.region }
            if unit.kind == .province, placement.province == nil { placement.province = unit }
            if unit.kind.isDistrictLevel, placement.districtLevel == nil { placement.districtLevel = unit }
            if unit.kind.countsAsNTMCommune && keep(unit.code) { result.append((unit, placement)) }
            for child in units.children(of: unit.code, on: date) { walk(child, placement, keep: keep) }
        }
        func start(_ code: UnitCode, keep: (UnitCode) -> Bool) throws(EngineError) {
            guard let unit = units.unit(code, on: date) else { throw .unknownUnit(code, on: date) }
            // Seed the placement with the unit's ancestors, so a district scope still knows its province.
            let above = units.placement(of: code, on: date)
            walk(unit, Placement(province: above.province, districtLevel: above.districtLevel, region: above.region), keep: keep)
        }
        switch scope {
        case .everything:
            let roots = units.allVersions.filter { $0.parent == nil && $0.validity.contains(date) }.sorted { $0.code < $1.code }
            for root in roots { walk(root, Placement(), keep: { _ in true }) }
        case .unit(let code):
            try start(code, keep: { _ in true })
        case .registered(let year, let within):
            let registered = Set(engine.registrations.units(registeredFor: year, on: date))
            if let within {
                try start(within, keep: registered.contains)
            } else {
                for code in registered.sorted() {
                    guard let unit = units.unit(code, on: date) else { continue }
                    let above = units.placement(of: code, on: date)
                    if unit.kind.countsAsNTMCommune {
                        result.append((unit, Placement(province: above.province, districtLevel: above.districtLevel, region: above.region)))
                    }
                }
                result.sort { a, b in
                    let left = a.1.districtLevel?.code ?? "", right = b.1.districtLevel?.code ?? ""
                    return left != right ? left < right : a.0.code < b.0.code
                }
            }
        }
        return result
    }

    /// Judges one member. `table` is fetched by the caller and never stored, so that the engine's next
    /// write does not have to copy the observation table this summary would otherwise share.
    private mutating func evaluateMember(_ index: Int, table: ObservationIndex.Table?) {
        let member = members[index]
        let compiledSet = compiledSets[member.compiled]
        let row = table?.rows[member.unit.code]
        let slot = compiledSet.effectiveSlot(region: member.region, group: member.communeGroup, row: row, table: table, date: date)
        let outcome = compiledSet.outcome(row: row, table: table, date: date, slot: slot)
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
        evaluateMember(index, table: engine.observations.table(criteriaSet.id))
        return true
    }

    public func outcome(of unit: UnitCode) -> UnitOutcome? { memberIndex[unit].map { outcomes[$0] } }

    public var communeCodes: [UnitCode] { members.map(\.unit.code) }
}
