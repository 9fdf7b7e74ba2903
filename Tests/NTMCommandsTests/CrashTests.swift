import Foundation
import NTMCommands
import NTMCore
import NTMData
import NTMProcess
import NTMStore
import Testing

/// Kills `ntm import` with SIGKILL at random moments: the store must hold none of the import or all of it.
@Suite("Crash safety", .tags(.slow), .enabled(if: Tools.ntm != nil, "the ntm executable was not built next to the tests"))
struct CrashTests {
    /// The demo's values re-dated to `dates` days of 2017, as one large CSV file.
    static func largeImport(dates: Int) throws -> (csv: String, count: Int) {
        let engine = try BundledData.demoEngine()
        let base = engine.observations.allObservations().filter { $0.date == LocalDate(iso: "2019-06-30") }
        var observations: [Observation] = []
        for day in 0..<dates {
            guard let date = LocalDate(year: 2017, month: 1 + day / 28, day: 1 + day % 28) else { continue }
            observations += base.map {
                var copy = $0
                copy.date = date
                copy.source = "crash test"
                return copy
            }
        }
        return (DataWriter.observationsCSV(observations), observations.count)
    }

    @Test("20 imports killed at random moments leave none or all of each import")
    func killedImportsAreAtomic() async throws {
        let ntm = try #require(Tools.ntm)
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (csv, count) = try Self.largeImport(dates: 12)
        let file = directory.appendingPathComponent("lon.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let seed = directory.appendingPathComponent("seed.sqlite").path
        try await InitCommand.parse(["--database", seed]).run()
        let baseline = try await StoreLocation(seed).withStore(logger: .init(label: "test")) { try await $0.latestRecordID() }

        // One uninterrupted import tells how long the window is.
        let timed = directory.appendingPathComponent("timed.sqlite").path
        try FileManager.default.copyItem(atPath: seed, toPath: timed)
        let start = ContinuousClock.now
        let full = try Tools.run(ntm, ["import", file.path, "--database", timed])
        let window = ContinuousClock.now - start
        #expect(full.status == 0, "\(full.errors)")
        #expect(try await stored(in: timed, after: baseline, limit: count + 1) == count)

        var outcomes: [Int] = []
        var random = SystemRandomNumberGenerator()
        for attempt in 0..<20 {
            let database = directory.appendingPathComponent("crash-\(attempt).sqlite").path
            try FileManager.default.copyItem(atPath: seed, toPath: database)
            let child = try ChildProcess.start(ntm, ["import", file.path, "--database", database])
            // From early in the parse to just past the end; the write transaction sits in the last part of the window.
            let seconds = Double(window.components.seconds) + Double(window.components.attoseconds) / 1e18
            let delay = seconds * Double.random(in: 0.2...1.1, using: &random)
            try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            child.send(SIGKILL)
            _ = await child.wait()
            let stored = try await stored(in: database, after: baseline, limit: count + 1)
            #expect(stored == 0 || stored == count, "attempt \(attempt): \(stored) of \(count) values survived the kill")
            outcomes.append(stored)
        }
        // Report how the kills fell, so a run where every kill missed the write is visible.
        print(
            "crash test: \(outcomes.filter { $0 == 0 }.count) kills left nothing, \(outcomes.filter { $0 == count }.count) left the whole import of \(count) values"
        )
    }

    private func stored(in database: String, after id: Int64, limit: Int) async throws -> Int {
        try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            try await store.records(after: id, limit: limit).count
        }
    }
}
