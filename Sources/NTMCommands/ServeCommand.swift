import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NTMCore
import NTMData
import NTMStore
import NTMWeb

/// `ntm serve`: the web application and API.
public struct ServeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web application and JSON API (default http://127.0.0.1:8080).",
        discussion: "Environment: NTM_HOST, NTM_PORT, NTM_DATABASE_URL. Stops cleanly on SIGINT or SIGTERM.")

    @Option(help: "Address to listen on (default 127.0.0.1, or NTM_HOST).")
    var host: String?

    @Option(help: "Port to listen on (default 8080, or NTM_PORT); 0 picks a free one, printed once listening.")
    var port: Int?

    @Option(help: "The store: a SQLite file (default ntm.sqlite, or NTM_DATABASE_URL) or postgres://user:password@host/database.")
    var database: String?

    @Flag(help: "Load the synthetic Trà Vinh demo into a fresh store (a temporary file unless --database is given) and create demo accounts.")
    var demo = false

    @Option(help: "Which values the pages count: approved (official) or latest (working numbers).")
    var basis: ValueBasis = .approved

    @Option(help: "The date pages open on (default: the demo's briefing date, or today).")
    var date: LocalDate?

    @Option(help: "The unit the overview opens on (default: the only province in the store).")
    var scope: String?

    @Flag(help: "Never convert reports to PDF, even when LibreOffice is installed (the pages then offer Word files only).")
    var noPdf = false

    @Flag(help: "Mark cookies Secure (also done per request behind a trusted proxy sending X-Forwarded-Proto: https).")
    var secureCookies = false

    @Option(name: .customLong("trusted-proxy"), help: "A reverse proxy's IP address whose X-Forwarded-For/-Proto are believed. Repeat for several.")
    var trustedProxies: [String] = []

    @Option(help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: String = "info"

    public init() {}

    public func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "ntm.serve")
        let host = host ?? environment["NTM_HOST"] ?? "127.0.0.1"
        guard let port = port ?? Int(environment["NTM_PORT"] ?? "8080") else {
            throw ValidationError("NTM_PORT must be a port number")
        }
        var temporary: String?
        let location: StoreLocation
        if demo && database == nil && environment["NTM_DATABASE_URL"] == nil {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("ntm-demo-\(ProcessInfo.processInfo.processIdentifier).sqlite")
                .path
            temporary = path
            location = .sqlite(path: path)
        } else {
            location = try StoreLocation.resolve(database, environment: environment)
        }
        defer {
            if let temporary {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
            }
        }
        let options = self
        try await location.withStore(logger: logger) { store in
            try await options.serve(store: store, location: location, host: host, port: port, logger: logger)
        }
    }

    private func serve(store: any NTMStore, location: StoreLocation, host: String, port: Int, logger: Logger) async throws {
        let empty = try await store.loadUnits().allCodes.isEmpty
        if demo {
            guard empty else { throw ValidationError("--demo needs an empty store, but \(location) already holds units") }
            logger.info("loading the demo dataset", metadata: ["store": "\(location)"])
            try await StoreSeeder.seedDemo(store, by: "demo")
        } else if empty {
            logger.notice("the store is empty: loading the bundled criteria sets and units", metadata: ["store": "\(location)"])
            try await StoreSeeder.seedReferenceData(store, by: "serve")
        }
        let evaluation = try await EvaluationService(store: store, basis: basis, catchUpInterval: .milliseconds(200), logger: logger)
        let engine = try await evaluation.currentEngine()
        let clock = SystemClock()
        let fixedDate = date ?? (demo ? BundledData.demoBriefingDate : nil)
        let defaultDate = fixedDate ?? VietnamTime.today(clock)
        let home =
            try scope.map { text -> UnitCode in
                guard engine.units.allCodes.contains(UnitCode(text)) else { throw ValidationError("--scope: no unit has code \(text)") }
                return UnitCode(text)
            } ?? Self.onlyProvince(engine.units, on: defaultDate)
        let trend = demo ? BundledData.demoDates : []
        let configuration = WebConfiguration(
            host: host, port: port, secureCookies: secureCookies, fixedDate: fixedDate, defaultScope: home,
            trustedProxies: Set(trustedProxies), trendDates: trend, synthetic: demo, pdfConversion: !noPdf)
        var banner = [
            "NTM Monitor: http://\(host):\(port)/ (store \(location), \(basis.rawValue) values, date \(fixedDate?.iso ?? "today, \(defaultDate.iso)"))"
        ]
        if demo, let home {
            let accounts = try DemoAccounts.plan(engine: engine, on: defaultDate, province: home, targetYear: defaultDate.year)
            try await DemoAccounts.create(accounts, in: store)
            banner.append("Demo accounts (password \(DemoAccounts.password)):")
            banner += accounts.map {
                "  \($0.username.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.displayName)"
            }
        } else if try await store.accounts().isEmpty {
            banner.append("No accounts yet: create one with `ntm user add USERNAME --role office`.")
        }
        let services = try WebServices(evaluation: evaluation, configuration: configuration, clock: clock)
        // Flushed at once: when stdout is a pipe or file (scripts, CI), the accounts must show before the server blocks.
        let host = host
        let app = buildApplication(services: services, logger: logger) { bound in
            FileHandle.standardOutput.write(Data("Listening on http://\(host):\(bound)/\n".utf8))
        }
        FileHandle.standardOutput.write(Data((banner.joined(separator: "\n") + "\n").utf8))
        try await app.runService()
        logger.info("stopped")
    }

    static func onlyProvince(_ units: UnitHierarchy, on date: LocalDate) -> UnitCode? {
        let provinces = units.allCodes.filter { units.unit($0, on: date)?.kind == .province }
        return provinces.count == 1 ? provinces[0] : nil
    }
}
