import NTMCore
import Testing

@Suite("Criteria and communes")
struct CriterionAndCommuneTests {
    @Test("a commune meeting every indicator reaches the standard")
    func reachesStandard() throws {
        let evaluation = try Fixtures.engine(observations: Fixtures.allMet("100")).evaluate("100", on: Fixtures.day)
        #expect(evaluation.criteriaMet == 4)
        #expect(evaluation.reachedStandard)
    }

    @Test("one failing indicator fails its criterion; missing data leaves it undetermined")
    func failingAndUndetermined() throws {
        var observations = Fixtures.allMet("100").filter { $0.indicator != "2.2" && $0.indicator != "3.2" }
        observations.append(Fixtures.observation("100", "3.2", .count(2)))
        let evaluation = try Fixtures.engine(observations: observations).evaluate("100", on: Fixtures.day)
        #expect(evaluation.criteria.map(\.status) == [.met, .undetermined, .notMet, .met])
        #expect(evaluation.criteriaMet == 2)
        #expect(evaluation.undeterminedCriteria == 1)
        #expect(!evaluation.reachedStandard)
    }

    @Test("a criterion whose indicators are all not applicable counts as met")
    func notApplicableCountsAsMet() throws {
        var observations = Fixtures.allMet("100").filter { $0.indicator != "4" }
        observations.append(Fixtures.observation("100", "no-market", .passFail(true)))
        let evaluation = try Fixtures.engine(observations: observations).evaluate("100", on: Fixtures.day)
        #expect(evaluation.criteria[3].status == .notApplicable)
        #expect(evaluation.reachedStandard)
    }

    @Test("'at least N' criteria and criteria with an incomplete indicator list")
    func otherRules() throws {
        var set = Fixtures.criteriaSet()
        set.criteria[1].rule = .atLeast(1)
        set.criteria[0].indicatorsComplete = false
        let engine = try EvaluationEngine(
            units: Fixtures.units(), catalog: Fixtures.catalog([set]),
            observations: [
                Fixtures.observation("100", "1.1", .passFail(true)),
                Fixtures.observation("100", "2.1", .ratio(numerator: 50, denominator: 100)),
                Fixtures.observation("100", "2.2", .ratio(numerator: 9, denominator: 10)),
            ])
        let evaluation = try engine.evaluate("100", on: Fixtures.day)
        #expect(evaluation.criteria[0].status == .undetermined)  // its one known indicator is met, but others exist
        #expect(evaluation.criteria[1].status == .met)
    }

    @Test("the compact roll-up path agrees with the detailed evaluation")
    func compactAgreesWithDetail() throws {
        let observations =
            Fixtures.allMet("100") + [
                Fixtures.observation("101", "1.1", .passFail(false)),
                Fixtures.observation("101", "3.2", .count(0)),
            ]
        let engine = try Fixtures.engine(observations: observations)
        let summary = try engine.summary(of: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        for row in summary.communeRows {
            let detail = try engine.evaluate(row.code, on: Fixtures.day)
            #expect(row.criteriaMet == detail.criteriaMet)
            #expect(row.reachedStandard == detail.reachedStandard)
            #expect(row.undeterminedCriteria == detail.undeterminedCriteria)
        }
    }

    @Test("wards cannot be judged by a commune set")
    func wardsAreNotAssessed() throws {
        #expect(throws: EngineError.unitNotAssessed("111", kind: .ward, set: Fixtures.set)) {
            try Fixtures.engine().evaluate("111", on: Fixtures.day)
        }
    }
}
