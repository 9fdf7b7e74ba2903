import Foundation
import NTMCore

/// How the server runs: where it listens and how cookies are protected.
public struct WebConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Mark cookies Secure; also done per request when a proxy reports `X-Forwarded-Proto: https`.
    public var secureCookies: Bool
    /// The date pages open on when none is asked for; nil means today in Vietnam, computed per request.
    public var fixedDate: LocalDate?
    /// The unit the overview opens on (a province), or nil for every commune.
    public var defaultScope: UnitCode?
    public var sessionLifetime: Duration
    /// Failed logins of one user within `throttleWindow` after which logins are refused for that window.
    public var throttleAttempts: Int
    public var throttleWindow: Duration
    /// Dates shown in trends; empty means the ends of the three years before the date shown.
    public var trendDates: [LocalDate]
    /// The store holds the synthetic demo: every page says so.
    public var synthetic: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, fixedDate: LocalDate? = nil,
        defaultScope: UnitCode?, sessionLifetime: Duration = .seconds(12 * 3600), throttleAttempts: Int = 5,
        throttleWindow: Duration = .seconds(15 * 60), trendDates: [LocalDate] = [], synthetic: Bool = false
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.fixedDate = fixedDate
        self.defaultScope = defaultScope
        self.sessionLifetime = sessionLifetime
        self.throttleAttempts = throttleAttempts
        self.throttleWindow = throttleWindow
        self.trendDates = trendDates
        self.synthetic = synthetic
    }
}
