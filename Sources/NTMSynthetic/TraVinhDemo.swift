import NTMCore

/// A synthetic dataset: observations and registrations, labelled as synthetic in every source note.
public struct SyntheticDataset: Sendable {
    public var observations: [Observation]
    public var registrations: [Registration]
}

/// Why a synthetic plan cannot be turned into data.
public struct SyntheticDataError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Generates the Trà Vinh demo (85 xã, five dates) from `TraVinhDemoPlan`, deterministically.
public enum TraVinhDemo {
    public static let sourceNote = "Dữ liệu demo tổng hợp, không phải số liệu thật (synthetic demo data)"
    /// The dates values are recorded on: the plan's three anchors (31/12/2018, 30/06/2019, 31/12/2019) and two
    /// between them (30/06/2018, 30/09/2019), so a forecast made on 30/06/2019 has a year of history to learn from.
    public static let dates: [LocalDate] = ["2018-06-30", "2018-12-31", "2019-06-30", "2019-09-30", "2019-12-31"]
        .compactMap { LocalDate(iso: $0) }
    /// For each date, the anchor of `TraVinhDemoPlan.districtUnmet` it takes the district plan from.
    static let districtAnchor = [0, 0, 1, 1, 2]
    static let province: UnitCode = "84"
    static let noMarketCondition: IndicatorCode = "no-commercial-infrastructure-in-plan"

    public static func generate(units: UnitHierarchy, catalog: CriteriaCatalog) throws(SyntheticDataError) -> SyntheticDataset {
        let unmetCommuneCriteria = try unmetCriteriaByCommune()
        var observations: [Observation] = []
        for (dateIndex, date) in dates.enumerated() {
            let commune = try effectiveSet(.commune, kind: .commune, on: date, catalog: catalog)
            for code in allCommunes {
                let unmet = unmetCommuneCriteria[code]?[dateIndex] ?? []
                observations += try values(
                    for: code, set: commune, level: .commune, unmet: unmet, on: date,
                    skipping: TraVinhDemoPlan.noMarketInPlan.contains(code) ? [7] : [])
                if TraVinhDemoPlan.noMarketInPlan.contains(code) {
                    observations.append(
                        Observation(
                            unit: code, criteriaSet: commune.id, indicator: noMarketCondition, date: date,
                            value: .passFail(true), source: sourceNote))
                }
            }
            let district = try effectiveSet(.district, kind: .district, on: date, catalog: catalog)
            for (code, plan) in TraVinhDemoPlan.districtUnmet.sorted(by: { $0.key < $1.key }) {
                observations += try values(
                    for: code, set: district, level: .district, unmet: plan[districtAnchor[dateIndex]], on: date, skipping: [])
            }
        }
        for observation in observations where units.unit(observation.unit, on: observation.date) == nil {
            throw SyntheticDataError(description: "the demo plan names unit \(observation.unit), which does not exist on \(observation.date.iso)")
        }
        return SyntheticDataset(observations: observations, registrations: registrations())
    }

    static var allCommunes: [UnitCode] {
        (TraVinhDemoPlan.atStandardBy2018 + TraVinhDemoPlan.registered2019.map(\.0) + TraVinhDemoPlan.others.map(\.0)).sorted()
    }

    static func registrations() -> [Registration] {
        let note = "Đăng ký minh họa (synthetic demo registration)"
        return
            (TraVinhDemoPlan.reachedIn2018.map { Registration(unit: $0.0, targetYear: 2018, source: note) }
            + TraVinhDemoPlan.registered2019.map { Registration(unit: $0.0, targetYear: 2019, source: note) }
            + TraVinhDemoPlan.others.map { Registration(unit: $0.0, targetYear: $0.1, source: note) })
            .sorted { $0.unit < $1.unit }
    }

    private static func effectiveSet(
        _ level: AssessmentLevel, kind: UnitKind, on date: LocalDate,
        catalog: CriteriaCatalog
    ) throws(SyntheticDataError) -> CriteriaSet {
        do {
            return catalog.effectiveSet(try catalog.setInForce(level: level, on: date, for: kind), province: province)
        } catch {
            throw SyntheticDataError(description: error.description)
        }
    }

    /// Values for every indicator of a unit: indicators of met criteria meet their thresholds; each unmet
    /// criterion has one or two failing indicators, the same ones on every date until it is met.
    private static func values(
        for unit: UnitCode, set: CriteriaSet, level: AssessmentLevel, unmet: Set<Int>,
        on date: LocalDate, skipping: Set<Int>
    ) throws(SyntheticDataError) -> [Observation] {
        let selector = ThresholdSelector(region: .dbscl, group: nil, year: date.year)
        let synthesizer = ValueSynthesizer()
        var result: [Observation] = []
        for criterion in set.criteria where !skipping.contains(criterion.number) {
            let failing = unmet.contains(criterion.number) ? failingIndicators(of: criterion, unit: unit) : []
            for indicator in criterion.indicators where indicator.derivation == nil {
                guard case .found(let threshold) = indicator.threshold(for: selector, dimension: set.dimension) else {
                    throw SyntheticDataError(description: "indicator \(indicator.code) of \(set.id) has no threshold for Trà Vinh in \(date.year)")
                }
                var random = SeededRandom(unit.rawValue, indicator.code.rawValue, date.iso)
                guard
                    let value = synthesizer.value(
                        for: indicator, level: level, threshold: threshold.value,
                        meets: !failing.contains(indicator.code), random: &random)
                else {
                    throw SyntheticDataError(description: "cannot make a value for indicator \(indicator.code) against \(threshold.value.text(.en))")
                }
                result.append(
                    Observation(
                        unit: unit, criteriaSet: set.id, indicator: indicator.code, date: date,
                        value: value, source: sourceNote))
            }
        }
        return result
    }

