/// A criteria set as it applies in one province in one year, flattened for evaluation:
/// indicators in arrays and one threshold row per region (or group) so judging a value is a lookup.
/// A class, so the thousands of communes sharing one province's compiled set share it without copying.
final class CompiledCriteriaSet: Sendable {
    let set: CriteriaSet
    let indicators: [Indicator]
    /// Indicator index ranges, one per criterion, in the set's order.
    let criterionRanges: [Range<Int>]
    let criterionRules: [CriterionRule]
    let criterionComplete: [Bool]
    let preconditionRange: Range<Int>
    /// Observation column of each indicator (nil for derived ones).
    let columns: [Int?]
    let isDerived: [Bool]
    /// Observation column of the condition that takes each indicator out, if any.
    let conditionColumns: [Int?]
    let substitutions: [(column: Int, slot: Int)]
    /// `thresholds[slot][indicator]`, where the slot is the unit's region or group.
    let thresholds: [[ThresholdResolution]]
    let illustrative: [[Bool]]
    /// The hot path's copy of `thresholds`: just the values, `slot * indicators.count + indicator`.
    let limits: [ThresholdValue?]
    let comparators: [Comparator?]
    /// The columns the stored-values path reads per indicator, side by side: one load instead of two optionals.
    let steps: [Step]
    let year: Int

    struct Step: Sendable {
        /// Observation column, or -1 (derived indicators have none).
        var column: Int32
        /// Column of the condition that takes the indicator out, or -1.
        var condition: Int32
    }

    init(set: CriteriaSet, table: ObservationIndex.Table?, year: Int) {
        self.set = set
        self.year = year
        var indicators: [Indicator] = []
        var ranges: [Range<Int>] = []
        for criterion in set.criteria {
            let start = indicators.count
            indicators += criterion.indicators
            ranges.append(start..<indicators.count)
        }
        let preconditionStart = indicators.count
        indicators += set.preconditions
        self.indicators = indicators
        criterionRanges = ranges
        criterionRules = set.criteria.map(\.rule)
        criterionComplete = set.criteria.map(\.indicatorsComplete)
        preconditionRange = preconditionStart..<indicators.count
        columns = indicators.map { $0.derivation == nil ? table?.columns[$0.code] : nil }
        isDerived = indicators.map { $0.derivation != nil }
        conditionColumns = indicators.map { indicator in indicator.notApplicableWhen.flatMap { table?.columns[$0.condition] } }
        substitutions = set.regionSubstitutions.compactMap { substitution in
            guard let column = table?.columns[substitution.condition],
                let slot = Region.allCases.firstIndex(of: substitution.region)
            else { return nil }
            return (column, slot)
        }
        let selectors = CompiledCriteriaSet.selectors(for: set.dimension, year: year)
        thresholds = selectors.map { selector in indicators.map { $0.threshold(for: selector, dimension: set.dimension) } }
        illustrative = thresholds.map { row in
            row.map { if case .found(let threshold) = $0 { threshold.illustrative } else { false } }
        }
        limits = thresholds.flatMap { row in
            row.map { if case .found(let threshold) = $0 { threshold.value } else { nil } }
        }
        comparators = indicators.map(\.comparator)
        steps = zip(columns, conditionColumns).map { Step(column: Int32($0 ?? -1), condition: Int32($1 ?? -1)) }
    }

    /// One selector per slot: each region (or group) in order, then "none".
    private static func selectors(for dimension: ThresholdDimension, year: Int) -> [ThresholdSelector] {
        switch dimension {
        case .region:
            Region.allCases.map { ThresholdSelector(region: $0, group: nil, year: year) }
                + [ThresholdSelector(region: nil, group: nil, year: year)]
        case .communeGroup:
            CommuneGroup.allCases.map { ThresholdSelector(region: nil, group: $0, year: year) }
                + [ThresholdSelector(region: nil, group: nil, year: year)]
        case .none:
            [ThresholdSelector(region: nil, group: nil, year: year)]
        }
    }

    func slot(region: Region?, group: CommuneGroup?) -> Int {
        switch set.dimension {
        case .region: region.flatMap { Region.allCases.firstIndex(of: $0) } ?? Region.allCases.count
        case .communeGroup: group.flatMap { CommuneGroup.allCases.firstIndex(of: $0) } ?? CommuneGroup.allCases.count
        case .none: 0
        }
    }
}
