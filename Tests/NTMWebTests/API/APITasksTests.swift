import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMWeb
import Testing

@Suite("Directives and tasks API")
struct APITasksTests {
    static var directive: [String: Any] {
        [
            "id": "kl-2019-08-30", "number": "98/TB-UBND", "issuedOn": "2019-08-30", "signer": "Phó Chủ tịch UBND tỉnh", "title": "Kết luận tháng 8",
            "tasks": [["id": "chau-thanh-tc5", "text": "Châu Thành hoàn thành TC5", "lead": "unit:847", "criteria": [5], "deadline": "2019-11-30"]],
        ]
    }

    @Test("the task list gives each task's timeliness on the date; attention=true keeps the ones to chase")
    func list() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let all = try #require(try await viewer.get("/api/v1/tasks?date=2019-10-15").json as? [String: Any])
            #expect((all["tasks"] as? [[String: Any]])?.count == 28)
            let chase = try #require(try await viewer.get("/api/v1/tasks?date=2019-12-31&attention=true").json as? [String: Any])
            let tasks = try #require(chase["tasks"] as? [[String: Any]])
            #expect(
                tasks.map { $0["id"] as? String } == [
                    "huong-dan-sgddt", "cang-long-70-2019", "huong-dan-snnptnt-tc13", "huong-dan-sgtvt", "huong-dan-svhttdl",
                ])
            let led = try #require(try await viewer.get("/api/v1/tasks?date=2019-12-31&lead=unit:844").json as? [String: Any])
            #expect((led["tasks"] as? [[String: Any]])?.map { $0["id"] as? String } == ["cang-long-70-2019", "giai-ngan-844"])
            #expect(try await viewer.get("/api/v1/tasks?lead=nobody").status == .badRequest)
            #expect(try await viewer.get("/api/v1/tasks?lead=").status == .badRequest, "an empty lead names no organisation")
            let one = try #require(try await viewer.get("/api/v1/tasks/huong-dan-syt?date=2019-12-31").json as? [String: Any])
            #expect((one["summary"] as? [String: Any])?["originalDue"] as? String == "2019-09-30")
            #expect((one["extensions"] as? [[String: Any]])?.first?["newDue"] as? String == "2019-10-31")
            #expect(try await viewer.get("/api/v1/tasks/khong-co").status == .notFound)
        }
    }

    @Test("the office issues a directive; a district may not; a bad lead is named by its field and nothing is stored")
    func issue() async throws {
        try await WebHarness.withApp { client, services in
            let district = try await Browser.signedIn("huyen", on: client)
            #expect(try await district.postJSON("/api/v1/directives", Self.directive).status == .forbidden)
            let office = try await Browser.signedIn("vanphong", on: client)
            var bad = Self.directive
            bad["tasks"] = [["id": "x", "text": "x", "lead": "department:KHONGCO", "deadline": "2019-08-01"]]
            let refused = try await office.postJSON("/api/v1/directives", bad)
            #expect(refused.status == .unprocessableContent)
            let fields = ((refused.json as? [String: Any])?["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
            #expect(fields == ["tasks[0].lead", "tasks[0].deadline"])
            #expect(try await services.store.directives().count == 1)
            var unknownSession = Self.directive
            unknownSession["session"] = "khong-co"
            let noSession = try await office.postJSON("/api/v1/directives", unknownSession)
            #expect(((noSession.json as? [String: Any])?["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String } == ["session"])
            var withSession = Self.directive
            withSession["session"] = "giao-ban-2019-07-24"
            withSession["id"] = "kl-voi-cuoc-hop"
            withSession["tasks"] = [["id": "t-cuoc-hop", "text": "x", "lead": "office"]]
            #expect(try await office.postJSON("/api/v1/directives", withSession).status == .created)
            let created = try await office.postJSON("/api/v1/directives", Self.directive)
            #expect(created.status == .created)
            #expect(((created.json as? [String: Any])?["tasks"] as? [String]) == ["chau-thanh-tc5"])
            #expect(try await office.postJSON("/api/v1/directives", Self.directive).status == .conflict)
        }
    }

    @Test("only the lead's officers report and complete, only the office extends; a done task refuses more")
    func writes() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let district = try await Browser.signedIn("huyen", on: client)
            let report: [String: Any] = ["date": "2019-12-20", "text": "Thêm 1 xã trình thẩm định", "percent": 80]
            #expect(try await office.postJSON("/api/v1/tasks/cang-long-70-2019/reports", report).status == .forbidden)
            let sent = try await district.postJSON("/api/v1/tasks/cang-long-70-2019/reports?date=2019-12-31", report)
            #expect(sent.status == .created)
            #expect(
                ((sent.json as? [String: Any])?["summary"] as? [String: Any])?["lastReport"].flatMap { ($0 as? [String: Any])?["by"] as? String }
                    == "huyen")
            let grant: [String: Any] = ["approvedOn": "2019-10-10", "newDue": "2019-12-31"]
            #expect(try await district.postJSON("/api/v1/tasks/cang-long-70-2019/extensions", grant).status == .forbidden)
            let extended = try await office.postJSON("/api/v1/tasks/cang-long-70-2019/extensions?date=2019-12-31", grant)
            #expect(extended.status == .created)
            #expect(((extended.json as? [String: Any])?["summary"] as? [String: Any])?["status"] as? String == "within-deadline")
            #expect(try await district.postJSON("/api/v1/tasks/cang-long-70-2019/completion", ["date": "2019-12-28"]).status == .created)
            #expect(try await district.postJSON("/api/v1/tasks/cang-long-70-2019/reports", report).status == .conflict)
            #expect(try await district.postJSON("/api/v1/tasks/cang-long-70-2019/completion", ["date": "2099-01-01"]).status == .conflict)
            #expect(try await district.postJSON("/api/v1/tasks/giai-ngan-844/completion", ["date": "2099-01-01"]).status == .unprocessableContent)
        }
    }
}
