import Foundation
import Logging
import NTMCore
import NTMReports
import NTMStore
import NTMTargets

/// What handlers share: the live evaluation, the store, page rendering, sessions and caches.
public struct WebServices: Sendable {
    public let evaluation: EvaluationService
    public let store: any NTMStore
    public let configuration: WebConfiguration
    /// Where "now" comes from: sessions, throttling, time stamps and the date pages open on.
    public let clock: any WallClock
    let pages: PageRenderer
    let sessions: SessionCache
    let cache: ResponseCache
    let forecastRates: ForecastRatesCache
    /// The funding book, reloaded when a funding write changed the store.
    public let funds: FundLedger
    /// LibreOffice, when the server can convert reports to PDF; the pages offer PDF only then.
    public let pdf: PDFConverter?

    public init(evaluation: EvaluationService, configuration: WebConfiguration, clock: any WallClock = SystemClock()) throws {
        self.evaluation = evaluation
        store = evaluation.store
        self.configuration = configuration
        self.clock = clock
        pages = try PageRenderer()
        sessions = SessionCache()
        cache = ResponseCache()
        forecastRates = ForecastRatesCache()
        funds = FundLedger(store: evaluation.store)
        pdf = configuration.pdfConversion ? PDFConverter.installed() : nil
    }

    /// Where reports are gathered, with the forecast rates this server keeps.
    public var reports: ReportDesk {
        let (evaluation, cache) = (evaluation, forecastRates)
        return ReportDesk(
            store: store, service: evaluation, ledger: funds, fundsAlert: configuration.fundsAlert,
            rates: { targets, date, engine in cache.rates(for: targets, on: date, engine: engine, version: evaluation.version.current) })
    }

    /// The date pages open on: the configured one, or today in Vietnam at the time of this request, so a server
    /// running for weeks follows the calendar.
    func defaultDate() -> LocalDate {
        configuration.fixedDate ?? VietnamTime.today(clock)
    }

    /// The installation's home unit on `date`: the configured one, or on a date after it was merged the unit that
    /// carries it on (the Trà Vinh demo opened at a 2026 date shows Vĩnh Long rather than "no unit 84 on that date").
    func home(on date: LocalDate, units: UnitHierarchy) -> UnitCode? {
        configuration.defaultScope.map { units.carrier(of: $0, on: date) ?? $0 }
    }

    /// Dates shown in trends up to `date`.
    func trendDates(before date: LocalDate) -> [LocalDate] {
        let configured = configuration.trendDates.filter { $0 < date }
        if !configuration.trendDates.isEmpty { return configured }
        return (1...3).reversed().compactMap { LocalDate.endOfYear(date.year - $0) }
    }

    /// The engine and the forecast rates for `targets` on `date`, learned once per version of the values.
    func engineAndRates(for targets: [Target], on date: LocalDate) async throws -> (EvaluationEngine, ForecastRates) {
        let version = try await currentVersion()
        let engine = try await evaluation.currentEngine()
        return (engine, forecastRates.rates(for: targets, on: date, engine: engine, version: version))
    }

    /// The version cached pages are keyed on, after taking in other servers' writes when due: a cached page
    /// is never older than the catch-up interval.
    func currentVersion() async throws -> Int {
        try await evaluation.catchUpIfDue()
        return evaluation.version.current
    }
}
