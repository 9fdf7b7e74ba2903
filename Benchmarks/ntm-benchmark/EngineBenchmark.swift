import NTMCore
import NTMData
import NTMSynthetic

/// The evaluation engine on a national-scale dataset: full evaluation, one change, memory.
enum EngineBenchmark {
    static func run(_ arguments: Arguments) throws {
        let runs = arguments.int("--runs", 20), changes = arguments.int("--changes", 2_000)
        let clock = ContinuousClock()

        let setupStart = clock.now
        let sets = try BundledData.catalog().sets
        let dataset = try NationalDataset(sets: sets)
        var engine = try EvaluationEngine(units: dataset.units, catalog: dataset.catalog)
        try dataset.forEachObservation { try engine.record($0) }
        engine.compactObservations()
        let setup = Measure.seconds(clock.now - setupStart)
        let indicators = dataset.commune.allIndicators.count
        print("NTM Monitor engine benchmark (release build, one thread)")
        print(
            "dataset: 63 provinces, \(dataset.communes.count) xã, \(indicators) indicators, \(dataset.dates.count) dates → \(engine.observations.count) observations; built and validated in \(Measure.format(setup, decimals: 1)) s"
        )

        let date = dataset.dates[arguments.int("--date-index", 2)]
        let bands = BandScheme.standardOnly
        var live: LiveSummary?
        let first = try clock.measure { live = try LiveSummary(engine: engine, scope: .everything, on: date, bands: bands) }
        guard var live else { return }
        print(
            "first evaluation of a scope and day (the unit tree walked, sets compiled, then judged): \(Measure.milliseconds(Measure.seconds(first)))"
        )
        let peakAfterEvaluation = Measure.peakMemory()

        // Measured in turns with the yardstick, so both see the same noise of a shared machine.
        let plain = try PlainEvaluation(dataset: dataset)
        var plainResult = plain.evaluate(on: date)
        var full: [Double] = [], plainTimes: [Double] = []
        for _ in 0..<runs {
            full += try Measure.durations(runs: 1) { live = try LiveSummary(engine: engine, scope: .everything, on: date, bands: bands) }
            plainTimes += Measure.durations(runs: 1) { plainResult = plain.evaluate(on: date) }
        }
        full.sort()
        plainTimes.sort()
        precondition(
            plainResult == (live.total.criteriaSum, live.total.atStandard),
            "the plain evaluation disagrees with the engine: \(plainResult) against \(live.total.criteriaSum), \(live.total.atStandard)")
        let fullMedian = Measure.percentile(full, 0.5), plainMedian = Measure.percentile(plainTimes, 0.5)
        print(
            "full evaluation, every xã with district and national tallies, as of \(date.iso): median \(Measure.milliseconds(fullMedian)), min \(Measure.milliseconds(full[0])), max \(Measure.milliseconds(full[full.count - 1])) over \(runs) runs — target 10 ms: \(Measure.format(fullMedian / 0.010, decimals: 2))× the budget"
        )
        print(
            "baseline — plain evaluation of the same data (a contiguous column per indicator: latest value, threshold, roll-up; same results), in turns with the engine: median \(Measure.milliseconds(plainMedian)), min \(Measure.milliseconds(plainTimes[0])); the engine takes \(Measure.format(fullMedian / plainMedian, decimals: 2))× its time (\(Measure.format(full[0] / plainTimes[0], decimals: 2))× at the minimum)"
        )

        let report = Measure.durations(runs: max(3, runs / 4)) { _ = live.summary(engine: engine) }
        print(
            "summary assembly (per-district rows, district criteria, 8,883 commune rows): median \(Measure.milliseconds(Measure.percentile(report, 0.5)))"
        )

        var random = SeededRandom(seed: 2019)
        var changeTimes: [Double] = []
        changeTimes.reserveCapacity(changes)
        let changedSet = dataset.commune.id
        let codes = dataset.commune.criteria.flatMap(\.indicators).filter { $0.kind == .passFail }.map(\.code)
        for _ in 0..<changes {
            let unit = dataset.communes[random.int(in: 0...(dataset.communes.count - 1))]
            let code = codes[random.int(in: 0...(codes.count - 1))]
            let observation = Observation(
                unit: unit, criteriaSet: changedSet, indicator: code, date: date,
                value: .passFail(random.next() % 2 == 0))
            let elapsed = try clock.measure {
                try engine.record(observation)
                live.refresh(unit, engine: engine)
            }
            changeTimes.append(Measure.seconds(elapsed))
        }
        changeTimes.sort()
        let changeMedian = Measure.percentile(changeTimes, 0.5), changeP99 = Measure.percentile(changeTimes, 0.99)
        let recomputed = try LiveSummary(engine: engine, scope: .everything, on: date, bands: bands)
        precondition(recomputed.total == live.total, "incremental roll-up diverged from a full recomputation")
        print(
            "one value changed (record + re-judge one xã + adjust tallies): median \(Measure.microseconds(changeMedian)), p99 \(Measure.microseconds(changeP99)) over \(changes) changes — target 1 ms: \(Measure.format(changeP99 / 0.001, decimals: 4))× the budget at p99; \(Measure.format(fullMedian / changeMedian, decimals: 0))× faster than re-evaluating everything"
        )

        let sample = Array(dataset.communes.prefix(1_000))
        let detailed = try Measure.durations(runs: 3) {
            for code in sample { _ = try engine.evaluate(code, on: date) }
        }
        let perCommuneDetailed = Measure.percentile(detailed, 0.5) / Double(sample.count)
        let perCommuneCompact = fullMedian / Double(dataset.communes.count)
        print(
            "baseline — explained per-commune evaluation (the page view's path), 1,000 xã: \(Measure.microseconds(perCommuneDetailed)) per xã, so \(Measure.milliseconds(perCommuneDetailed * Double(dataset.communes.count))) for the nation; the roll-up path is \(Measure.format(perCommuneDetailed / perCommuneCompact, decimals: 1))× faster"
        )

        let peak = peakAfterEvaluation
        print(
            "peak memory (max resident set) before the yardstick's own copy of the data: \(peak / 1_048_576) MiB — target 200 MB: \(Measure.format(Double(peak) / 200_000_000, decimals: 2))× the budget"
        )
    }
}
