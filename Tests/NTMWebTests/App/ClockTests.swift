import Foundation
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

/// "Today" follows the clock on every request; it is never frozen when the server starts.
@Suite("The date pages open on")
struct ClockTests {
    /// Regression: the default date was computed once at start-up, so a server running for weeks kept opening
    /// on its first day.
    @Test("without a fixed date, each request opens on today in Vietnam, and midnight in Vietnam moves it")
    func defaultDateFollowsTheClock() async throws {
        // 23:59:30 in Vietnam (16:59:30 UTC) on 30/11/2026.
        let clock = ManualClock(LocalDate(year: 2026, month: 11, day: 30)!, secondsAfterMidnight: 23 * 3600 + 59 * 60 + 30)
        try await WebHarness.withApp(fixedDate: nil, clock: clock) { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let before = try #require(try await viewer.get("/api/v1/summary?scope=all&bands=standard&communes=false").json as? [String: Any])
            #expect(before["date"] as? String == "2026-11-30")
            clock.advance(by: 60)
            let after = try #require(try await viewer.get("/api/v1/summary?scope=all&bands=standard&communes=false").json as? [String: Any])
            #expect(after["date"] as? String == "2026-12-01")
        }
    }

    @Test("a date in Vietnam is computed from UTC+7 whatever the server's zone")
    func vietnamDate() {
        let lateUTC = Date(timeIntervalSince1970: 1_785_517_200)  // 2026-07-31 17:00 UTC = 01/08/2026 00:00 in Vietnam
        #expect(VietnamTime.date(of: lateUTC) == LocalDate(year: 2026, month: 8, day: 1))
        #expect(VietnamTime.date(of: lateUTC.addingTimeInterval(-1)) == LocalDate(year: 2026, month: 7, day: 31))
        #expect(VietnamTime.start(of: LocalDate(year: 2026, month: 8, day: 1)!) == lateUTC)
    }
}
