import Foundation
import Logging
import NTMCore
import NTMData
import NTMReports
import NTMStore
import NTMSynthetic

/// The briefing report as the office gets it: a province's (the Trà Vinh demo, 106 xã, every part: targets,
/// tasks and funds from the store) through `ReportDesk` on a SQLite store, and the nation's (8,883 xã, one row
/// each) from the national dataset's engine. Each time is the summary, the document and its .docx bytes.
enum ReportBenchmark {
    static func run(_ arguments: Arguments) async throws {
        let runs = arguments.int("--runs", 20)
        print("NTM Monitor report benchmark (release build)")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ntm-report-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        try await StoreSeeder.seedDemo(store, by: "bench")
        var logger = Logger(label: "ntm.bench")
        logger.logLevel = .critical
        let service = try await EvaluationService(store: store, basis: .approved, logger: logger)
        let desk = ReportDesk(store: store, service: service, ledger: FundLedger(store: store), fundsAlert: FixedDecimal(50))
        let date = LocalDate(year: 2019, month: 12, day: 31) ?? BundledData.demoBriefingDate
        let request = ReportDesk.BriefingRequest(scope: .unit("84"), date: date)
        let clock = ContinuousClock()
        var bytes = 0
        let cold = try await clock.measure { bytes = try await desk.briefing(request).data().count }
        var province: [Double] = []
        for _ in 0..<runs {
            province.append(Measure.seconds(try await clock.measure { bytes = try await desk.briefing(request).data().count }))
        }
        province.sort()
        let median = Measure.percentile(province, 0.5)
        print(
            "province report (Trà Vinh demo, 106 xã, all parts, \(bytes >> 10) KiB .docx): first \(Measure.milliseconds(Measure.seconds(cold))), then median \(Measure.milliseconds(median)) — budget 300 ms: \(Measure.format(median / 0.300, decimals: 2))× the budget"
        )

        let dataset = try NationalDataset(sets: try BundledData.catalog().sets)
        var engine = try EvaluationEngine(units: dataset.units, catalog: dataset.catalog)
        try dataset.forEachObservation { try engine.record($0) }
        engine.compactObservations()
        let day = dataset.dates[2]
        let live = try LiveSummary(engine: engine, scope: .everything, on: day, bands: .standardOnly, grouping: .province)
        var size = 0
        let national = try Measure.durations(runs: max(3, runs / 5)) {
            let report = BriefingReport(
                summary: live.summary(engine: engine), cutOff: ReportCutOff(date: day, basis: "approved"),
                issuer: ReportIssuer.coordinationOffice(province: nil, districtLevel: false))
            size = try report.data().count
        }
        let nationalMedian = Measure.percentile(national, 0.5)
        print(
            "national report (\(dataset.communes.count) xã, one row each, \(size >> 10) KiB .docx): median \(Measure.format(nationalMedian, decimals: 2)) s — budget 10 s: \(Measure.format(nationalMedian / 10, decimals: 3))× the budget"
        )
        print("peak memory: \(Measure.peakMemory() >> 20) MiB")
    }
}
