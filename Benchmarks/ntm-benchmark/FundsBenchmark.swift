import NTMCore
import NTMData
import NTMFunds
import NTMSynthetic

/// Funding figures of a national store: the benchmark dataset's 8,883 xã × 8 sources × 3 years × 5 phases
/// (≈1.07 million phase amounts), totals of the nation, a province and a district for a year on a day.
enum FundsBenchmark {
    static func run(_ arguments: Arguments) throws {
        let runs = arguments.int("--runs", 20)
        let dataset = try NationalDataset(sets: try BundledData.catalog().sets)
        let sources: [FundingSource] = [
            .centralBudget, .provincialBudget, .districtBudget, .communeBudget, .integrated, .credit, .enterprise, .community,
        ]
        var amounts: [Recorded<FundAmount>] = []
        amounts.reserveCapacity(dataset.communes.count * sources.count * 3 * 5)
        for unit in dataset.communes {
            var random = SeededRandom("funds", unit.rawValue)
            for year in 2019...2021 {
                for source in sources {
                    let line = FundingLine(
                        year: year, unit: unit, source: source, programme: source == .integrated ? "Giảm nghèo bền vững" : nil, capital: .investment)
                    let plan = Int64(random.int(in: 100...5_000)) * 1_000_000
                    for (index, phase) in FundPhase.allCases.enumerated() {
                        let day = LocalDate(year: year, month: 2 + index * 2, day: 28) ?? dataset.dates[0]
                        let amount = Money(dong: plan * Int64(100 - index * 10) / 100)
                        amounts.append(Recorded(FundAmount(line: line, phase: phase, asOf: day, amount: amount), revision: 1, by: "bench", at: ""))
                    }
                }
            }
        }
        print("NTM Monitor funds benchmark (release build, one thread)")
        print("\(amounts.count) phase amounts over \(dataset.communes.count) xã, \(sources.count) sources, 3 years")
        var book = FundBook.empty
        let building = Measure.durations(runs: 3) { book = FundBook(amounts: amounts, debts: []) }
        print("building the book from the stored rows: median \(Measure.milliseconds(Measure.percentile(building, 0.5)))")
        let day = LocalDate(year: 2020, month: 9, day: 30) ?? dataset.dates[0]
        let alert = FixedDecimal(50)
        // The dataset has no unit above its provinces: the nation is its 63 provinces' figures, one after another.
        let provinces = dataset.units.allVersions.filter { $0.kind == .province }.map(\.code)
        var planned = Money.zero
        let national = try Measure.durations(runs: max(3, runs / 4)) {
            planned = .zero
            for province in provinces {
                let figures = try book.figures(scope: province, year: 2020, on: day, units: dataset.units, alert: alert)
                planned = try planned.adding(figures?.total.planned ?? .zero)
            }
        }
        let nationalMedian = Measure.percentile(national, 0.5)
        print(
            "figures of all \(provinces.count) provinces for 2020 on \(day.iso) (planned \(planned.millionsText(.en, decimals: 0)) million): median \(Measure.milliseconds(nationalMedian)) — budget 50 ms: \(Measure.format(nationalMedian / 0.050, decimals: 2))× the budget"
        )
        for (label, scope) in [("one province (141 xã)", "P1"), ("one district", "P1D1"), ("one xã", "P1C1")] {
            var total = Money.zero
            let timings = try Measure.durations(runs: runs) {
                total = try book.figures(scope: UnitCode(scope), year: 2020, on: day, units: dataset.units, alert: alert)?.total.planned ?? .zero
            }
            let median = Measure.percentile(timings, 0.5)
            print(
                "figures of \(label) for 2020 on \(day.iso) (planned \(total.millionsText(.en, decimals: 0)) million): median \(Measure.milliseconds(median)) — budget 50 ms: \(Measure.format(median / 0.050, decimals: 2))× the budget"
            )
        }
        print("peak memory: \(Measure.peakMemory() >> 20) MiB")
    }
}
