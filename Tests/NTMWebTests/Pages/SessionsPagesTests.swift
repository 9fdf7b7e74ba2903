import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMWeb
import Testing

@Suite("Briefing sessions: frozen figures and what changed since")
struct SessionsPagesTests {
    @Test("the 24/07/2019 session shows the figures it presented, its directive, and stays the same after a value changes")
    func frozen() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/cuoc-hop/giao-ban-2019-07-24").text
            let headline = "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."
            #expect(page.contains(headline))
            #expect(page.contains("Kết luận giao ban trực tuyến NTM ngày 24/07/2019"))
            #expect(page.contains("Không xã nào thay đổi so với số liệu đã chốt."))
            // Compared with the end of 2019: the frozen figures stay as presented, the comparison shows what moved.
            let api = try #require(try await viewer.get("/api/v1/briefings/giao-ban-2019-07-24?compare=2019-12-31").json as? [String: Any])
            let snapshot = try #require((api["session"] as? [String: Any])?["snapshot"] as? [String: Any])
            #expect(snapshot["headline"] as? String == headline)
            let comparison = try #require(api["comparison"] as? [String: Any])
            let changes = try #require(comparison["changes"] as? [[String: Any]])
            #expect(!changes.isEmpty, "by the end of 2019 the registered xã had moved")
            #expect((comparison["headline"] as? String)?.hasPrefix("Kết quả đến nay, có ") == true)
            let later = try await viewer.get("/cuoc-hop/giao-ban-2019-07-24?compare=2019-12-31").text
            #expect(later.contains(headline), "the frozen figures do not follow the values")
            #expect(later.contains("Đạt thêm"))
            let projector = try await viewer.get("/giao-ban?session=giao-ban-2019-07-24").text
            #expect(projector.contains(headline))
            #expect(projector.contains("số liệu đến 30/06/2019, đã chốt"))
        }
    }

    @Test("only the office freezes a briefing; a date without values is refused; an existing id cannot be replaced")
    func freeze() async throws {
        try await WebHarness.withApp { client, _ in
            let body: [String: Any] = [
                "id": "giao-ban-2019-10-15", "title": "Giao ban tháng 10", "heldOn": "2019-10-15", "chair": "Phó Chủ tịch UBND tỉnh",
                "participants": ["office", "department:SNNPTNT"], "scope": "registered:2019@84", "figuresOn": "2019-09-30",
            ]
            let district = try await Browser.signedIn("huyen", on: client)
            #expect(try await district.postJSON("/api/v1/briefings", body).status == .forbidden)
            let office = try await Browser.signedIn("vanphong", on: client)
            var empty = body
            empty["figuresOn"] = "2017-01-01"
            empty["heldOn"] = "2017-01-02"
            let refused = try await office.postJSON("/api/v1/briefings", empty)
            #expect(refused.status == .unprocessableContent)
            #expect(((refused.json as? [String: Any])?["detail"] as? String)?.contains("không có số liệu nào") == true)
            let created = try await office.postJSON("/api/v1/briefings", body)
            #expect(created.status == .created)
            #expect(((created.json as? [String: Any])?["contentHash"] as? String)?.count == 64)
            #expect(try await office.postJSON("/api/v1/briefings", body).status == .conflict)
            let list = try #require(try await office.get("/api/v1/briefings").json as? [[String: Any]])
            #expect(list.compactMap { ($0["session"] as? [String: Any])?["id"] as? String } == ["giao-ban-2019-10-15", "giao-ban-2019-07-24"])
        }
    }

    @Test("the office freezes a session from its page; a bad date is named at its field and nothing is stored")
    func holdFromThePage() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let form = try await office.get("/cuoc-hop").text
            #expect(form.contains("Chốt số liệu cuộc họp"))
            #expect(form.contains("<option value=\"registered:2019@84\">"))
            let fields = [("title", "Giao ban tháng 10"), ("heldOn", "2019-10-15"), ("chair", "Phó Chủ tịch UBND tỉnh"), ("scope", "unit:844")]
            let refused = try await office.postForm("/cuoc-hop", fields + [("date", "2019-10-20"), ("id", "gb-10")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("ngày chốt số liệu 20/10/2019 sau ngày họp 15/10/2019"))
            #expect(try await services.store.sessions().count == 1)
            let held = try await office.postForm("/cuoc-hop", fields + [("date", "2019-09-30"), ("id", "gb-10")])
            #expect(held.status == .found)
            let page = try await office.get("/cuoc-hop/gb-10").text
            #expect(page.contains("Huyện Càng Long"))
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            #expect(!(try await viewer.get("/cuoc-hop").text.contains("Chốt số liệu cuộc họp")), "a viewer has no form")
            #expect(try await viewer.postForm("/cuoc-hop", fields + [("date", "2019-09-30"), ("id", "gb-11")]).status == .forbidden)
        }
    }

    @Test("the organisations page lists the office, the departments and the province's units with their codes and tasks")
    func organisations() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let html = try await viewer.get("/co-quan?date=2019-12-31").text
            #expect(html.contains("<span class=\"code\">VPĐP</span>"))
            #expect(html.contains("<span class=\"code\">SNNPTNT</span>"))
            #expect(html.contains("Huyện Càng Long"))
            #expect(html.contains("Xã Long Khánh"))
            #expect(html.contains("/so-nganh/SGDDT?date=2019-12-31"))
            #expect(html.contains("1 Quá hạn"), "Sở GD&ĐT's overdue task is counted")
        }
    }
}
