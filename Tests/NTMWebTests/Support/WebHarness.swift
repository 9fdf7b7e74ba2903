import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NTMCore
import NTMData
import NTMStore
import NTMWeb

/// Builds the real application over a fresh copy of a demo store, for one test.
enum WebHarness {
    static let date = BundledData.demoBriefingDate
    static let province: UnitCode = "84"
    /// Bcrypt's lowest cost: the tests sign in often and do not test hashing strength.
    static let testCost: UInt8 = 4

    /// The demo store with its accounts, seeded once per test run and copied for each test.
    static let template = Task<String, any Error> {
        let path = temporaryPath("web-template")
        let store = try SQLiteStore(path: path + ".seed")
        try await store.migrate()
        try await StoreSeeder.seedDemo(store, by: "demo")
        let engine = try await EvaluationService(store: store).currentEngine()
        let accounts = try DemoAccounts.plan(engine: engine, on: date, province: province, targetYear: 2019)
        try await DemoAccounts.create(accounts, in: store, cost: testCost)
        // A second commune and district outside the demo accounts' scope, for authorization tests.
        let hash = try await Passwords.hash(DemoAccounts.password, cost: testCost)
        try await store.saveAccount(
            Account(username: "xa-khac", displayName: "Xã Hòa Ân", role: .commune, unit: Fixture.otherCommune),
            passwordHash: hash, by: "test")
        try await store.saveAccount(
            Account(username: "huyen-khac", displayName: "Huyện Cầu Kè", role: .district, unit: Fixture.otherDistrict),
            passwordHash: hash, by: "test")
        try await store.backup(to: path)
        return path
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ntm-\(name)-\(UUID().uuidString).sqlite").path
    }

    static func configuration(
        throttleAttempts: Int = 5, fixedDate: LocalDate? = date, trustedProxies: Set<String> = [],
        connections: ConnectionLimits = ConnectionLimits(), pdfConversion: Bool = false
    ) -> WebConfiguration {
        // PDF conversion is off unless a test asks for it: LibreOffice, when installed, takes seconds per document.
        WebConfiguration(
            port: 0, fixedDate: fixedDate, defaultScope: province, throttleAttempts: throttleAttempts, trustedProxies: trustedProxies,
            connections: connections, trendDates: BundledData.demoDates, synthetic: true, pdfConversion: pdfConversion)
    }

    /// Connection limits for tests that do not test them. HummingbirdTesting's live client connects before the test
    /// body runs, so the server's 10 s header timeout starts then; on CI's two cores under the full parallel suite
    /// the first request once arrived later than that and found the connection closed ("I/O on closed channel").
    static let patientConnections = ConnectionLimits(headerTimeout: .seconds(300), idleTimeout: .seconds(300))

    /// Runs `body` against the application built exactly as `ntm serve` builds it.
    static func withApp(
        throttleAttempts: Int = 5, basis: ValueBasis = .approved, fixedDate: LocalDate? = date,
        clock: any WallClock = ManualClock(date), trustedProxies: Set<String> = [], connections: ConnectionLimits = patientConnections,
        mode: TestingSetup = .router, pdfConversion: Bool = false,
        _ body: @Sendable (any TestClientProtocol, WebServices) async throws -> Void
    ) async throws {
        let path = temporaryPath("web")
        try FileManager.default.copyItem(atPath: try await template.value, toPath: path)
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        let evaluation = try await EvaluationService(store: store, basis: basis)
        let services = try WebServices(
            evaluation: evaluation,
            configuration: configuration(
                throttleAttempts: throttleAttempts, fixedDate: fixedDate, trustedProxies: trustedProxies, connections: connections,
                pdfConversion: pdfConversion),
            clock: clock)
        var logger = Logger(label: "ntm.web.test")
        logger.logLevel = .critical
        let app = buildApplication(services: services, logger: logger)
        try await app.test(mode) { client in try await body(client, services) }
    }
}

/// Units and indicators of the demo the tests refer to, with why each was chosen.
enum Fixture {
    /// Xã Đức Mỹ (Càng Long): registered for 2019, 18/19 at 2019-06-30, failing only TC11 (poverty).
    static let commune: UnitCode = "29305"
    static let district: UnitCode = "844"
    /// Xã Mỹ Cẩm, also in Càng Long: in the district reviewer's scope, outside the commune officer's.
    static let neighbour: UnitCode = "29269"
    /// A commune and district (Cầu Kè) outside every demo account's unit.
    static let otherCommune: UnitCode = "29311"
    static let otherDistrict: UnitCode = "845"
    static let set: CriteriaSetID = "commune-2016-2020"
    /// TC11's poverty rate (≤ 6% in the Mekong Delta): a percentage entered as households poor / households.
    static let poverty: IndicatorCode = "11"
    /// TC3's irrigation indicator: the agriculture department's criterion.
    static let irrigation: IndicatorCode = "3.1"
    /// A date after the demo's June briefing where nothing is stored yet.
    static let july = LocalDate(year: 2019, month: 7, day: 31) ?? WebHarness.date
}
