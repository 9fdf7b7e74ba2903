import NTMCore
import Testing

/// The edges of judging one indicator, through the public engine.
@Suite("Judging indicators")
struct IndicatorJudgementTests {
    func status(
        _ code: IndicatorCode, _ value: ObservationValue?, unit: UnitCode = "100",
        extra: [Observation] = [], communeWithoutRegion: Bool = false
    ) throws -> IndicatorResult {
        var observations = extra
        if let value { observations.append(Fixtures.observation(unit, code, value)) }
        let engine = try Fixtures.engine(observations: observations, communeWithoutRegion: communeWithoutRegion)
        let evaluation = try engine.evaluate(unit, on: Fixtures.day)
        return try #require(evaluation.criteria.flatMap(\.indicators).first { $0.code == code })
    }

    @Test("a share exactly at a ≥ threshold is met; one household fewer is not")
    func exactlyAtThreshold() throws {
        #expect(try status("2.2", .ratio(numerator: 4, denominator: 5)).status == .met)  // 80 %
        #expect(try status("2.2", .ratio(numerator: 799, denominator: 1000)).status == .notMet)  // 79.9 %
        #expect(try status("2.2", .percent(FixedDecimal(80))).status == .met)
    }

    @Test("a ≤ indicator (poverty) is met at the ceiling and not above it")
    func ceilingIndicator() throws {
        #expect(try status("2.1", .ratio(numerator: 6, denominator: 100)).status == .met)
        #expect(try status("2.1", .ratio(numerator: 601, denominator: 10_000)).status == .notMet)
        let gap = try #require(try status("2.1", .ratio(numerator: 9, denominator: 100)).gap)
        #expect(gap.difference == FixedDecimal(3))
        #expect(gap.toMeet == FixedDecimal(3))
    }

    @Test("the gap says how far a ≥ indicator is short, and is zero when met")
    func gapOfAtLeast() throws {
        let short = try #require(try status("2.2", .ratio(numerator: 7, denominator: 10)).gap)
        #expect(short.difference == FixedDecimal(-10))
        #expect(short.toMeet == FixedDecimal(10))
        let met = try #require(try status("2.2", .ratio(numerator: 9, denominator: 10)).gap)
        #expect(met.toMeet == .zero)
    }

    @Test("a zero denominator is refused with a clear message")
    func zeroDenominator() throws {
        #expect(throws: EngineError.invalidValue(unit: "100", indicator: "2.2", .zeroDenominator)) {
            try Fixtures.engine(observations: [Fixtures.observation("100", "2.2", .ratio(numerator: 0, denominator: 0))])
        }
        #expect(EngineError.invalidValue(unit: "100", indicator: "2.2", .zeroDenominator).text(.vi).contains("mẫu số bằng 0"))
    }

    @Test("a percentage outside 0–100 and a numerator above its denominator are refused")
    func outOfRange() {
        #expect(throws: EngineError.invalidValue(unit: "100", indicator: "2.2", .percentOutOfRange(FixedDecimal(101)))) {
            try Fixtures.engine(observations: [Fixtures.observation("100", "2.2", .percent(FixedDecimal(101)))])
        }
        #expect(throws: EngineError.invalidValue(unit: "100", indicator: "2.2", .numeratorExceedsDenominator(numerator: 6, denominator: 5))) {
            try Fixtures.engine(observations: [Fixtures.observation("100", "2.2", .ratio(numerator: 6, denominator: 5))])
        }
        #expect(throws: EngineError.invalidValue(unit: "100", indicator: "1.1", .kindMismatch(expected: "pass-fail", got: "amount"))) {
            try Fixtures.engine(observations: [Fixtures.observation("100", "1.1", .amount(FixedDecimal(3)))])
        }
    }

    @Test("missing data is 'no data', not 'not met'")
    func missingData() throws {
        let result = try status("2.2", nil)
        #expect(result.status == .noData)
        #expect(result.value == nil)
    }

    @Test("a commune without a region has no regional threshold: not configured, never guessed")
    func communeWithoutRegion() throws {
        let regional = try status("2.2", .ratio(numerator: 4, denominator: 5), communeWithoutRegion: true)
        #expect(regional.status == .notConfigured(.unitHasNoRegion))
        // A threshold for every unit still applies.
        #expect(try status("2.1", .ratio(numerator: 3, denominator: 100), communeWithoutRegion: true).status == .met)
    }

    @Test("year-dependent thresholds use the year of the evaluation date and do not fall back")
    func yearDependent() throws {
        let engine = try Fixtures.engine(observations: [
            Fixtures.observation("100", "3.1", .amount(FixedDecimal(46)), on: "2018-12-31")
        ])
        let in2019 = try engine.evaluate("100", on: "2019-06-30").criteria[2].indicators[0]
        #expect(in2019.status == .met)
        #expect(in2019.thresholdYear == 2019)
        let in2018 = try engine.evaluate("100", on: "2018-12-31").criteria[2].indicators[0]
        #expect(in2018.status == .notConfigured(.noThreshold(scope: .region(.dbscl), year: 2018)))
    }

    @Test("must-be-none is met only by zero")
    func mustBeNone() throws {
        #expect(try status("3.2", .count(0)).status == .met)
        let some = try status("3.2", .count(3))
        #expect(some.status == .notMet)
        #expect(some.gap?.toMeet == FixedDecimal(3))
    }

    @Test("the latest value on or before the date is used")
    func latestValue() throws {
        let engine = try Fixtures.engine(observations: [
            Fixtures.observation("100", "1.1", .passFail(false), on: "2018-12-31"),
            Fixtures.observation("100", "1.1", .passFail(true), on: "2019-06-30"),
        ])
        #expect(try engine.evaluate("100", on: "2019-06-29").criteria[0].indicators[0].status == .notMet)
        #expect(try engine.evaluate("100", on: "2019-06-30").criteria[0].indicators[0].status == .met)
    }

    @Test("an indicator is not applicable when its condition holds")
    func notApplicable() throws {
        let result = try status("4", nil, extra: [Fixtures.observation("100", "no-market", .passFail(true))])
        #expect(result.status == .notApplicable(condition: "no-market"))
    }

    @Test("a date outside every set's validity is an error naming the sets known")
    func dateOutsideEverySet() throws {
        let engine = try Fixtures.engine()
        let error = #expect(throws: EngineError.self) { try engine.evaluate("100", on: "2015-06-30") }
        guard case .catalog(.noSetInForce(let level, let date, _))? = error else {
            Issue.record("expected no set in force, got \(String(describing: error))")
            return
        }
        #expect(level == .commune && date == "2015-06-30")
        #expect(error?.text(.en).contains("no commune-level criteria set is in force on 2015-06-30") == true)
        #expect(throws: EngineError.dateOutsideSet(set: Fixtures.set, date: "2023-01-01", validity: Fixtures.criteriaSet().validity)) {
            try Fixtures.engine(observations: [Fixtures.observation("100", "1.1", .passFail(true), on: "2023-01-01")])
        }
    }

    @Test("the threshold's source and illustrative mark travel with the result")
    func carriesSource() throws {
        let result = try status("2.2", .ratio(numerator: 4, denominator: 5))
        #expect(result.thresholdSource?.id == "S1")
        #expect(result.thresholdSource?.title == "Nguồn thử")
        #expect(result.thresholdIllustrative == false)
    }
}
