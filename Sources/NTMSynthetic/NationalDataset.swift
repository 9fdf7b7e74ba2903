import NTMCore

/// A generated national-scale dataset for benchmarks: 63 provinces in the 7 regions, about 8,900 xã,
/// every indicator of the 2016–2020 commune set observed on several dates. Thresholds the national set
/// leaves unset are filled per province by an illustrative overlay, as a province's own decision would.
public struct NationalDataset: Sendable {
    public let units: UnitHierarchy
    public let catalog: CriteriaCatalog
    public let communes: [UnitCode]
    public let dates: [LocalDate]
    public let commune: CriteriaSet

    public static let defaultDates: [LocalDate] = ["2018-06-30", "2018-12-31", "2019-06-30", "2019-12-31"].compactMap { LocalDate(iso: $0) }

    /// - Parameters:
    ///   - sets: the national sets (the commune set in force on `dates` is used).
    ///   - provinces: 63, the provinces of 2019.
    ///   - communesPerProvince: 141 gives 8,883 xã, close to the ≈8,900 the programme counted in 2019.
    public init(
        sets: [CriteriaSet], provinces: Int = 63, districtsPerProvince: Int = 10, communesPerProvince: Int = 141,
        dates: [LocalDate] = NationalDataset.defaultDates
    ) throws(SyntheticDataError) {
        guard let first = dates.first,
            let commune = sets.first(where: { $0.level == .commune && $0.validity.contains(first) })
        else {
            throw SyntheticDataError(description: "no commune set is in force on the benchmark dates")
        }
        var units: [AdministrativeUnit] = []
        var communes: [UnitCode] = []
        var overlays: [CriteriaOverlay] = []
        for p in 1...provinces {
            let province = UnitCode("P\(p)")
            let region = Region.allCases[(p - 1) % Region.allCases.count]
            units.append(AdministrativeUnit(code: province, name: "Tỉnh \(p)", kind: .province, region: region))
            for d in 1...districtsPerProvince {
                let district = UnitCode("P\(p)D\(d)")
                units.append(AdministrativeUnit(code: district, name: "Huyện \(p)-\(d)", kind: .district, parent: province))
            }
            for c in 1...communesPerProvince {
                let code = UnitCode("P\(p)C\(c)")
                units.append(
                    AdministrativeUnit(
                        code: code, name: "Xã \(p)-\(c)", kind: .commune,
                        parent: UnitCode("P\(p)D\((c - 1) % districtsPerProvince + 1)")))
                communes.append(code)
            }
            overlays.append(Self.fillingOverlay(for: commune, province: province, region: region, years: dates.map(\.year)))
        }
        do {
            self.units = try UnitHierarchy(units: units)
            self.catalog = try CriteriaCatalog(sets: sets, overlays: overlays)
        } catch {
            throw SyntheticDataError(description: "\(error)")
        }
        self.communes = communes
        self.dates = dates
        self.commune = commune
    }

    /// An overlay giving every cell the national set leaves empty for `region` an illustrative value.
    static func fillingOverlay(for set: CriteriaSet, province: UnitCode, region: Region, years: [Int]) -> CriteriaOverlay {
        var patches: [IndicatorPatch] = []
        for indicator in set.allIndicators where indicator.derivation == nil {
            let kind = indicator.kind ?? .passFail
            let comparator = kind.isNumeric ? (indicator.comparator ?? .atLeast) : nil
            var thresholds: [Threshold] = []
            for year in indicator.isYearDependent ? Array(Set(years)).sorted() : [0] {
                let selector = ThresholdSelector(region: region, group: nil, year: year)
                guard case .notConfigured = indicator.threshold(for: selector, dimension: set.dimension) else { continue }
                let value: ThresholdValue =
                    switch kind {
                    case .passFail: .met
                    case .mustBeNone: .none
                    case .percentage: .number(FixedDecimal(comparator == .atMost ? 10 : 80))
                    case .amount: .number(FixedDecimal(40))
                    case .count: .number(FixedDecimal(1))
                    }
                thresholds.append(
                    Threshold(
                        value: value, scope: .all, year: indicator.isYearDependent ? year : nil, source: "BENCH",
                        illustrative: true, origin: .overlay("bench-\(province)"), position: thresholds.count))
            }
            if indicator.kind == nil || !thresholds.isEmpty {
                patches.append(
                    IndicatorPatch(
                        code: indicator.code, kind: indicator.kind == nil ? kind : nil,
                        comparator: indicator.kind == nil ? comparator : nil, thresholds: thresholds))
            }
        }
        return CriteriaOverlay(
            id: "bench-\(province)", title: LocalizedText(vi: "Benchmark \(province)"), base: set.id,
            province: province, illustrative: true,
            sources: [SourceReference(id: "BENCH", title: "Synthetic benchmark value")], indicators: patches)
    }

    /// Calls `body` with every observation, so millions need never be held at once.
    public func forEachObservation(_ body: (Observation) throws -> Void) throws(SyntheticDataError) {
        let synthesizer = ValueSynthesizer()
        for code in communes {
            guard let province = units.province(of: code, on: dates[0]) else { continue }
            let set = catalog.effectiveSet(commune, province: province.code)
            let region = province.region
            var random = SeededRandom(code.rawValue)
            for date in dates {
                for criterion in set.criteria {
                    let criterionMet = random.unit() < 0.8
                    let failing = criterion.indicators.indices.randomElement(using: &random)
                    for (position, indicator) in criterion.indicators.enumerated() {
                        let selector = ThresholdSelector(region: region, group: nil, year: date.year)
                        guard case .found(let threshold) = indicator.threshold(for: selector, dimension: set.dimension),
                            let value = synthesizer.value(
                                for: indicator, threshold: threshold.value,
                                meets: criterionMet || position != failing, random: &random)
                        else { continue }
                        do {
                            try body(Observation(unit: code, criteriaSet: set.id, indicator: indicator.code, date: date, value: value))
                        } catch {
                            throw SyntheticDataError(description: "\(error)")
                        }
                    }
                }
            }
        }
    }
}
