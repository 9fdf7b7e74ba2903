import Foundation
import Logging
import NTMCore
import NTMData
import NTMExchange
import NTMStore
import NTMSynthetic
import PostgresNIO

/// Imports, loading and the template round trip on stores: SQLite always, PostgreSQL with `--postgres URL`
/// (a role that may create databases; a temporary database is created and dropped).
enum StoreBenchmark {
    static func run(_ arguments: Arguments) async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let clock = ContinuousClock()
        let date = LocalDate(year: 2019, month: 6, day: 30)!
        let dataset = try NationalDataset(sets: BundledData.catalog().sets, dates: [date])
        let engine = try EvaluationEngine(units: dataset.units, catalog: dataset.catalog)
        var observations: [Observation] = []
        try dataset.forEachObservation { observations.append($0) }
        let csv = DataWriter.observationsCSV(observations)
        print("NTM Monitor store benchmark (release build)")
        print("national import file: \(observations.count) values for \(dataset.communes.count) xã, \(csv.utf8.count / 1_048_576) MiB of CSV")

        let data = Data(csv.utf8)
        var plan: ImportPlan?
        let parse = try clock.measure { plan = try CSVImporter.plan(data, file: "national.csv", engine: engine) }
        guard let count = plan?.changes.count else { return }
        plan = nil
        let parseSeconds = Measure.seconds(parse)
        print("read and validate the CSV alone: \(Measure.format(parseSeconds, decimals: 2)) s (\(rate(count, parseSeconds)) values/s)")

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ntm-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let sqlite = try SQLiteStore(path: path)
        try await sqlite.migrate()
        try await measureStore("SQLite", sqlite, data: data, count: count, engine: engine)

        if let url = arguments.string("--postgres") {
            try await withTemporaryPostgres(url, logger: logger) { store in
                try await measureStore("PostgreSQL", store, data: data, count: count, engine: engine)
            }
        } else {
            print("PostgreSQL: not measured (pass --postgres postgres://user:password@127.0.0.1/database)")
        }
        try await templateRoundTrip()
    }

    /// File to store in one transaction, reading and writing overlapped, then the store loaded into an engine.
    static func measureStore(_ name: String, _ store: any NTMStore, data: Data, count: Int, engine: EvaluationEngine) async throws {
        let clock = ContinuousClock()
        var stored = 0
        let write = try await clock.measure {
            stored = try await CSVImporter.importFile(
                data, file: "national.csv", engine: engine, store: store, status: .approved,
                by: "bench", batch: "national"
            ).count
        }
        let seconds = Measure.seconds(write)
        precondition(stored == count, "the import stored \(stored) of \(count) values")
        print(
            "\(name): import the file (read, validate, store in one transaction): \(Measure.format(seconds, decimals: 2)) s, "
                + "\(rate(count, seconds)) values/s"
                + (name == "SQLite"
                    ? " — target ≥100,000 values/s: \(Measure.format(Double(count) / seconds / 100_000, decimals: 2))× the target" : ""))
        var loaded = 0
        let load = try await clock.measure {
            let result = try await store.load(basis: .approved, into: engine)
            loaded = result.engine.observations.count
        }
        let loadSeconds = Measure.seconds(load)
        print(
            "\(name): load the national store into the engine: \(Measure.format(loadSeconds, decimals: 2)) s for \(loaded) values — target < 2 s: \(Measure.format(loadSeconds / 2, decimals: 2))× the budget"
        )
    }

    /// A province template (Trà Vinh, 85 xã × 51 rows) written, every entry cell filled, read back and stored.
    static func templateRoundTrip() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ntm-bench-tpl-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        try await StoreSeeder.seedDemo(store, by: "bench")
        let engine = try await EvaluationService.referenceEngine(store: store)
        // A day the demo has no values for, so every entry is a first revision.
        let date = LocalDate(year: 2020, month: 6, day: 30)!
        let clock = ContinuousClock()
        var rows = 0
        let elapsed = try await clock.measure {
            var workbook = try TemplateWriter.workbook(
                for: "84", on: date, engine: engine, records: [], language: .vi, generatedAt: SystemClock().now())
            for index in workbook.sheets[0].rows.indices.dropFirst(TemplateWriter.headingRows) {
                let how = workbook.sheets[0].rows[index][5].value
                let entry: [XLSXCell] =
                    switch how {
                    case .text(let hint) where hint.hasPrefix("Tử số"): [.number(""), .number("95"), .number("100")]
                    case .text(let hint) where hint.hasPrefix("Chọn Đạt"), .text(let hint) where hint.hasPrefix("Có"):
                        [.text("Đạt"), XLSXCell(.empty), XLSXCell(.empty)]
                    default: [.number("0"), XLSXCell(.empty), XLSXCell(.empty)]
                    }
                workbook.sheets[0].rows[index][11] = entry[0].value == .number("") ? XLSXCell(.empty) : entry[0]
                workbook.sheets[0].rows[index][12] = entry[1]
                workbook.sheets[0].rows[index][13] = entry[2]
            }
            let bytes = try XLSXWriter.write(workbook)
            let plan = try TemplateImporter.plan(bytes, file: "travinh.xlsx", engine: engine)
            rows = plan.changes.count
            try await store.importValues(plan.changes, status: .draft, by: "bench", batch: "template")
        }
        let seconds = Measure.seconds(elapsed)
        print(
            "province template round trip (write, fill every entry, read, validate, store) for Trà Vinh: \(rows) values in \(Measure.format(seconds, decimals: 2)) s — target < 1 s: \(Measure.format(seconds, decimals: 2))× the budget"
        )
    }

    static func rate(_ count: Int, _ seconds: Double) -> String {
        let perSecond = Int(Double(count) / max(seconds, 1e-9))
        return perSecond.formatted(.number.grouping(.automatic))
    }

    static func withTemporaryPostgres(_ text: String, logger: Logger, _ body: (PostgresStore) async throws -> Void) async throws {
        let admin = try PostgresURL(text)
        let name = "ntm_bench_\(UUID().uuidString.prefix(8).lowercased())"
        let adminClient = PostgresClient(configuration: admin.configuration, backgroundLogger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await adminClient.run() }
            defer { group.cancelAll() }
            try await adminClient.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            var url = admin
            url.database = name
            let store = PostgresStore(url: url, logger: logger)
            do {
                try await withThrowingTaskGroup(of: Void.self) { inner in
                    inner.addTask { await store.client.run() }
                    defer { inner.cancelAll() }
                    try await store.migrate()
                    try await body(store)
                }
            } catch {
                print("PostgreSQL benchmark failed: \(error)")
            }
            // The store's connections close as its client stops; the server may take a moment to let them go, and
            // a role without pg_signal_backend may not force them.
            for attempt in 1...20 {
                do {
                    try await adminClient.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name)"))
                    break
                } catch  where attempt < 20 {
                    try await Task.sleep(for: .milliseconds(250))
                }
            }
        }
    }
}
