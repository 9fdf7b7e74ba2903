import Foundation
import NTMCore
import NTMStore
import NTMTasks
import Testing

extension Conformance {
    static func day(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }

    static func directive(_ id: String, issued: String = "2019-07-24") -> Directive {
        Directive(
            id: id, number: "\(id)/TB-VPUB", issuedOn: day(issued), signer: "Phó Chủ tịch UBND tỉnh", title: "Kết luận giao ban",
            text: "Các sở, ngành hướng dẫn xã theo từng tiêu chí.")
    }

    static func task(_ id: String, directive: String, due: TaskDeadline = .on(day("2019-10-15"))) -> DirectiveTask {
        DirectiveTask(
            id: id, directive: directive, text: "Hướng dẫn xã hoàn thành tiêu chí 15", lead: .department("SYT"),
            supporting: [.unit("844", since: nil)], units: ["29236"], criteria: [15], targets: ["cang-long-70-2019"],
            assignedOn: day("2019-07-24"), deadline: due)
    }

    static let tasks: [ConformanceCase] = [
        ConformanceCase(name: "a directive and its tasks are stored together and read back as given, newest directive first") { store in
            try await store.createDirective(
                directive("a"), tasks: [task("a-1", directive: "a"), task("a-2", directive: "a", due: .monthly(day: 25))], by: "vanphong")
            try await store.createDirective(directive("b", issued: "2019-08-30"), tasks: [task("b-1", directive: "b", due: .none)], by: "vanphong")
            #expect(try await store.directives() == [directive("b", issued: "2019-08-30"), directive("a")])
            let stored = try await store.tasks()
            #expect(
                stored == [task("a-1", directive: "a"), task("a-2", directive: "a", due: .monthly(day: 25)), task("b-1", directive: "b", due: .none)])
            let audit = try await store.audit(AuditFilter(entity: "directive"))
            #expect(audit.map(\.action) == ["create-directive", "create-directive"])
            #expect(audit.contains { $0.key == "a" && $0.after?.contains("\"a-2\"") == true })
        },
        ConformanceCase(name: "a directive reusing a directive or task id is refused whole, nothing stored") { store in
            try await store.createDirective(directive("a"), tasks: [task("a-1", directive: "a")], by: "vanphong")
            await #expect(throws: TaskError.directiveExists("a")) {
                try await store.createDirective(directive("a"), tasks: [task("a-9", directive: "a")], by: "vanphong")
            }
            await #expect(throws: TaskError.taskExists("a-1")) {
                try await store.createDirective(directive("b"), tasks: [task("b-1", directive: "b"), task("a-1", directive: "b")], by: "vanphong")
            }
            #expect(try await store.directives().map(\.id) == ["a"])
            #expect(try await store.tasks().map(\.id) == ["a-1"])
            #expect(try await store.audit(AuditFilter(entity: "directive")).count == 1)
        },
        ConformanceCase(name: "reports, extensions and completion are appended in order, signed by the writer and audited") { store in
            try await store.createDirective(directive("a"), tasks: [task("a-1", directive: "a")], by: "vanphong")
            try await store.recordTask(
                .report(ProgressReport(date: day("2019-08-25"), text: "Đã hướng dẫn 3 xã", percent: 30, by: "someone else")), task: "a-1", by: "so-yt"
            )
            try await store.recordTask(
                .extend(DeadlineExtension(approvedOn: day("2019-10-10"), newDue: day("2019-11-15"), reference: "CV 12/VPĐP")), task: "a-1",
                by: "vanphong")
            try await store.recordTask(
                .report(ProgressReport(date: day("2019-11-01"), text: "Đã hướng dẫn đủ 17 xã", percent: 100, evidence: "BC 40/SYT", by: "")),
                task: "a-1", by: "so-yt")
            try await store.recordTask(.complete(on: day("2019-11-02")), task: "a-1", by: "so-yt")
            let stored = try #require(try await store.tasks().first)
            #expect(stored.reports.map(\.text) == ["Đã hướng dẫn 3 xã", "Đã hướng dẫn đủ 17 xã"])
            #expect(stored.reports.map(\.by) == ["so-yt", "so-yt"])
            #expect(stored.reports.last?.evidence == "BC 40/SYT")
            #expect(stored.extensions == [DeadlineExtension(approvedOn: day("2019-10-10"), newDue: day("2019-11-15"), reference: "CV 12/VPĐP")])
            #expect(stored.completedOn == day("2019-11-02"))
            #expect(stored.originalDue == day("2019-10-15"))
            #expect(stored.timeliness(on: day("2019-12-31")) == .doneOnTime)
            let audit = try await store.audit(AuditFilter(entity: "task"))
            #expect(audit.map(\.action).sorted() == ["complete-task", "extend-task", "report-task", "report-task"])
            #expect(audit.first { $0.action == "extend-task" }?.before == "2019-10-15")
        },
        ConformanceCase(name: "a completed task takes no more reports or completions; an unknown task is named") { store in
            try await store.createDirective(directive("a"), tasks: [task("a-1", directive: "a")], by: "vanphong")
            try await store.recordTask(.complete(on: day("2019-10-01")), task: "a-1", by: "so-yt")
            await #expect(throws: TaskError.taskClosed("a-1", on: day("2019-10-01"))) {
                try await store.recordTask(.report(ProgressReport(date: day("2019-10-02"), text: "thêm", by: "")), task: "a-1", by: "so-yt")
            }
            await #expect(throws: TaskError.taskClosed("a-1", on: day("2019-10-01"))) {
                try await store.recordTask(.complete(on: day("2019-10-05")), task: "a-1", by: "so-yt")
            }
            await #expect(throws: TaskError.unknownTask("zz")) {
                try await store.recordTask(.complete(on: day("2019-10-05")), task: "zz", by: "so-yt")
            }
            #expect(try await store.tasks().first?.reports == [])
            #expect(try await store.audit(AuditFilter(entity: "task")).count == 1)
        },
        ConformanceCase(name: "a report dated before the task was given, or in the future, is refused with its field") { store in
            try await store.createDirective(directive("a"), tasks: [task("a-1", directive: "a")], by: "vanphong")
            do {
                try await store.recordTask(
                    .report(ProgressReport(date: day("2019-07-01"), text: "sớm", percent: 120, by: "")), task: "a-1", by: "so-yt")
                Issue.record("the report was stored")
            } catch TaskError.invalid(let problems) {
                #expect(problems.map(\.field) == ["percent", "date"])
            }
            do {
                try await store.recordTask(.report(ProgressReport(date: day("2099-01-01"), text: "tương lai", by: "")), task: "a-1", by: "so-yt")
                Issue.record("the report was stored")
            } catch TaskError.invalid(let problems) {
                #expect(problems.map(\.field) == ["date"])
                #expect(problems.first?.message.vi.contains("chưa đến") == true)
            }
            #expect(try await store.tasks().first?.reports == [])
        },
        ConformanceCase(name: "concurrent reports on one task are all kept") { store in
            try await store.createDirective(directive("a"), tasks: [task("a-1", directive: "a")], by: "vanphong")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 1...16 {
                    group.addTask {
                        try await store.recordTask(
                            .report(ProgressReport(date: day("2019-08-01"), text: "báo cáo \(index)", by: "")), task: "a-1", by: "so-yt")
                    }
                }
                try await group.waitForAll()
            }
            let texts = try #require(try await store.tasks().first).reports.map(\.text)
            #expect(Set(texts) == Set((1...16).map { "báo cáo \($0)" }))
        },
    ]
}
