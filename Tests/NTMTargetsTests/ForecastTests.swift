import Foundation
import NTMCore
import NTMData
import NTMTargets
import Testing

/// The probabilistic forecast: its arithmetic against hand-computed figures, its refusals, and the demo.
@Suite("Forecast")
struct ForecastTests {
    static let june = LocalDate(year: 2019, month: 6, day: 30) ?? LocalDate(year: 2019, month: 1, day: 1)!

    /// Every subset of the trials, summed: the definition of the count's distribution, as an oracle for the recurrence.
    static func bruteForceAtLeast(_ needed: Int, _ p: [Double]) -> Double {
        var total = 0.0
        for mask in 0..<(1 << p.count) {
            var chance = 1.0
            for (index, q) in p.enumerated() { chance *= mask & (1 << index) != 0 ? q : 1 - q }
            if mask.nonzeroBitCount >= needed { total += chance }
        }
        return total
    }

    @Test("8 xã at .9 .8 .6 .5 .35 .2 .1 .05 expect 3.5 at the standard, yet need 5 with only an 18% chance")
    func poissonBinomialOfTheReferenceExample() {
        // The reference's illustration (design-next-capabilities §1): 13 xã, 5 recognised, 10 needed.
        let chances = [0.9, 0.8, 0.6, 0.5, 0.35, 0.2, 0.1, 0.05]
        let exact = PoissonBinomial.atLeast(5, of: chances)
        #expect(abs(exact - Self.bruteForceAtLeast(5, chances)) < 1e-12)
        #expect((exact * 100).rounded() == 18)
        #expect(PoissonBinomial.atLeast(0, of: chances) == 1)
        #expect(PoissonBinomial.atLeast(9, of: chances) == 0)
        #expect(PoissonBinomial.atLeast(8, of: chances) == chances.reduce(1, *))
    }

    @Test("above the exact limit the normal approximation stays within half a point of the exact recurrence")
    func normalApproximation() {
        // A province's average-criteria goal: ~560 missing criteria with mixed chances, ~250 needed; and a larger one.
        for (count, needed) in [(564, 254), (564, 200), (3_000, 1_400)] {
            let chances = (0..<count).map { Double(($0 * 37) % 100) / 100 }
            #expect(count * needed > 20_000, "the approximated path")
            #expect(abs(PoissonBinomial.atLeast(needed, of: chances) - PoissonBinomial.exactAtLeast(needed, of: chances)) < 0.005)
        }
        // Small counts are exact.
        let small = [0.9, 0.8, 0.6, 0.5, 0.35, 0.2, 0.1, 0.05]
        #expect(PoissonBinomial.atLeast(5, of: small) == PoissonBinomial.exactAtLeast(5, of: small))
    }

    static func snapshot(_ day: String, met: [Int], count: Int = 2) -> CriteriaSnapshot {
        CriteriaSnapshot(
            date: LocalDate(iso: day)!, criteriaSet: "s", criterionNumbers: Array(1...count),
            outcome: UnitOutcome(criteriaCount: count, met: met.map { $0 - 1 }))
    }

    @Test("a criterion met between two recordings counts half the interval; one extra case at the pooled rate")
    func ratesByHand() {
        // A meets criterion 1 within 100 days and not 2; B meets neither 1 nor (already) has 2.
        let history: [UnitCode: [CriteriaSnapshot]] = [
            "A": [Self.snapshot("2019-01-01", met: []), Self.snapshot("2019-04-11", met: [1])],
            "B": [Self.snapshot("2019-01-01", met: [2]), Self.snapshot("2019-04-11", met: [2])],
        ]
        let rates = CriterionRates(history: history) { _, _ in nil }
        // Criterion 1: 1 met over 50 + 100 days; criterion 2: 0 over 100 days; pooled 1 / 250.
        #expect(rates.recordedDays == 2)
        #expect(rates.intervals == 2)
        #expect(rates.metEvents == 1)
        #expect(rates.registeredFactor == 1)
        #expect(abs(rates.dailyRate("s", criterion: 1, registered: false) - 2.0 / 400) < 1e-12)
        #expect(abs(rates.dailyRate("s", criterion: 2, registered: false) - 1.0 / 350) < 1e-12)
        // Never exposed: the pooled rate.
        #expect(abs(rates.dailyRate("s", criterion: 7, registered: false) - 1.0 / 250) < 1e-12)
        #expect(abs(rates.chance("s", criterion: 1, registered: false, within: 100) - (1 - exp(-0.5))) < 1e-12)
        #expect(rates.knows("s"))
        #expect(!rates.knows("other"))
    }

