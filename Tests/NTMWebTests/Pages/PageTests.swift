import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

@Suite("Pages")
struct PageTests {
    @Test(
        "the overview's headline is the briefing's sentence",
        arguments: [
            (
                "/?scope=registered:2019@84&date=2019-06-30",
                "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."
            ),
            (
                "/?scope=registered:2019@84&date=2019-06-30&lang=en",
                "So far, 2/17 communes meet 19/19 criteria; 13 meet 14–18 criteria and 2 meet fewer than 14 criteria."
            ),
        ])
    func overviewHeadline(uri: String, headline: String) async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get(uri)
            #expect(page.status == .ok)
            #expect(page.text.contains(headline))
            #expect(page.text.contains("<svg class=\"chart\""))
        }
    }

    @Test(
        "every page renders for a signed-in viewer, in Vietnamese and English",
        arguments: [
            "/", "/giao-ban", "/giao-ban?step=3", "/ma-tran", "/ma-tran?scope=registered:2019@84", "/huyen/844", "/xa/29305",
            "/xa/29305/lich-su?indicator=11&set=commune-2016-2020", "/bo-tieu-chi", "/bo-tieu-chi/commune-2016-2020",
            "/bo-tieu-chi/commune-2026-2030",
        ])
    func pagesRender(uri: String) async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            for language in ["vi", "en"] {
                let page = try await viewer.get(uri + (uri.contains("?") ? "&" : "?") + "lang=\(language)")
                #expect(page.status == .ok, "\(uri) in \(language): \(page.text.prefix(300))")
                #expect(page.text.contains("<html lang=\"\(language)\">"))
                #expect(page.headers[.init("Content-Security-Policy")!]?.contains("script-src 'self'") == true)
            }
        }
    }

    @Test("a period without values reads as no data: no 0 % tiles, a no-data column, no province row called a district")
    func emptyPeriodIsNoData() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            // 1/3/2026: after the 2025 reform the 2026–2030 set applies and the demo's first 2026 values are dated 30/06.
            let page = try await viewer.get("/?date=2026-03-01").text
            #expect(page.contains("<th scope=\"col\">Chưa có số liệu</th>"))
            #expect(!page.contains("<span class=\"tile-value\">0%"))
            #expect(!page.contains("<th scope=\"col\">Tiêu chí huyện</th>"), "no district criteria after the reform")
            // The trend runs on from Trà Vinh's 2019 figures, the province Vĩnh Long was formed from.
            #expect(page.contains("<title>31/12/2019: 64,7%</title>"))
            // Grouped by the districts the communes came from, on request: a label, with no link to a district page.
            let grouped = try await viewer.get("/?date=2026-03-01&group=huyen-cu").text
            #expect(grouped.contains("<h2>Huyện cũ (trước 01/07/2025)</h2>"))
            #expect(grouped.contains("Huyện Càng Long"))
            #expect(!grouped.contains("href=\"/huyen/844"))
            #expect(page.contains("<h2>Tỉnh</h2>"))
            // In 2019 both columns are there, and the trend's labels use the Vietnamese decimal comma.
            let old = try await viewer.get("/?date=2019-06-30").text
            #expect(old.contains("<th scope=\"col\">Tiêu chí huyện</th>"))
            #expect(old.contains("<h2>Huyện</h2>"))
        }
    }

    @Test("people read names, not ids: the set's title, condition questions answered Có/Không, audit actions in words")
    func namesNotIds() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let commune = try await viewer.get("/xa/\(Fixture.commune)?date=2019-06-30").text
            #expect(!commune.contains("commune-2016-2020 —"))
            // Before the demo's first values (30/06/2018) the commune has no data, not "0/19 · chưa đạt chuẩn".
            let empty = try await viewer.get("/xa/\(Fixture.commune)?date=2018-01-31").text
            #expect(empty.contains("<span class=\"badge status-nodata\">Chưa có số liệu</span>"))
            #expect(!empty.contains("0/19"))
            #expect(try await viewer.get("/huyen/\(Fixture.district)").text.contains("<title>Huyện Càng Long · NTM Monitor</title>"))
            let officer = try await Browser.signedIn("xa", on: client)
            let entry = try await officer.get("/nhap-lieu/\(Fixture.commune)?date=2019-07-31").text
            #expect(!entry.contains("<span class=\"code\">no-commercial-infrastructure-in-plan</span>"))
            #expect(entry.contains("<option value=\"1\">Có</option>"))
            let office = try await Browser.signedIn("vanphong", on: client)
            let audit = try await office.get("/nhat-ky").text
            #expect(audit.contains("<td>Đăng nhập</td>"))
            #expect(!audit.contains("<td>sign-in</td>"))
        }
    }

    @Test("the commune page marks illustrative thresholds and names the criteria nearest to being met")
    func communePage() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/xa/\(Fixture.commune)?date=2019-06-30").text
            #expect(page.contains("Tiêu chí gần đạt nhất"))
            #expect(page.contains("TC11 Hộ nghèo"))
            #expect(page.contains("minh họa"))
            #expect(page.contains("18/19"))
        }
    }

    @Test("the criteria set page shows what is still unset rather than a guessed number")
    func criteriaSetShowsUnset() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/bo-tieu-chi/commune-2026-2030").text
            #expect(page.contains("chưa cấu hình"))
            #expect(page.contains("Còn thiếu trong bộ tiêu chí"))
        }
    }

    @Test("briefing mode steps through the districts with next and previous links")
    func briefingSteps() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let first = try await viewer.get("/giao-ban").text
            #expect(first.contains("rel=\"next\""))
            #expect(!first.contains("rel=\"prev\""))
            #expect(first.contains("class=\"briefing\""))
            // Step 2 is the briefing's goals, step 3 the year's funds; the districts follow.
            let district = try await viewer.get("/giao-ban?step=4").text
            #expect(district.contains("Huyện Càng Long"))
            #expect(district.contains("Xã Đức Mỹ"))
            #expect(district.contains("rel=\"prev\""))
        }
    }

    @Test("briefing steps name the criteria, put a district's communes first, compare with the last briefing and end on the matrix")
    func briefingContent() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let first = try await viewer.get("/giao-ban").text
            #expect(first.contains("So với 31/12/2018: đạt chuẩn 39 → 41 xã; bình quân 15,48 → 16,01 tiêu chí/xã."))
            #expect(first.contains("<strong>TC5</strong> Trường học"))
            #expect(first.contains("<details class=\"briefing-notices\"><summary>Ghi chú (3)</summary>"))
            let goals = try await viewer.get("/giao-ban?step=1").text
            #expect(goals.contains("Đã đạt 2/7 mục tiêu."))
            #expect(goals.contains("<th scope=\"row\">Càng Long: ≥ 70% số xã đạt chuẩn trước 15/10/2019</th>"))
            let funds = try await viewer.get("/giao-ban?step=2").text
            #expect(funds.contains("Giải ngân 53,2% kế hoạch năm 2019; 54,8% tính cả vốn chuyển nguồn"))
            let district = try await viewer.get("/giao-ban?step=4").text
            let communes = try #require(district.range(of: "briefing-communes"))
            let criteria = try #require(district.range(of: "briefing-criteria"))
            #expect(communes.lowerBound < criteria.lowerBound, "the commune table comes before the chart")
            #expect(district.contains("<th scope=\"row\">Xã Đức Mỹ</th><td class=\"num\">18/19</td><td>TC11 Hộ nghèo</td>"))
            // 1 province step + the goals + the funds + 9 districts + the matrix.
            let last = try await viewer.get("/giao-ban?step=12").text
            #expect(last.contains("Bước 13/13"))
            #expect(last.contains("<caption>Số xã đạt từng tiêu chí theo huyện</caption>"))
            #expect(!last.contains("rel=\"next\""))
            let registered = try await viewer.get("/giao-ban?scope=registered:2019@84&step=99").text
            #expect(registered.contains("<caption>Xã × tiêu chí</caption>"))
        }
    }

    @Test("the matrix marks each criterion's status with a symbol as well as a colour")
    func matrixSymbols() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/ma-tran?scope=registered:2019@84&date=2019-06-30").text
            #expect(page.components(separatedBy: "<tr").count - 1 == 17 + 2, "17 communes, a header and a footer row")
            #expect(page.contains("✗"))
        }
    }

    @Test("the review queue is for reviewers; commune officers and viewers are refused")
    func reviewQueueAccess() async throws {
        try await WebHarness.withApp { client, _ in
            for (role, status) in [("huyen", 200), ("so-nnptnt", 200), ("vanphong", 200), ("xa", 403), ("lanhdao", 403)] {
                let browser = try await Browser.signedIn(role, on: client)
                #expect(try await browser.get("/tham-dinh").status.code == status, "\(role)")
            }
        }
    }

    @Test("a review step the queue does not know is refused with the reason, not blamed on a missing comment")
    func unknownReviewAction() async throws {
        try await WebHarness.withApp { client, _ in
            let district = try await Browser.signedIn("huyen", on: client)
            let key = "\(Fixture.commune)|\(Fixture.set)|11|\(Fixture.july.iso)|2"
            let unknown = try await district.postForm("/tham-dinh", [("item", key), ("action", "delete")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("thao tác &#39;delete&#39; không hợp lệ") || unknown.text.contains("thao tác 'delete' không hợp lệ"))
            let returned = try await district.postForm("/tham-dinh", [("item", key), ("action", "return")])
            #expect(returned.text.contains("cần ý kiến"))
        }
    }
}
