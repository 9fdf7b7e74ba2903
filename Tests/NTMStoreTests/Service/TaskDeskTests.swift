import NTMCore
import NTMData
import NTMStore
import NTMTasks
import Testing

/// Who may write directives and tasks, checked for every kind of write and every kind of account.
@Suite("Task desk: authorization and checks")
struct TaskDeskTests {
    static func day(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }
    static let office = Account(username: "vanphong", displayName: "VPĐP", role: .office)
    static let health = Account(username: "so-yt", displayName: "Sở Y tế", role: .department, organisation: .department("SYT"))
    static let agriculture = Account(username: "so-nn", displayName: "Sở NN", role: .department, organisation: .department("SNNPTNT"))
    static let district = Account(username: "huyen", displayName: "Càng Long", role: .district, organisation: .unit("844", since: nil))
    static let viewer = Account(username: "lanhdao", displayName: "Lãnh đạo", role: .viewer)

    static let directive = Directive(id: "kl-1", number: "1/TB", issuedOn: day("2019-07-24"), signer: "PCT", title: "Kết luận")
    static func task(lead: OrganisationRef = .department("SYT"), deadline: TaskDeadline = .on(day("2019-10-15"))) -> DirectiveTask {
        DirectiveTask(
            id: "t-1", directive: "kl-1", text: "Hướng dẫn TC15", lead: lead, criteria: [15], assignedOn: day("2019-07-24"), deadline: deadline)
    }

    func withDesk(_ body: (TaskDesk, any NTMStore) async throws -> Void) async throws {
        try await StoreHarness.withSQLite { store in
            try await StoreSeeder.seedReferenceData(store, by: "test")
            let engine = try await EvaluationService(store: store).currentEngine()
            try await body(TaskDesk(store: store, engine: engine), store)
        }
    }

    static let notYours = TaskError.forbidden(
        LocalizedText(
            vi: "nhiệm vụ 't-1' do Sở Y tế chủ trì; chỉ cán bộ của cơ quan chủ trì báo cáo tiến độ",
            en: "task 't-1' is led by Department of Health; only its officers report on it"))

    static let report = TaskWrite.report(ProgressReport(date: day("2019-08-01"), text: "Đã hướng dẫn", by: ""))

    @Test("only the office gives directives; a department, district or viewer is refused and nothing is stored")
    func onlyTheOfficeDirects() async throws {
        try await withDesk { desk, store in
            for account in [Self.health, Self.district, Self.viewer] {
                await #expect(
                    throws: TaskError.forbidden(
                        LocalizedText(
                            vi: "chỉ Văn phòng Điều phối ban hành văn bản chỉ đạo và giao nhiệm vụ",
                            en: "only the coordination office issues directives and gives tasks"))
                ) {
                    try await desk.createDirective(Self.directive, tasks: [Self.task()], as: account)
                }
            }
            #expect(try await store.directives().isEmpty)
            try await desk.createDirective(Self.directive, tasks: [Self.task()], as: Self.office)
            #expect(try await store.tasks().map(\.id) == ["t-1"])
        }
    }

    @Test("only the lead organisation's active officers report or complete; only the office extends")
    func reportsByTheLead() async throws {
        try await withDesk { desk, store in
            try await desk.createDirective(Self.directive, tasks: [Self.task()], as: Self.office)
            for account in [Self.office, Self.agriculture, Self.district, Self.viewer] {
                await #expect(throws: Self.notYours) { try await desk.record(Self.report, task: "t-1", as: account) }
                await #expect(throws: Self.notYours) { try await desk.record(.complete(on: Self.day("2019-09-01")), task: "t-1", as: account) }
            }
            var inactive = Self.health
            inactive.active = false
            await #expect(throws: Self.notYours) { try await desk.record(Self.report, task: "t-1", as: inactive) }
            let grant = TaskWrite.extend(DeadlineExtension(approvedOn: Self.day("2019-10-01"), newDue: Self.day("2019-11-01")))
            await #expect(
                throws: TaskError.forbidden(
                    LocalizedText(vi: "chỉ Văn phòng Điều phối gia hạn nhiệm vụ", en: "only the coordination office extends a task's deadline"))
            ) {
                try await desk.record(grant, task: "t-1", as: Self.health)
            }
            #expect(try await store.tasks().first?.reports == [])
            try await desk.record(Self.report, task: "t-1", as: Self.health)
            try await desk.record(grant, task: "t-1", as: Self.office)
            try await desk.record(.complete(on: Self.day("2019-10-20")), task: "t-1", as: Self.health)
            let stored = try #require(try await store.tasks().first)
            #expect(stored.reports.map(\.by) == ["so-yt"])
            #expect(stored.timeliness(on: Self.day("2019-12-31")) == .doneOnTime)
        }
    }

    @Test("an office account leads the office's tasks, named or not, and reports on them")
    func officeTask() async throws {
        try await withDesk { desk, store in
            let monitoring = DirectiveTask(
                id: "t-1", directive: "kl-1", text: "Theo dõi, đôn đốc", lead: .office, assignedOn: Self.day("2019-07-24"),
                deadline: .monthly(day: 25))
            try await desk.createDirective(Self.directive, tasks: [monitoring], as: Self.office)
            #expect(Account(username: "vp2", displayName: "VPĐP", role: .office).organisation == .office)
            try await desk.record(Self.report, task: "t-1", as: Account(username: "vp2", displayName: "VPĐP", role: .office))
            #expect(try await store.tasks().first?.reports.map(\.by) == ["vp2"])
        }
    }

    @Test("the refusal of someone else's task names the lead organisation in Vietnamese")
    func someoneElsesTask() async throws {
        try await withDesk { desk, _ in
            try await desk.createDirective(Self.directive, tasks: [Self.task()], as: Self.office)
            await #expect(throws: Self.notYours) {
                try await desk.record(Self.report, task: "t-1", as: Self.agriculture)
            }
        }
    }

    @Test("a task whose lead does not exist, or due before the directive, is refused with its field and nothing stored")
    func badTask() async throws {
        try await withDesk { desk, store in
            do {
                try await desk.createDirective(
                    Self.directive, tasks: [Self.task(lead: .department("SKHONGCO"), deadline: .on(Self.day("2019-07-01")))], as: Self.office)
                Issue.record("stored")
            } catch TaskError.invalid(let problems) {
                #expect(problems.map(\.field) == ["tasks[0].lead", "tasks[0].deadline"])
                #expect(problems.first?.message.vi == "không có cơ quan chủ trì 'department:SKHONGCO'")
            }
            #expect(try await store.directives().isEmpty)
            #expect(try await store.audit(AuditFilter(entity: "directive")).isEmpty)
        }
    }
}
