import NTMCore
import NTMData
import NTMTargets
import NTMTasks
import Testing

@Suite("Directives file and the demo's 24/07/2019 conclusions")
struct DirectivesLoaderTests {
    static let engine = Result { try BundledData.demoEngine() }
    static func day(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }

    static func demo() throws -> DirectiveFile {
        let engine = try engine.get()
        return try BundledData.demoDirectives(engine: engine, targets: try BundledData.demoTargets(engine: engine))
    }

    @Test("the commune tasks go to exactly the communes below 12 criteria on 30/06/2019")
    func communesBelowTwelve() throws {
        let engine = try Self.engine.get()
        let summary = try engine.summary(of: .unit("84"), on: Self.day("2019-06-30"), bands: .standardOnly)
        let below = Set(summary.communeRows.filter { $0.criteriaMet < 12 }.map(\.code))
        let tasks = try #require(try Self.demo().directives.first).tasks
        let leads = Set(tasks.filter { $0.id.hasPrefix("duoi-12-") }.compactMap(\.lead.unitCode))
        #expect(below.count == 15)
        #expect(leads == below)
    }

    /// Worked out by hand from the file's deadlines, extensions, reports and completions.
    static let expected: [String: (Timeliness, Timeliness)] = [
        "huong-dan-snnptnt": (.doneLate(days: 5), .doneLate(days: 5)),
        "huong-dan-snnptnt-tc13": (.withinDeadline(daysLeft: 46), .overdue(days: 31)),
        "huong-dan-syt": (.withinDeadline(daysLeft: 16), .doneOnTime),
        "huong-dan-sgddt": (.overdue(days: 15), .overdue(days: 92)),
        "huong-dan-sgtvt": (.withinDeadline(daysLeft: 10), .overdue(days: 6)),
        "huong-dan-svhttdl": (.noDeadline(stale: false), .noDeadline(stale: true)),
        "huong-dan-sxd": (.withinDeadline(daysLeft: 77), .withinDeadline(daysLeft: 0)),
        "huong-dan-sldtbxh": (.withinDeadline(daysLeft: 77), .doneOnTime),
        "vpdp-theo-doi": (.withinDeadline(daysLeft: 10), .withinDeadline(daysLeft: 25)),
        "cau-ke-dat-chuan-2019": (.withinDeadline(daysLeft: 77), .doneOnTime),
        "cang-long-70-2019": (.withinDeadline(daysLeft: 0), .overdue(days: 77)),
        "giai-ngan-844": (.withinDeadline(daysLeft: 77), .withinDeadline(daysLeft: 0)),
    ]

    @Test("the demo's tasks stand on 15/10/2019 and 31/12/2019 as worked out by hand")
    func demoTimeliness() throws {
        let file = try Self.demo()
        var tasks = Dictionary(uniqueKeysWithValues: try #require(file.directives.first).tasks.map { ($0.id, $0) })
        for (id, write, by) in file.progress {
            switch write {
            case .report(var report):
                report.by = by
                tasks[id]?.reports.append(report)
            case .extend(let grant): tasks[id]?.extensions.append(grant)
            case .complete(let date): tasks[id]?.completedOn = date
            }
        }
        for (id, (october, december)) in Self.expected {
            let task = try #require(tasks[id], "\(id)")
            #expect(task.timeliness(on: Self.day("2019-10-15")) == october, "\(id) on 15/10/2019")
            #expect(task.timeliness(on: Self.day("2019-12-31")) == december, "\(id) on 31/12/2019")
        }
        #expect(tasks["cang-long-70-2019"]?.deadlineIllustrative == false)
        #expect(tasks["huong-dan-syt"]?.deadlineIllustrative == true)
    }

    static let valid = """
        directives:
          - id: kl-1
            number: "12/TB-UBND"
            issued: 2019-07-24
            signer: "Phó Chủ tịch"
            title: "Kết luận"
            tasks:
              - id: t-1
                text: "Hướng dẫn"
                lead: department:SYT
                deadline: 2019-10-15
        """

    func load(_ text: String) throws -> DirectiveFile {
        let engine = try Self.engine.get()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        return try DirectivesLoader.load(text, file: "kl.yaml", directory: directory, targets: ["cang-long-70-2019"])
    }

    @Test("a valid file gives its directive and task, with the monthly and empty deadline forms")
    func validFile() throws {
        let file = try load(Self.valid)
        #expect(file.directives.first?.directive.number == "12/TB-UBND")
        #expect(file.directives.first?.tasks.first?.deadline == .on(Self.day("2019-10-15")))
        #expect(file.directives.first?.tasks.first?.assignedOn == Self.day("2019-07-24"))
        #expect(TaskDeadline(text: "monthly:25") == .monthly(day: 25))
        #expect(TaskDeadline(text: "monthly:32") == nil)
        #expect(TaskDeadline(text: "") == TaskDeadline.none)
        #expect(TaskDeadline(text: "15/10/2019") == .on(Self.day("2019-10-15")))
    }

    @Test("an unknown lead organisation and a deadline before the directive are refused at their lines, in Vietnamese")
    func badTask() {
        let text = Self.valid.replacingOccurrences(of: "department:SYT", with: "department:SKHONGCO")
            .replacingOccurrences(of: "deadline: 2019-10-15", with: "deadline: 2019-07-01")
        #expect {
            try load(text)
        } throws: { error in
            guard let errors = (error as? DataFileErrors)?.errors else { return false }
            return errors.map(\.line) == [10, 11]
                && errors[0].localized.vi == "văn bản 'kl-1', tasks[0].lead: không có cơ quan chủ trì 'department:SKHONGCO'"
                && errors[1].localized.vi.contains("thời hạn 01/07/2019 trước ngày ban hành văn bản 24/07/2019")
        }
    }

    @Test("progress on a task the file does not give, and an unreadable deadline, are named with their lines")
    func badProgress() {
        let text =
            Self.valid.replacingOccurrences(of: "deadline: 2019-10-15", with: "deadline: sớm")
            + "\nprogress:\n  - {task: t-9, complete: 2019-08-01, by: so-yt}\n"
        #expect {
            try load(text)
        } throws: { error in
            guard let errors = (error as? DataFileErrors)?.errors else { return false }
            return errors.map(\.line) == [11, 13] && errors[0].localized.vi.contains("thời hạn 'sớm' không hợp lệ")
                && errors[1].localized.vi == "không có nhiệm vụ 't-9' trong tệp"
        }
    }
}
