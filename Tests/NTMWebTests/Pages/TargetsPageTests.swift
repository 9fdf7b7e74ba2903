import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

/// The briefing's targets in the browser: the demo's goals with their computed status, and the gap path.
@Suite("Targets pages")
struct TargetsPageTests {
    @Test("the list shows each demo goal with its status on the date, and the deadline's figure after it")
    func list() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let june = try await viewer.get("/muc-tieu?date=2019-06-30").text
            #expect(june.contains(">Càng Long: ≥ 70% số xã đạt chuẩn trước 15/10/2019</a>"))
            #expect(june.contains("53,85% / 70%"))
            #expect(june.contains("còn 107 ngày"), "30/06 to 15/10/2019")
            let december = try await viewer.get("/muc-tieu?date=2019-12-31").text
            #expect(december.contains("Không đạt đúng hạn"))
            #expect(december.contains("Đã đạt"))
            #expect(try await viewer.get("/").text.contains("href=\"/muc-tieu\""), "the menu links to it")
        }
    }

    @Test("the detail explains Càng Long's gap: 3 more xã, Xã Đức Mỹ first with TC11 and its department")
    func detail() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/muc-tieu/cang-long-70-2019?date=2019-06-30")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("<strong>Còn cần thêm 3 xã.</strong>"))
            #expect(text.contains("href=\"/xa/29305?date=2019-06-30\">Xã Đức Mỹ</a> — 18/19"))
            #expect(text.contains("<strong>TC11 Hộ nghèo</strong> · <small>Sở Lao động - Thương binh và Xã hội</small>"))
            #expect(text.contains("vượt 2,3 điểm %"))
            #expect(try await viewer.get("/muc-tieu/khong-co").status == .notFound)
        }
    }

    @Test("a district's page lists the goals set for it, and only those")
    func districtPage() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let cangLong = try await viewer.get("/huyen/844?date=2019-06-30").text
            #expect(cangLong.contains(">Càng Long: ≥ 70% số xã đạt chuẩn trước 15/10/2019</a>"))
            #expect(cangLong.contains(">Càng Long: đạt 6/9 tiêu chí huyện</a>"))
            #expect(!cangLong.contains("Cầu Kè: 100%"))
            let cauKe = try await viewer.get("/huyen/845?date=2019-06-30").text
            #expect(cauKe.contains(">Cầu Kè: 100% số xã đạt chuẩn năm 2019</a>"))
        }
    }
}
