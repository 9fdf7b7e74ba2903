import NTMCore
import NTMSynthetic

/// The yardstick for the engine's full evaluation: the same national data judged the plainest fast way, written
/// apart from the engine. One column per indicator, each a run of (date, value) per xã in contiguous arrays;
/// judging is "latest value on or before the day, compared with the xã's threshold", criterion by criterion, then
/// a roll-up of criteria met and xã at the standard. It knows nothing of explanations, overlays, conditions or
/// substitutions (the generated data uses none), so it is the floor the engine is measured against.
struct PlainEvaluation {
    /// One indicator's values for every xã: xã `i` owns positions `offsets[i]..<offsets[i + 1]`, oldest first.
    struct Column {
        var offsets: [Int32]
        var dates: [LocalDate]
        var values: [ObservationValue]
        var comparator: Comparator?
    }

    let columns: [Column]
    /// `limits[province][indicator]`: the threshold that judges the xã of each province.
    let limits: [[ThresholdValue?]]
    let provinceOfCommune: [Int]
    let criterionRanges: [Range<Int>]
    let rules: [CriterionRule]

    init(dataset: NationalDataset) throws {
        let set = dataset.commune
        let indicators = set.criteria.flatMap(\.indicators)
        var ranges: [Range<Int>] = []
        var start = 0
        for criterion in set.criteria {
            ranges.append(start..<start + criterion.indicators.count)
            start += criterion.indicators.count
        }
        criterionRanges = ranges
        rules = set.criteria.map(\.rule)
        let position = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.code, $0) })
        let communeIndex = Dictionary(uniqueKeysWithValues: dataset.communes.enumerated().map { ($1, $0) })
        var perCell: [[[(LocalDate, ObservationValue)]]] = Array(
            repeating: Array(repeating: [], count: dataset.communes.count), count: indicators.count)
        try dataset.forEachObservation { observation in
            guard let column = position[observation.indicator], let row = communeIndex[observation.unit] else { return }
            perCell[column][row].append((observation.date, observation.value))
        }
        columns = perCell.enumerated().map { index, cells in
            var column = Column(offsets: [0], dates: [], values: [], comparator: indicators[index].comparator)
            for cell in cells {
                for (date, value) in cell.sorted(by: { $0.0 < $1.0 }) {
                    column.dates.append(date)
                    column.values.append(value)
                }
                column.offsets.append(Int32(column.dates.count))
            }
            return column
        }
        var provinceIndex: [UnitCode: Int] = [:]
        var limits: [[ThresholdValue?]] = []
        var provinceOfCommune: [Int] = []
        let year = dataset.dates[0].year
        for code in dataset.communes {
            guard let province = dataset.units.province(of: code, on: dataset.dates[0]) else { continue }
            if provinceIndex[province.code] == nil {
                provinceIndex[province.code] = limits.count
                let effective = dataset.catalog.effectiveSet(set, province: province.code)
                let selector = ThresholdSelector(region: province.region, group: nil, year: year)
                limits.append(
                    effective.criteria.flatMap(\.indicators).map { indicator in
                        if case .found(let threshold) = indicator.threshold(for: selector, dimension: effective.dimension) {
                            threshold.value
                        } else {
                            nil
                        }
                    })
            }
            provinceOfCommune.append(provinceIndex[province.code] ?? 0)
        }
        self.limits = limits
        self.provinceOfCommune = provinceOfCommune
    }

    /// Criteria met per xã and the number at the standard, on `date`.
    func evaluate(on date: LocalDate) -> (criteriaMet: Int, atStandard: Int) {
        let communes = provinceOfCommune.count
        var metBits = [UInt64](repeating: 0, count: communes)
        var met = [Int32](repeating: 0, count: communes), failed = [Int32](repeating: 0, count: communes)
        for (criterion, range) in criterionRanges.enumerated() {
            for index in met.indices {
                met[index] = 0
                failed[index] = 0
            }
            for indicator in range {
                let column = columns[indicator]
                column.dates.withUnsafeBufferPointer { dates in
                    for commune in 0..<communes {
                        var position = Int(column.offsets[commune + 1]) - 1
                        let first = Int(column.offsets[commune])
                        while position >= first && dates[position] > date { position -= 1 }
                        guard position >= first, let limit = limits[provinceOfCommune[commune]][indicator] else { continue }
                        if Self.meets(column.values[position], limit, column.comparator) { met[commune] += 1 } else { failed[commune] += 1 }
                    }
                }
            }
            let bit = UInt64(1) << UInt64(criterion)
            for commune in 0..<communes {
                let passes: Bool =
                    switch rules[criterion] {
                    case .allApplicable: failed[commune] == 0 && Int(met[commune]) == range.count
                    case .atLeast(let needed): Int(met[commune]) >= needed
                    }
                if passes { metBits[commune] |= bit }
            }
        }
        var criteriaMet = 0, atStandard = 0
        for bits in metBits {
            criteriaMet += bits.nonzeroBitCount
            if bits.nonzeroBitCount == criterionRanges.count { atStandard += 1 }
        }
        return (criteriaMet, atStandard)
    }

    @inline(__always)
    static func meets(_ value: ObservationValue, _ limit: ThresholdValue, _ comparator: Comparator?) -> Bool {
        switch (value, limit) {
        case (.passFail(let passed), .met): passed
        case (.count(let count), .none): count == 0
        case (_, .number(let number)):
            if let comparator, let order = value.compare(to: number) { comparator.isSatisfied(order) } else { false }
        default: false
        }
    }
}
