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
        let setup = Measure.seconds(clock.now - setupStart)
        let indicators = dataset.commune.allIndicators.count
        print("NTM Monitor engine benchmark (release build, one thread)")
        print(
            "dataset: 63 provinces, \(dataset.communes.count) xã, \(indicators) indicators, \(dataset.dates.count) dates → \(engine.observations.count) observations; built and validated in \(Measure.format(setup, decimals: 1)) s"
        )

        let date = dataset.dates[2]
        let bands = BandScheme.standardOnly
        var live = try LiveSummary(engine: engine, scope: .everything, on: date, bands: bands)
        let full = try Measure.durations(runs: runs) {
            live = try LiveSummary(engine: engine, scope: .everything, on: date, bands: bands)
        }
        let fullMedian = Measure.percentile(full, 0.5)
        print(
            "full evaluation, every xã with district and national tallies, as of \(date.iso): median \(Measure.milliseconds(fullMedian)), min \(Measure.milliseconds(full[0])), max \(Measure.milliseconds(full[full.count - 1])) over \(runs) runs — target 50 ms: \(Measure.format(fullMedian / 0.050, decimals: 2))× the budget"
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

        let peak = Measure.peakMemory()
        print(
            "peak memory (max resident set): \(peak / 1_048_576) MiB — target 200 MB: \(Measure.format(Double(peak) / 200_000_000, decimals: 2))× the budget"
        )
    }
}
