import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
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

    @Test("the detail shows the forecast as a probability with its basis, each xã's chance, and the history")
    func forecast() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let text = try await viewer.get("/muc-tieu/cang-long-70-2019?date=2019-06-30").text
            #expect(text.contains("<h2 id=\"forecast\">Dự báo khả năng đạt</h2>"))
            #expect(text.contains("Đây là xác suất ước tính, không phải kết quả"))
            #expect(text.contains("Dựa trên 3 lần ghi nhận từ 30/06/2018 đến 30/06/2019"))
            #expect(text.contains("href=\"/xa/29305?date=2019-06-30\">Xã Đức Mỹ</a> <progress"))
            #expect(text.contains("<h2 id=\"history\">Diễn biến</h2>"))
            #expect(text.contains("<span class=\"history-date\">31/12/2018</span>"))
            // Met goals have nothing left to forecast.
            let met = try await viewer.get("/muc-tieu/cang-long-huyen-6-2019?date=2019-06-30").text
            #expect(!met.contains("id=\"forecast\""))
            let list = try await viewer.get("/muc-tieu?date=2019-06-30").text
            #expect(list.contains("<th scope=\"col\">Khả năng đạt đúng hạn <small>(dự báo)</small></th>"))
            // The overview carries the province's goals too.
            let overview = try await viewer.get("/?scope=84&date=2019-06-30").text
            #expect(overview.contains("<h2 id=\"overview-targets\">"))
            #expect(overview.contains(">Càng Long: ≥ 70% số xã đạt chuẩn trước 15/10/2019</a>"))
            #expect(!list.contains("href=\"/sua-muc-tieu\""), "only the office adds targets")
            let csv = try await viewer.get("/muc-tieu?date=2019-06-30&format=csv")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Khả năng đạt đúng hạn (dự báo)"))
            #expect(csv.text.contains("cang-long-70-2019,"))
        }
    }

    static let formFields: [(String, String)] = [
        ("id", "chau-thanh-50"), ("titleVi", "Châu Thành: ≥ 50% số xã đạt chuẩn"), ("titleEn", ""), ("scope", "847"),
        ("kind", "share-at-standard"), ("value", "50"), ("start", "2019-06-30"), ("deadline", "2019-12-31"),
        ("sourceDocument", "Kế hoạch 2019"), ("sourceDate", "2019-01-15"), ("sourceText", ""), ("owner", "unit:847"), ("notes", ""),
    ]

    static func replacing(_ field: String, with value: String) -> [(String, String)] {
        formFields.map { $0.0 == field ? (field, value) : $0 }
    }

    @Test("the office adds a target in the browser and edits it; bad input comes back under its field, nothing stored")
    func officeForm() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let list = try await office.get("/muc-tieu").text
            #expect(list.contains("href=\"/sua-muc-tieu\""))
            #expect(try await office.get("/sua-muc-tieu").text.contains("<option value=\"unit:844\">Huyện Càng Long (844)</option>"))
            let tooMuch = try await office.postForm("/sua-muc-tieu", Self.replacing("value", with: "140"))
            #expect(tooMuch.status == .unprocessableContent)
            #expect(tooMuch.text.contains("<p class=\"field-error\" id=\"err-value\">"))
            #expect(tooMuch.text.contains("value=\"140\""), "the form keeps what was typed")
            let early = try await office.postForm("/sua-muc-tieu", Self.replacing("deadline", with: "2019-01-01"))
            #expect(early.text.contains("<p class=\"field-error\" id=\"err-deadline\">hạn 01/01/2019 sớm hơn ngày bắt đầu 30/06/2019</p>"))
            // Every problem in one round: an unreadable date and a share over 100%, each named in the summary too.
            let both = try await office.postForm(
                "/sua-muc-tieu", Self.replacing("sourceDate", with: "15/13/2019").map { $0.0 == "value" ? ("value", "140") : $0 })
            #expect(both.text.contains("id=\"err-sourceDate\""))
            #expect(both.text.contains("id=\"err-value\""))
            #expect(both.text.contains("<li>Con số yêu cầu: tỷ lệ 140% phải từ 0 đến 100%</li>"))
            let notADate = try await office.postForm("/sua-muc-tieu", Self.replacing("sourceDate", with: "15/13/2019"))
            #expect(notADate.text.contains("<p class=\"field-error\" id=\"err-sourceDate\">&#39;15/13/2019&#39; không phải ngày (dd/mm/yyyy)</p>"))
            #expect(try await services.store.targets().contains { $0.id == "chau-thanh-50" } == false)
            let saved = try await office.postForm("/sua-muc-tieu", Self.formFields)
            #expect(saved.status == .found)
            #expect(saved.headers[.location] == "/muc-tieu/chau-thanh-50")
            let edit = try await office.get("/sua-muc-tieu?id=chau-thanh-50").text
            #expect(edit.contains("<input type=\"hidden\" name=\"editing\" value=\"1\">"))
            var changed = Self.replacing("value", with: "60")
            changed.append(("editing", "1"))
            #expect(try await office.postForm("/sua-muc-tieu", changed).status == .found)
            #expect(try await services.store.targets().first { $0.id == "chau-thanh-50" }?.measure.value == "60")
            let audit = try await services.store.audit(AuditFilter(entity: "target", keyPrefix: "chau-thanh-50"))
            #expect(Set(audit.map(\.action)) == ["create-target", "update-target"])
            for username in ["xa", "huyen", "lanhdao"] {
                let browser = try await Browser.signedIn(username, on: client)
                #expect(try await browser.get("/sua-muc-tieu").status == .forbidden, "\(username)")
                #expect(try await browser.postForm("/sua-muc-tieu", Self.formFields).status == .forbidden, "\(username)")
            }
        }
    }
}
