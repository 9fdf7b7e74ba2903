import Foundation
import NTMCore
import NTMStore

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
    /// Sign-in attempts on one account from one address within `throttleWindow` after which that pair waits.
    public var throttleAttempts: Int
    /// Sign-in attempts from one address, over every account, within `throttleWindow`.
    public var throttleAddressAttempts: Int
    public var throttleWindow: Duration
    /// Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed (exact IP addresses).
    /// Anyone else could write those headers to dodge the throttle or fake HTTPS.
    public var trustedProxies: Set<String>
    /// Dates shown in trends; empty means the ends of the three years before the date shown.
    public var trendDates: [LocalDate]
    /// How many connections may be open and how long clients may take.
    public var connections: ConnectionLimits
    /// The store holds the synthetic demo: every page says so.
    public var synthetic: Bool
    /// A commune that has disbursed less of its year's plan than this (per cent) is shown as lagging: the
    /// province's own alert level, not a legal figure.
    public var fundsAlert: FixedDecimal
    /// Whether reports may be converted to PDF with LibreOffice when it is installed (`ntm serve --no-pdf` turns
    /// it off, for a server that should not start office processes).
    public var pdfConversion: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, fixedDate: LocalDate? = nil,
        defaultScope: UnitCode?, sessionLifetime: Duration = .seconds(12 * 3600), throttleAttempts: Int = 5,
        throttleAddressAttempts: Int = 30, throttleWindow: Duration = .seconds(15 * 60), trustedProxies: Set<String> = [],
        connections: ConnectionLimits = ConnectionLimits(), trendDates: [LocalDate] = [], synthetic: Bool = false,
        fundsAlert: FixedDecimal = FixedDecimal(50), pdfConversion: Bool = true
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.fixedDate = fixedDate
        self.defaultScope = defaultScope
        self.sessionLifetime = sessionLifetime
        self.throttleAttempts = throttleAttempts
        self.throttleAddressAttempts = throttleAddressAttempts
        self.throttleWindow = throttleWindow
        self.trustedProxies = trustedProxies
        self.connections = connections
        self.trendDates = trendDates
        self.synthetic = synthetic
        self.fundsAlert = fundsAlert
        self.pdfConversion = pdfConversion
    }

    var throttleRule: LoginThrottleRule {
        LoginThrottleRule(
            window: Double(throttleWindow.components.seconds), perAccountAndAddress: throttleAttempts, perAddress: throttleAddressAttempts)
    }
}
