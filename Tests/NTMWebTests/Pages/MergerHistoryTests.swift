import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

@Suite("History through the 2025 merger")
struct MergerHistoryTests {
    @Test("a commune formed on 01/07/2025 lists the communes it came from with their last assessment and when they reached the standard")
    func communePageShowsPredecessors() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/xa/29302?date=2026-06-30")
            #expect(page.status == .ok)
            let section = try #require(page.text.range(of: "Hình thành từ các đơn vị cũ, ngày 01/07/2025"))
            let text = String(page.text[section.lowerBound...])
            // Figures read from `ntm evaluate --unit … --date …` on the demo: Đức Mỹ 18/19 on 30/06/2019 and 19/19
            // from 30/09/2019; Đại Phước 17/19 then 19/19 from 30/09/2019; Nhị Long 16/19 at the end of 2019.
            for row in [
                ("Xã Đức Mỹ (29305)", "31/12/2019: đạt 19/19 tiêu chí (commune-2016-2020)", "Đạt chuẩn NTM từ 30/09/2019"),
                ("Xã Đại Phước (29296)", "31/12/2019: đạt 19/19 tiêu chí (commune-2016-2020)", "Đạt chuẩn NTM từ 30/09/2019"),
                ("Xã Nhị Long (29302)", "31/12/2019: đạt 16/19 tiêu chí (commune-2016-2020)", "Chưa đạt chuẩn"),
            ] {
                let start = try #require(text.range(of: row.0), "\(row.0) listed")
                let rest = text[start.upperBound...].prefix(1200)
                #expect(rest.contains(row.1), "\(row.0): last assessment")
                #expect(rest.contains(row.2), "\(row.0): standard")
            }
            #expect(text.contains("href=\"/xa/29305?date=2019-12-31\""), "a predecessor links to its own page on its last day")
            // A commune before the merger has no such section.
            #expect(!(try await viewer.get("/xa/29305?date=2019-06-30").text.contains("Hình thành từ")))
        }
    }
}

@Suite("Trend through the reform")
struct ReformTrendTests {
    @Test("Vĩnh Long's trend in 2026 continues from Trà Vinh's 2019 points and marks the reorganisation")
    func trendContinuesThroughReform() async throws {
        try await WebHarness.withApp { client, _ in
            // The demo's synthetic 2026 values (30/06/2026) give Vĩnh Long a point after the reform.
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/?scope=86&date=2026-06-30")
            #expect(page.status == .ok)
            let chart = try #require(page.text.range(of: "class=\"chart-marker\""), "the reform is marked")
            #expect(page.text[chart.lowerBound...].prefix(300).contains("Sắp xếp ĐVHC 01/07/2025"))
            // Trà Vinh's 31/12/2019 share (55 of 85 xã, the demo's end-of-year figure) is on the same line.
            #expect(page.text.contains("<title>31/12/2019: 64,7%</title>"))
        }
    }
}
