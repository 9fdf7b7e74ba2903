import NTMCore
import NTMData
import NTMSynthetic
import NTMTargets

/// Status and forecast of the targets of a national store: 700 goals over the 8,883 xã of the benchmark dataset
/// (a share goal for each of the 630 districts, a floor for each of the 63 provinces, an average for 7), on the
/// dataset's third day with a year and a half of history behind it.
enum TargetsBenchmark {
    static func run(_ arguments: Arguments) throws {
        let runs = arguments.int("--runs", 10)
        let sets = try BundledData.catalog().sets
        let dataset = try NationalDataset(sets: sets)
        var engine = try EvaluationEngine(units: dataset.units, catalog: dataset.catalog)
        try dataset.forEachObservation { try engine.record($0) }
        let date = dataset.dates[2]
        let deadline = dataset.dates[3]
        let targets = Self.targets(engine: engine, on: date, deadline: deadline)
        print("NTM Monitor targets benchmark (release build, one thread)")
        print("\(targets.count) targets over \(dataset.communes.count) xã, judged and forecast on \(date.iso) (deadline \(deadline.iso))")

        func judgeAll(_ targets: [Target], rates: ForecastRates) -> Int {
            var forecasts = 0
            for target in targets {
                let assessment = target.assessment(on: date, engine: engine)
                if case .forecast = target.forecast(on: date, engine: engine, assessment: assessment, rates: rates) { forecasts += 1 }
            }
            return forecasts
        }

        var rates = ForecastRates(engine: engine, asOf: date, targets: targets)
        let learning = Measure.durations(runs: max(3, runs / 2)) { rates = ForecastRates(engine: engine, asOf: date, targets: targets) }
        print(
            "learning the reference classes of all 63 provinces (\(dataset.dates.count - 1) recorded days each): median \(Measure.milliseconds(Measure.percentile(learning, 0.5)))"
        )
        var forecasts = 0
        let national = Measure.durations(runs: runs) { forecasts = judgeAll(targets, rates: rates) }
        let nationalMedian = Measure.percentile(national, 0.5)
        print(
            "status and forecast of all \(targets.count) targets (\(forecasts) forecast, the rest met or refused), rates learned: median \(Measure.milliseconds(nationalMedian)), max \(Measure.milliseconds(national[national.count - 1])) — budget 200 ms: \(Measure.format(nationalMedian / 0.200, decimals: 2))× the budget"
        )
        let withLearning = Measure.percentile(learning, 0.5) + nationalMedian
        print(
            "the same, learning included (a page after a value changed): \(Measure.milliseconds(withLearning)) — \(Measure.format(withLearning / 0.200, decimals: 2))× the budget"
        )

        let province = targets.filter { $0.lies(within: .unit("P1"), units: engine.units, on: date) }
        let provinceRates = ForecastRates(engine: engine, asOf: date, targets: province)
        let judged = Measure.durations(runs: runs * 5) { _ = judgeAll(province, rates: provinceRates) }
        let judgedMedian = Measure.percentile(judged, 0.5)
        print(
            "one province's \(province.count) targets (141 xã), rates learned: median \(Measure.milliseconds(judgedMedian)) — budget 5 ms: \(Measure.format(judgedMedian / 0.005, decimals: 2))× the budget"
        )
        let one = Measure.durations(runs: runs * 5) {
            let rates = ForecastRates(engine: engine, asOf: date, targets: province)
            _ = judgeAll(province, rates: rates)
        }
        let oneMedian = Measure.percentile(one, 0.5)
        print(
            "one province's \(province.count) targets (141 xã), learning included: median \(Measure.milliseconds(oneMedian)) — budget 5 ms: \(Measure.format(oneMedian / 0.005, decimals: 2))× the budget"
        )
        print("peak memory: \(Measure.format(Double(Measure.peakMemory()) / 1_048_576, decimals: 0)) MiB")
    }

    static func targets(engine: EvaluationEngine, on date: LocalDate, deadline: LocalDate) -> [Target] {
        let source = TargetSource(document: "Benchmark", date: date)
        var targets: [Target] = []
        for p in 1...63 {
            for d in 1...10 {
                targets.append(
                    Target(
                        id: "p\(p)d\(d)-70", title: LocalizedText(vi: "Huyện \(p)-\(d): 70%"), scope: .unit(UnitCode("P\(p)D\(d)")),
                        measure: .shareAtStandard(FixedDecimal(70)), deadline: deadline, source: source, owner: .office))
            }
            targets.append(
                Target(
                    id: "p\(p)-14", title: LocalizedText(vi: "Tỉnh \(p): mọi xã ≥ 14"), scope: .unit(UnitCode("P\(p)")),
                    measure: .everyCommuneAtLeast(criteria: 14), deadline: deadline, source: source, owner: .office))
            if p <= 7 {
                targets.append(
                    Target(
                        id: "p\(p)-avg", title: LocalizedText(vi: "Tỉnh \(p): bình quân 17"), scope: .unit(UnitCode("P\(p)")),
                        measure: .averageCriteria(FixedDecimal(17)), deadline: deadline, source: source, owner: .office))
            }
        }
        return targets
    }
}
