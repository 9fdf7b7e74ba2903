import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMTasks
import NTMWeb
import Testing

@Suite("Tasks and directives pages")
struct TasksPagesTests {
    @Test("the tasks page shows each organisation's scorecard and the tasks to chase on 31/12/2019, overdue first")
    func scorecards() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let page = try await office.get("/nhiem-vu?date=2019-12-31")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1>Nhiệm vụ <small>31/12/2019</small></h1>"))
            #expect(html.contains("Kết quả thực hiện theo cơ quan"))
            // Cần đôn đốc: the longest overdue first, the silent one last.
            let chase = try #require(
                html.components(separatedBy: "<h2>Cần đôn đốc</h2>").last?.components(separatedBy: "<h2>Tất cả nhiệm vụ</h2>").first)
            let order = ["huong-dan-sgddt", "cang-long-70-2019", "huong-dan-snnptnt-tc13", "huong-dan-sgtvt", "huong-dan-svhttdl"].map {
                chase.range(of: "/nhiem-vu/\($0)?")?.lowerBound
            }
            #expect(order.allSatisfy { $0 != nil })
            #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
            #expect(chase.contains("Quá hạn 92 ngày"))
            #expect(chase.contains("Không có thời hạn, quá 3 tháng chưa báo cáo"))
            let before = try await office.get("/nhiem-vu?date=2019-06-30")
            #expect(before.text.contains("Chưa có nhiệm vụ nào được giao đến ngày này."))
        }
    }

    @Test("a task page keeps the first deadline next to the extended one, and shows its reports")
    func extendedTask() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let html = try await viewer.get("/nhiem-vu/huong-dan-syt?date=2019-10-15").text
            #expect(html.contains("Đang thực hiện, còn 16 ngày"))
            #expect(html.contains("31/10/2019"))
            #expect(html.contains("hạn ban đầu <s>30/09/2019</s>"))
            #expect(html.contains("(minh họa) Đã kiểm tra trạm y tế 5 xã"))
            #expect(!html.contains("Gửi báo cáo tiến độ"), "a viewer has no form")
            let directive = try await viewer.get("/chi-dao/kl-giao-ban-2019-07-24?date=2019-12-31").text
            #expect(directive.contains("Kết luận giao ban trực tuyến NTM ngày 24/07/2019"))
            #expect(directive.contains("Phó Chủ tịch UBND tỉnh"))
            #expect(directive.contains("Quá hạn 77 ngày"))
        }
    }

    @Test("the department reports progress from its task page and the office sees it; another department is refused")
    func departmentReports() async throws {
        try await WebHarness.withApp { client, services in
            // The demo's agriculture task is done; give the department an open one to report on.
            let directive = Directive(
                id: "kl-2019-08-30", number: "98/TB-UBND", issuedOn: LocalDate(iso: "2019-08-30")!, signer: "PCT", title: "Kết luận tháng 8")
            let task = DirectiveTask(
                id: "nn-tc13", directive: directive.id, text: "Hướng dẫn hợp tác xã (TC13)", lead: .department("SNNPTNT"), criteria: [13],
                assignedOn: directive.issuedOn, deadline: .on(LocalDate(iso: "2019-11-30")!))
            try await services.store.createDirective(directive, tasks: [task], by: "vanphong")
            let department = try await Browser.signedIn("so-nnptnt", on: client)
            let form = try await department.get("/nhiem-vu/nn-tc13?date=2019-10-15")
            #expect(form.text.contains("Gửi báo cáo tiến độ"))
            let refused = try await department.postForm(
                "/nhiem-vu/nn-tc13/bao-cao?date=2019-10-15", [("date", "2019-10-14"), ("text", ""), ("percent", "120")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("cần nội dung báo cáo"))
            #expect(refused.text.contains("tỷ lệ hoàn thành 120 phải từ 0 đến 100"))
            let sent = try await department.postForm(
                "/nhiem-vu/nn-tc13/bao-cao?date=2019-10-15",
                [("date", "2019-10-14"), ("text", "Đã hướng dẫn 5 hợp tác xã"), ("percent", "40"), ("evidence", "BC 77/SNN")])
            #expect(sent.status == .found)
            let office = try await Browser.signedIn("vanphong", on: client)
            let seen = try await office.get("/nhiem-vu/nn-tc13?date=2019-10-15").text
            #expect(seen.contains("Đã hướng dẫn 5 hợp tác xã"))
            #expect(seen.contains("BC 77/SNN"))
            #expect(seen.contains("so-nnptnt"))
            #expect(!seen.contains("Gửi báo cáo tiến độ"), "the office extends, it does not report for the department")
            #expect(seen.contains("Gia hạn nhiệm vụ"))
            let other = try await office.postForm("/nhiem-vu/nn-tc13/bao-cao?date=2019-10-15", [("date", "2019-10-14"), ("text", "thay")])
            #expect(other.status == .forbidden)
            let entries = try await services.store.audit(AuditFilter(entity: "task"))
            #expect(entries.first { $0.key == "nn-tc13" }?.actor == "so-nnptnt")
        }
    }
}
