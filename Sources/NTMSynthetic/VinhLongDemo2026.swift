import NTMCore

/// The 2026 half of the demo: Vĩnh Long's xã after the 2025 reform, in synthetic commune groups, with synthetic values
/// on 30/06/2026 for the six 2026–2030 indicators the sources name, judged against the illustrative demo overlay.
/// Deterministic; every source note says synthetic. The set's other 41 indicators are unknown, so no xã can be found
/// at the standard: the demo shows what an office sees until it enters QĐ 51/2025's annex.
public enum VinhLongDemo2026 {
    public static let province: UnitCode = "86"
    public static let date = LocalDate(year: 2026, month: 6, day: 30) ?? TraVinhDemo.dates[0]
    public static let groupsFrom = LocalDate(year: 2026, month: 2, day: 15) ?? TraVinhDemo.dates[0]
    public static let groupNote = "Xếp nhóm minh họa (synthetic demo commune group)"

    /// Every xã of the province on the day: two in ten in G1, six in G2, two in G3, by a seeded draw.
    public static func groups(units: UnitHierarchy) -> [CommuneGroupAssignment] {
        var random = SeededRandom("vinhlong-2026-groups")
        return units.communes(under: province, on: date).filter { $0.kind == .commune }.sorted { $0.code < $1.code }.map { commune in
            let draw = random.unit()
            let group: CommuneGroup = draw < 0.2 ? .g1 : draw < 0.8 ? .g2 : .g3
            return CommuneGroupAssignment(unit: commune.code, group: group, effectiveFrom: groupsFrom, source: groupNote)
        }
    }

    /// One value per known indicator for each xã: about three in four meet their group's level.
    public static func observations(units: UnitHierarchy, catalog: CriteriaCatalog) throws(SyntheticDataError) -> [Observation] {
        let national: CriteriaSet
        do { national = try catalog.setInForce(level: .commune, on: date, for: .commune) } catch {
            throw SyntheticDataError(description: error.description)
        }
        let set = catalog.effectiveSet(national, province: province)
        var random = SeededRandom("vinhlong-2026-values")
        var result: [Observation] = []
        for commune in units.communes(under: province, on: date).filter({ $0.kind == .commune }).sorted(by: { $0.code < $1.code }) {
            guard let group = units.communeGroup(of: commune.code, on: date) else { continue }
            for indicator in set.allIndicators where indicator.kind != nil {
                let meets = random.unit() < 0.75
                guard
                    case .found(let threshold) = indicator.threshold(
                        for: ThresholdSelector(region: nil, group: group, year: 2026), dimension: set.dimension)
                else { continue }
                let value: ObservationValue
                switch (indicator.kind, threshold.value, indicator.effectiveComparator) {
                case (.passFail, _, _): value = .passFail(meets)
                case (_, .number(let level), .atMost?):
                    value = .percent(meets ? max(level - tenths(random.int(in: 0...5)), .zero) : level + tenths(random.int(in: 1...30)))
                case (_, .number(let level), _):
                    value = .percent(
                        meets ? min(level + tenths(random.int(in: 0...60)), .hundred) : max(level - tenths(random.int(in: 1...40)), .zero))
                default: continue
                }
                result.append(
                    Observation(
                        unit: commune.code, criteriaSet: set.id, indicator: indicator.code, date: date, value: value,
                        source: TraVinhDemo.sourceNote))
            }
        }
        return result
    }

    private static func tenths(_ count: Int) -> FixedDecimal { FixedDecimal(scaled: Int64(count) * FixedDecimal.scale / 10) }
}