    @Test("xã in the last half of their registered year that met criteria faster get a factor above 1, applied to their rates")
    func registeredFactor() {
        func history(_ from: String, _ to: String) -> [UnitCode: [CriteriaSnapshot]] {
            [
                "A": [Self.snapshot(from, met: []), Self.snapshot(to, met: [])],
                "B": [Self.snapshot(from, met: []), Self.snapshot(to, met: [1])],
                "R": [Self.snapshot(from, met: []), Self.snapshot(to, met: [1, 2])],
            ]
        }
        let secondHalf = history("2019-07-01", "2019-10-09")
        let rates = CriterionRates(history: secondHalf) { code, _ in code == "R" ? 2019 : nil }
        #expect(rates.registeredFactor > 1)
        let plain = rates.dailyRate("s", criterion: 1, registered: false)
        #expect(abs(rates.dailyRate("s", criterion: 1, registered: true) - plain * rates.registeredFactor) < 1e-12)
        // A later registration year, or the first half of the registered year, is not the final stretch.
        #expect(CriterionRates(history: secondHalf) { code, _ in code == "R" ? 2020 : nil }.registeredFactor == 1)
        #expect(CriterionRates(history: history("2019-01-01", "2019-04-11")) { code, _ in code == "R" ? 2019 : nil }.registeredFactor == 1)
        #expect(CriterionRates.isFinishing(registeredYear: 2019, by: LocalDate(iso: "2019-07-01")!))
        #expect(!CriterionRates.isFinishing(registeredYear: 2019, by: LocalDate(iso: "2019-06-30")!))
        #expect(CriterionRates.isFinishing(registeredYear: 2018, by: LocalDate(iso: "2019-03-01")!))
        #expect(!CriterionRates.isFinishing(registeredYear: nil, by: LocalDate(iso: "2019-12-31")!))
    }

    func demo() throws -> (EvaluationEngine, [String: Target]) {
        let engine = try BundledData.demoEngine()
        let targets = try BundledData.demoTargets(engine: engine)
        return (engine, Dictionary(uniqueKeysWithValues: targets.map { ($0.id, $0) }))
    }

    func forecast(_ target: Target, on date: LocalDate, engine: EvaluationEngine) -> ForecastResult? {
        let rates = ForecastRates(engine: engine, asOf: date, targets: [target])
        return target.forecast(on: date, engine: engine, assessment: target.assessment(on: date, engine: engine), rates: rates)
    }

    @Test("Càng Long 70% on 30/06/2019: 3 of its 6 xã below the standard must reach it; the chance is their count's")
    func cangLongForecast() throws {
        let (engine, targets) = try demo()
        let target = try #require(targets["cang-long-70-2019"])
        let forecast = try #require(forecast(target, on: Self.june, engine: engine)?.forecast)
        #expect(forecast.communes.count == 6)
        #expect(forecast.communes.first?.code == "29305", "Đức Mỹ lacks only TC11")
        let exact = Self.bruteForceAtLeast(3, forecast.communes.map(\.probability))
        #expect(abs(forecast.probability - exact) < 1e-9)
        #expect(forecast.probability > 0 && forecast.probability < 1)
        // Only 30/06/2018, 31/12/2018 and 30/06/2019 are known on 30/06/2019.
        #expect(forecast.basis.recordedDays == 3)
        #expect(forecast.basis.firstDay == LocalDate(iso: "2018-06-30"))
        let p50 = try #require(forecast.p50)
        let p80 = try #require(forecast.p80)
        #expect(p50 <= p80)
        #expect(forecast.probability < 0.5 ? p50 > target.deadline : p50 <= target.deadline)
    }

