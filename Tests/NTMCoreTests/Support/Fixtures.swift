import NTMCore

/// A small world for tests: one province in ĐBSCL with two districts, three xã, a ward and a township,
/// and a three-criterion set whose thresholds differ by region.
enum Fixtures {
    static let day = LocalDate(year: 2019, month: 6, day: 30)!
    static let set: CriteriaSetID = "test-set"

    static func units(communeWithoutRegion: Bool = false) throws -> UnitHierarchy {
        try UnitHierarchy(units: [
            AdministrativeUnit(code: "1", name: "Tỉnh Thử", kind: .province, region: communeWithoutRegion ? nil : .dbscl),
            AdministrativeUnit(code: "10", name: "Huyện A", kind: .district, parent: "1"),
            AdministrativeUnit(code: "11", name: "Huyện B", kind: .district, parent: "1"),
            AdministrativeUnit(code: "100", name: "Xã An", kind: .commune, parent: "10"),
            AdministrativeUnit(code: "101", name: "Xã Bình", kind: .commune, parent: "10"),
            AdministrativeUnit(code: "102", name: "Thị trấn A", kind: .township, parent: "10"),
            AdministrativeUnit(code: "110", name: "Xã Chánh", kind: .commune, parent: "11"),
            AdministrativeUnit(code: "111", name: "Phường B", kind: .ward, parent: "11"),
        ])
    }

    static func threshold(_ value: ThresholdValue, _ scope: ThresholdScope = .all, year: Int? = nil, illustrative: Bool = false) -> Threshold {
        Threshold(value: value, scope: scope, year: year, source: "S1", illustrative: illustrative, origin: .criteriaSet(set))
    }

    /// Criterion 1: planning (pass-fail). Criterion 2: poverty ≤ 6 % and schools ≥ 80 % (ĐBSCL only).
    /// Criterion 3: income by year (2019 only) and no temporary houses; criterion 4: a market, not applicable
    /// when the plan has none.
    static func criteriaSet(
        validity: Validity = Validity(
            from: LocalDate(year: 2016, month: 12, day: 1)!,
            until: LocalDate(year: 2022, month: 3, day: 7)!)
    ) -> CriteriaSet {
        CriteriaSet(
            id: set, title: LocalizedText(vi: "Bộ thử", en: "Test set"), level: .commune,
            legalBasis: LegalBasis(decision: "1/QĐ-TEST", signedOn: LocalDate(year: 2016, month: 10, day: 17)),
            validity: validity, dimension: .region,
            criteria: [
                Criterion(
                    number: 1, name: LocalizedText(vi: "Quy hoạch"),
                    indicators: [
                        Indicator(code: "1.1", name: LocalizedText(vi: "Có quy hoạch"), kind: .passFail, thresholds: [threshold(.met)])
                    ]),
                Criterion(
                    number: 2, name: LocalizedText(vi: "Xã hội"),
                    indicators: [
                        Indicator(
                            code: "2.1", name: LocalizedText(vi: "Tỷ lệ hộ nghèo"), kind: .percentage, comparator: .atMost,
                            thresholds: [threshold(.number(FixedDecimal(6)))]),
                        Indicator(
                            code: "2.2", name: LocalizedText(vi: "Tỷ lệ trường đạt chuẩn"), kind: .percentage, comparator: .atLeast,
                            thresholds: [threshold(.number(FixedDecimal(80)), .region(.dbscl))]),
                    ]),
                Criterion(
                    number: 3, name: LocalizedText(vi: "Thu nhập, nhà ở"),
                    indicators: [
                        Indicator(
                            code: "3.1", name: LocalizedText(vi: "Thu nhập"), kind: .amount, comparator: .atLeast,
                            thresholds: [threshold(.number(FixedDecimal(45)), .region(.dbscl), year: 2019)], years: 2016...2020),
                        Indicator(code: "3.2", name: LocalizedText(vi: "Nhà tạm"), kind: .mustBeNone, thresholds: [threshold(.none)]),
                    ]),
                Criterion(
                    number: 4, name: LocalizedText(vi: "Chợ"),
                    indicators: [
                        Indicator(
                            code: "4", name: LocalizedText(vi: "Có chợ"), kind: .passFail, thresholds: [threshold(.met)],
                            notApplicableWhen: NotApplicableRule(condition: "no-market"))
                    ]),
            ],
            conditions: [ConditionDefinition(id: "no-market", question: LocalizedText(vi: "Quy hoạch không có chợ"))],
            sources: [SourceReference(id: "S1", title: "Nguồn thử")])
    }

    static func catalog(_ sets: [CriteriaSet]? = nil, overlays: [CriteriaOverlay] = []) throws -> CriteriaCatalog {
        try CriteriaCatalog(sets: sets ?? [criteriaSet()], overlays: overlays)
    }

    static func observation(
        _ unit: UnitCode, _ code: IndicatorCode, _ value: ObservationValue,
        on date: LocalDate = day
    ) -> Observation {
        Observation(unit: unit, criteriaSet: set, indicator: code, date: date, value: value)
    }

    /// Values that meet every indicator of `criteriaSet()`.
    static func allMet(_ unit: UnitCode, on date: LocalDate = day) -> [Observation] {
        [
            observation(unit, "1.1", .passFail(true), on: date),
            observation(unit, "2.1", .ratio(numerator: 3, denominator: 100), on: date),
            observation(unit, "2.2", .ratio(numerator: 4, denominator: 5), on: date),
            observation(unit, "3.1", .amount(FixedDecimal(50)), on: date),
            observation(unit, "3.2", .count(0), on: date),
            observation(unit, "4", .passFail(true), on: date),
        ]
    }

    static func engine(
        observations: [Observation] = [], registrations: [Registration] = [],
        communeWithoutRegion: Bool = false
    ) throws -> EvaluationEngine {
        try EvaluationEngine(
            units: units(communeWithoutRegion: communeWithoutRegion), catalog: catalog(),
            observations: observations, registrations: registrations)
    }

    static let threeBands = BandScheme(
        id: "test", title: LocalizedText(vi: "Thử"),
        bands: [
            Band(id: "all", min: .allMinus(0), max: .allMinus(0)),
            Band(id: "2-3", min: .criteria(2), max: .allMinus(1)),
            Band(id: "below-2", min: .criteria(0), max: .criteria(1)),
        ],
        alerts: [BandAlert(id: "below-1", below: 1)])
}

extension LocalDate: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = LocalDate(iso: value)!
    }
}
