import NTMCore
import Testing

@Suite("District criteria")
struct DistrictStandingTests {
    /// A district set with one criterion and the QĐ 558 precondition "100% of xã at the standard".
    func engine(communeObservations: [Observation]) throws -> EvaluationEngine {
        let district = CriteriaSet(
            id: "test-district", title: LocalizedText(vi: "Huyện thử"), level: .district, legalBasis: LegalBasis(decision: "2/QĐ-TEST"),
            validity: Fixtures.criteriaSet().validity, dimension: .none,
            criteria: [
                Criterion(
                    number: 1, name: LocalizedText(vi: "Quy hoạch huyện"),
                    indicators: [
                        Indicator(
                            code: "1.1", name: LocalizedText(vi: "Có quy hoạch"), kind: .passFail,
                            thresholds: [Threshold(value: .met, source: "D", origin: .criteriaSet("test-district"))])
                    ])
            ],
            preconditions: [
                Indicator(
                    code: "ĐK1", name: LocalizedText(vi: "100% xã đạt chuẩn"), kind: .percentage, comparator: .atLeast,
                    thresholds: [Threshold(value: .number(.hundred), source: "D", origin: .criteriaSet("test-district"))],
                    derivation: .shareOfCommunesAtStandard)
            ],
            sources: [SourceReference(id: "D", title: "Nguồn")])
        let observations =
            communeObservations + [
                Observation(
                    unit: "10", criteriaSet: "test-district", indicator: "1.1",
                    date: Fixtures.day, value: .passFail(true))
            ]
        return try EvaluationEngine(
            units: Fixtures.units(), catalog: Fixtures.catalog([Fixtures.criteriaSet(), district]),
            observations: observations)
    }

    @Test("a district reaches the standard only when all its xã do (derived from commune results)")
    func derivedPrecondition() throws {
        let partly = try engine(communeObservations: Fixtures.allMet("100")).evaluate("10", on: Fixtures.day)
        #expect(partly.criteriaMet == 1)
        #expect(partly.preconditions.first?.value == .ratio(numerator: 1, denominator: 2))
        #expect(partly.preconditions.first?.status == .notMet)
        #expect(!partly.reachedStandard)

        let complete = try engine(communeObservations: Fixtures.allMet("100") + Fixtures.allMet("101"))
        #expect(try complete.evaluate("10", on: Fixtures.day).reachedStandard)
        let summary = try complete.summary(of: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(summary.groups.first?.standing?.reachedStandard == true)
        #expect(summary.groups.last?.standing?.reachedStandard == false)
        #expect(summary.districtsAtStandard == 1)
    }

    @Test("a derived indicator cannot be entered")
    func derivedCannotBeEntered() throws {
        #expect(throws: EngineError.invalidValue(unit: "10", indicator: "ĐK1", .derivedIndicator)) {
            try engine(communeObservations: [
                Observation(
                    unit: "10", criteriaSet: "test-district", indicator: "ĐK1",
                    date: Fixtures.day, value: .percent(.hundred))
            ])
        }
    }
}