    @Test("a xã lacking two criteria needs the slower of the two: its chance is the product, not a sum of times")
    func slowestCriterion() throws {
        let (engine, targets) = try demo()
        let target = try #require(targets["cang-long-70-2019"])
        let result = try #require(forecast(target, on: Self.june, engine: engine)?.forecast)
        let rates = try #require(ForecastRates(engine: engine, asOf: Self.june, targets: [target]).rates(for: "844", engine: engine))
        let days = Double(Self.june.days(to: target.deadline))
        for chance in result.communes {
            let evaluation = try engine.evaluate(chance.code, on: Self.june)
            let registered = CriterionRates.isFinishing(registeredYear: evaluation.registeredTargetYear, by: target.deadline)
            let missing = evaluation.criteria.filter { $0.status != .met && $0.status != .notApplicable }.map(\.number)
            let expected = missing.map { rates.chance("commune-2016-2020", criterion: $0, registered: registered, within: days) }
                .reduce(1, *)
            #expect(abs(chance.probability - expected) < 1e-12, "\(chance.code)")
        }
    }

    @Test("every demo goal on 30/06/2019 gets a probability between 0 and 1, with P50 no later than P80")
    func everyMeasure() throws {
        let (engine, targets) = try demo()
        let rates = ForecastRates(engine: engine, asOf: Self.june, targets: Array(targets.values))
        for target in targets.values {
            let assessment = target.assessment(on: Self.june, engine: engine)
            let result = target.forecast(on: Self.june, engine: engine, assessment: assessment, rates: rates)
            if assessment.status == .met {
                #expect(result == nil, "\(target.id)")
                continue
            }
            let forecast = try #require(result?.forecast, "\(target.id)")
            #expect(forecast.probability >= 0 && forecast.probability <= 1, "\(target.id)")
            if let p50 = forecast.p50, let p80 = forecast.p80 { #expect(p50 <= p80, "\(target.id)") }
            if forecast.p80 != nil { #expect(forecast.p50 != nil, "\(target.id)") }
        }
    }

    @Test("with a single recording day the forecast refuses: không đủ dữ liệu")
    func refusesOnOneRecordingDay() throws {
        let full = try BundledData.demoEngine()
        let first = LocalDate(iso: "2018-06-30")!
        let engine = try EvaluationEngine(
            units: full.units, catalog: full.catalog, observations: full.observations.allObservations().filter { $0.date <= first },
            registrations: full.registrations.all)
        let target = Target(
            id: "t", title: LocalizedText(vi: "Càng Long 13/13"), scope: .unit("844"), measure: .communesAtStandard(13),
            start: first, deadline: LocalDate(iso: "2019-12-31")!,
            source: TargetSource(document: "thử", date: LocalDate(iso: "2018-06-01")!), owner: .office)
        let result = try #require(forecast(target, on: first, engine: engine))
        #expect(
            result
                == .refused(
                    LocalizedText(
                        vi: "không đủ dữ liệu: cần ít nhất hai lần ghi nhận số liệu đến ngày 30/06/2018, mới có 1",
                        en: "not enough data: at least two recording days up to 2018-06-30 are needed, there are 1")))
    }

    @Test("no forecast for a goal already met or past its deadline; a goal that cannot be judged says why")
    func nothingToForecast() throws {
        let (engine, targets) = try demo()
        let cauKe = try #require(targets["cau-ke-xa-2019"])
        let yearEnd = LocalDate(iso: "2019-12-31")!
        #expect(forecast(cauKe, on: yearEnd, engine: engine) == nil)
        #expect(forecast(cauKe, on: LocalDate(iso: "2020-03-01")!, engine: engine) == nil)
    }

    @Test("backtest: made on 30/06/2019, checked on 31/12/2019, it beats 'as now' and the history's base rate")
    func backtest() throws {
        let engine = try BundledData.demoEngine()
        let result = ForecastBacktest.run(engine: engine, scope: .unit("84"), from: Self.june, to: LocalDate(iso: "2019-12-31")!)
        guard case .success(let backtest) = result else {
            Issue.record("expected a backtest, got \(result)")
            return
        }
        // 85 − 41 at the standard on 30/06/2019; 55 − 41 reached it by the year's end.
        #expect(backtest.cases.count == 44)
        #expect(backtest.observed == 14)
        // "As now" says 0 for every xã: its score is the share that did reach it, 14/44.
        #expect(abs(backtest.persistenceBrier - 14.0 / 44) < 1e-12)
        // Base rate: of the 56 xã below the standard on 30/06/2018, 12 reached it by 30/06/2019.
        #expect(abs(backtest.baseRate - 12.0 / 56) < 1e-12)
        let rate = 12.0 / 56
        #expect(abs(backtest.baseRateBrier - (14 * (1 - rate) * (1 - rate) + 30 * rate * rate) / 44) < 1e-12)
        #expect(backtest.brier < backtest.baseRateBrier)
        #expect(backtest.brier < backtest.persistenceBrier)
        // The figure the README quotes.
        #expect((backtest.brier * 1000).rounded() == 91)
    }

    @Test("the other measures: a count equals the share it amounts to, a criterion everywhere multiplies, an average falls as it rises")
    func otherMeasures() throws {
        let engine = try BundledData.demoEngine()
        let source = TargetSource(document: "thử", date: Self.june)
        func make(_ measure: Measure) -> Target {
            Target(
                id: "t", title: LocalizedText(vi: "thử"), scope: .unit("844"), measure: measure, deadline: LocalDate(iso: "2019-10-15")!,
                source: source, owner: .office)
        }
        func chance(_ measure: Measure) throws -> TargetForecast { try #require(forecast(make(measure), on: Self.june, engine: engine)?.forecast) }
        // 70% of Càng Long's 13 xã is 10 of them.
        let share = try chance(.shareAtStandard(FixedDecimal(70)))
        let count = try chance(.communesAtStandard(10))
        #expect(abs(share.probability - count.probability) < 1e-12)
        // TC11 in every xã: the product of TC11's chance over the xã lacking it.
        let everywhere = try chance(.criterionMetEverywhere(11))
        let rates = try #require(
            ForecastRates(engine: engine, asOf: Self.june, targets: [make(.criterionMetEverywhere(11))]).rates(for: "844", engine: engine))
        let summary = try engine.summary(of: .unit("844"), on: Self.june, bands: .standardOnly)
        let lacking = summary.communeRows.filter { $0.unmetCriteria.contains(11) }
        #expect(!lacking.isEmpty)
        let days = Double(Self.june.days(to: LocalDate(iso: "2019-10-15")!))
        let product = lacking.map { row in
            rates.chance(
                "commune-2016-2020", criterion: 11,
                registered: CriterionRates.isFinishing(registeredYear: row.registeredTargetYear, by: LocalDate(iso: "2019-10-15")!), within: days)
        }.reduce(1, *)
        #expect(abs(everywhere.probability - product) < 1e-12)
        #expect(everywhere.communes.count == lacking.count)
        // An average: asking more can only make it less likely.
        let lower = try chance(.averageCriteria(FixedDecimal("18.3")!))
        let higher = try chance(.averageCriteria(FixedDecimal("18.8")!))
        #expect(lower.probability > higher.probability)
    }
}
