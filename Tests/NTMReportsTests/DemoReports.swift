import Foundation
import Logging
import NTMCore
import NTMData
import NTMStore

@testable import NTMReports

/// One demo store for the report tests, seeded once: the Trà Vinh demo with its targets, session, directive,
/// tasks and funds, in a temporary SQLite file.
enum DemoReports {
    struct Demo: Sendable {
        let store: SQLiteStore
        let service: EvaluationService
        let desk: ReportDesk
    }

    static let demo = Task<Demo, any Error> { try await make() }

    /// A freshly seeded demo store and its desk; tests that change values make their own.
    static func make() async throws -> Demo {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ntm-reports-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        try await StoreSeeder.seedDemo(store, by: "demo")
        var logger = Logger(label: "ntm.tests.reports")
        logger.logLevel = .critical
        let service = try await EvaluationService(store: store, basis: .approved, logger: logger)
        return Demo(
            store: store, service: service,
            desk: ReportDesk(store: store, service: service, ledger: FundLedger(store: store), fundsAlert: FixedDecimal(50)))
    }

    static let briefingScope = EvaluationScope.registered(year: 2019, within: "84")
    static let briefingDate = LocalDate(year: 2019, month: 6, day: 30)!
    static let headline = "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."
}
