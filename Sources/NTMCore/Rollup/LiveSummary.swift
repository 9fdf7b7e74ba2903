/// A roll-up over a scope on one day that stays current: after a value changes, `refresh` re-judges
/// only the commune concerned and adjusts the tallies, instead of evaluating everything again.
public struct LiveSummary: Sendable {
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
    public var criteriaSet: CriteriaSet { roster.criteriaSet }
    public var groups: [GroupRow] { roster.groups }
    public private(set) var groupTallies: [Tally] = []
    public private(set) var total: Tally
    let roster: CommuneRoster
    var members: [CommuneRoster.Member] { roster.members }
    var outcomes: [UnitOutcome] = []

    public init(
        engine: EvaluationEngine, scope: EvaluationScope, on date: LocalDate,
        bands scheme: BandScheme, grouping: Grouping = .district
    ) throws(EngineError) {
        self.scope = scope
        self.date = date
        self.grouping = grouping
        roster = try engine.roster(scope, on: date, grouping: grouping)
        do { bands = try scheme.resolved(total: roster.criteriaSet.criteria.count) } catch { throw .bands(error) }
        let criteria = roster.criteriaSet.criteria.count
        total = Tally(bands: bands.ranges.count, criteria: criteria)
        groupTallies = Array(repeating: Tally(bands: bands.ranges.count, criteria: criteria), count: roster.groups.count)
        outcomes = Array(repeating: UnitOutcome(), count: roster.members.count)
        let table = engine.observations.table(roster.criteriaSet.id)
        // Judged in the order the values are stored, not the tree's: the arena then streams through memory. In tree
        // order, reads jumped between rows and the national evaluation waited on memory for half its time.
        let rows = roster.members.map { table?.rows[$0.unit.code] ?? -1 }
        for index in rows.indices.sorted(by: { rows[$0] < rows[$1] }) {
            let outcome = judge(index, row: rows[index] < 0 ? nil : rows[index], table: table)
            outcomes[index] = outcome
            groupTallies[roster.members[index].group].add(outcome, band: bands.index(forMet: outcome.metCount), sign: 1)
        }
        // The total is the sum of its rows: adding each xã once per row instead of twice saved a tenth of the time.
        for tally in groupTallies { total.add(tally) }
    }

    /// Judges one member. `table` is fetched by the caller and never stored, so that the engine's next
    /// write does not have to copy the observation table this summary would otherwise share.
    private func judge(_ index: Int, row: Int?, table: ObservationIndex.Table?) -> UnitOutcome {
        let member = roster.members[index]
        let compiledSet = roster.compiledSets[member.compiled]
        let slot = compiledSet.effectiveSlot(region: member.region, group: member.communeGroup, row: row, table: table, date: date)
        return compiledSet.outcome(row: row, table: table, date: date, slot: slot)
    }

    /// Re-judges `unit` after its values changed; returns false when it is not in the scope.
    @discardableResult
    public mutating func refresh(_ unit: UnitCode, engine: EvaluationEngine) -> Bool {
        guard let index = roster.memberIndex[unit] else { return false }
        let old = outcomes[index]
        let band = bands.index(forMet: old.metCount)
        total.add(old, band: band, sign: -1)
        groupTallies[roster.members[index].group].add(old, band: band, sign: -1)
        let table = engine.observations.table(criteriaSet.id)
        let outcome = judge(index, row: table?.rows[unit], table: table)
        let newBand = bands.index(forMet: outcome.metCount)
        outcomes[index] = outcome
        total.add(outcome, band: newBand, sign: 1)
        groupTallies[roster.members[index].group].add(outcome, band: newBand, sign: 1)
        return true
    }

    public func outcome(of unit: UnitCode) -> UnitOutcome? { roster.memberIndex[unit].map { outcomes[$0] } }

    public var communeCodes: [UnitCode] { roster.members.map(\.unit.code) }
}
