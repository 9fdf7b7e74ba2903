import NTMCore
import Testing

/// Evaluating values that are being typed in, without recording them.
@Suite("Evaluation with typed-in values")
struct OverrideTests {
    @Test("a typed value replaces the stored one for that evaluation only")
    func overrideReplacesStoredValue() throws {
        let engine = try Fixtures.engine(observations: Fixtures.allMet("100"))
        let typed = try engine.evaluate("100", on: Fixtures.day, overrides: ["2.1": .ratio(numerator: 9, denominator: 100)])
        #expect(typed.criteriaMet == 3)
        let poverty = try #require(typed.criteria.first { $0.number == 2 }?.indicators.first)
        #expect(poverty.status == .notMet)
        #expect(poverty.observedOn == nil, "a typed value has no stored date")
        #expect(try engine.evaluate("100", on: Fixtures.day).criteriaMet == 4)
    }

    @Test("a typed condition takes an indicator out of the assessment, or puts it back")
    func overrideCondition() throws {
        var observations = Fixtures.allMet("100").filter { $0.indicator != "4" }
        observations.append(Fixtures.observation("100", "4", .passFail(false)))
        let engine = try Fixtures.engine(observations: observations)
        #expect(try engine.evaluate("100", on: Fixtures.day).criteriaMet == 3)
        let withoutMarket = try engine.evaluate("100", on: Fixtures.day, overrides: ["no-market": .passFail(true)])
        #expect(withoutMarket.criteriaMet == 4)
        #expect(withoutMarket.criteria.last?.status == .notApplicable)
    }
}