    private static func failingIndicators(of criterion: Criterion, unit: UnitCode) -> Set<IndicatorCode> {
        let candidates = criterion.indicators.filter { $0.derivation == nil }
        guard !candidates.isEmpty else { return [] }
        var random = SeededRandom(unit.rawValue, "criterion", String(criterion.number))
        let first = random.int(in: 0...(candidates.count - 1))
        var failing: Set<IndicatorCode> = [candidates[first].code]
        if candidates.count >= 4 && random.next() % 2 == 0 {
            failing.insert(candidates[(first + 1) % candidates.count].code)
        }
        return failing
    }

    /// Chooses, for each xã not at the standard on every date, which criteria it misses on each of `dates`: nested
    /// over time (what is met stays met) and matching the per-criterion counts of 30/06/2019. Each xã has one
    /// order in which its criteria get met; on each date it misses the first (19 − criteria met) of that order.
    static func unmetCriteriaByCommune() throws(SyntheticDataError) -> [UnitCode: [Set<Int>]] {
        let briefing = 1, total = 19, communeCount = 85
        var plans: [(UnitCode, [Int])] = TraVinhDemoPlan.registered2019 + TraVinhDemoPlan.others.map { ($0.0, $0.2) }
        plans.sort { (total - $0.1[briefing], $0.0) > (total - $1.1[briefing], $1.0) }
        var quota: [Int: Int] = TraVinhDemoPlan.criterionMetOnBriefingDate.mapValues { communeCount - $0 }
        let neverMissed: Set<Int> = Set(quota.filter { $0.value == 0 }.keys)
        let freePool = [10, 13, 17, 9, 11, 14, 16, 12, 1, 18, 19, 8, 7].filter { quota[$0] == nil }
        var result: [UnitCode: [Set<Int>]] = [:]
        for (position, (code, counts)) in plans.enumerated() {
            let missing = total - counts[briefing]
            var atBriefing: [Int] = []
            for (number, _) in quota.filter({ $0.value > 0 }).sorted(by: { ($0.value, -$0.key) > ($1.value, -$1.key) })
            where atBriefing.count < missing {
                atBriefing.append(number)
                quota[number, default: 0] -= 1
            }
            var pool = freePool.rotated(by: position)
            while atBriefing.count < missing, let next = pool.first {
                pool.removeFirst()
                atBriefing.append(next)
            }
            let earlierExtra = Array(pool.prefix(max(0, counts[briefing] - counts[0])))
            // One criterion more was still missing on 30/06/2018.
            let mid2018Extra = Array(pool.dropFirst(earlierExtra.count).prefix(1))
            guard total - counts[2] <= atBriefing.count, atBriefing.count == missing,
                earlierExtra.count == counts[briefing] - counts[0], mid2018Extra.count == 1
            else {
                throw SyntheticDataError(description: "the plan for \(code) cannot be met")
            }
            if !Set(atBriefing).isDisjoint(with: neverMissed) {
                throw SyntheticDataError(description: "plan for \(code) misses a criterion all xã meet")
            }
            // Criteria fixed last are the quota ones (schools, roads): the slowest to build.
            let order = atBriefing + earlierExtra + mid2018Extra
            let met = [counts[0] - 1, counts[0], counts[1], metOnSeptember30(code, counts), counts[2]]
            result[code] = met.map { Set(order.prefix(total - $0)) }
        }
        for (code, unmet) in TraVinhDemoPlan.reachedIn2018 {
            guard TraVinhDemoPlan.atStandardBy2018.contains(code), Set(unmet).isDisjoint(with: neverMissed) else {
                throw SyntheticDataError(description: "the 2018 plan for \(code) cannot be met")
            }
            result[code] = [Set(unmet), [], [], [], []]
        }
        if let left = quota.first(where: { $0.value != 0 }) {
            throw SyntheticDataError(description: "criterion \(left.key) is missed by \(left.value) fewer xã than the reference says")
        }
        return result
    }

    /// Criteria met on 30/09/2019, between the briefing and the year's end: registered xã had done two thirds of
    /// the way (the three of Càng Long all of it), the others half of it, rounded down.
    private static func metOnSeptember30(_ code: UnitCode, _ counts: [Int]) -> Int {
        if TraVinhDemoPlan.reachedBySeptember2019.contains(code) { return counts[2] }
        let registered = TraVinhDemoPlan.registered2019.contains { $0.0 == code }
        return counts[1] + (counts[2] - counts[1]) * (registered ? 2 : 1) / (registered ? 3 : 2)
    }
}

extension Array {
    func rotated(by offset: Int) -> [Element] {
        guard !isEmpty else { return self }
        let shift = offset % count
        return Array(self[shift...] + self[..<shift])
    }
}
