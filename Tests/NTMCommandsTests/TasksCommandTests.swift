import Foundation
import NTMCommands
import NTMCore
import NTMData
import NTMStore
import NTMTasks
import Testing

@Suite("ntm tasks and ntm directives")
struct TasksCommandTests {
    /// A demo store with an account for the education department, which leads one demo task.
    static func demoStore() async throws -> (directory: URL, database: String) {
        let directory = try Tools.temporaryDirectory()
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            for account in [
                Account(username: "so-gddt", displayName: "Sở GD&ĐT", role: .department, organisation: .department("SGDDT")),
                Account(username: "so-nn", displayName: "Sở NN&PTNT", role: .department, organisation: .department("SNNPTNT")),
                Account(username: "vpdp", displayName: "VPĐP", role: .office, organisation: .office),
            ] {
                try await store.saveAccount(account, passwordHash: "not-used", by: "test")
            }
        }
        return (directory, database)
    }

    @Test("list shows every demo task's timeliness on 31/12/2019, with the first deadline next to an extended one")
    func list() async throws {
        let (_, database) = try await Self.demoStore()
        let output = try await TasksCommand.List.parse(["--database", database, "--date", "31/12/2019"]).output()
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Nhiệm vụ đến ngày 31/12/2019: 28")
        #expect(lines.contains { $0.hasPrefix("cang-long-70-2019 ") && $0.contains("15/10/2019 ") && $0.contains("Quá hạn 77 ngày") })
        #expect(
            lines.contains { $0.hasPrefix("huong-dan-syt ") && $0.contains("31/10/2019 (hạn đầu 30/09/2019)*") && $0.contains("Hoàn thành đúng hạn") }
        )
        #expect(lines.last == "* thời hạn minh họa")
        let before = try await TasksCommand.List.parse(["--database", database, "--date", "2019-07-01"]).output()
        #expect(
            before == "Nhiệm vụ đến ngày 01/07/2019: 0\nMã  Chủ trì  Hạn  Tình trạng  Nội dung\n--  -------  ---  ----------  --------",
            "nothing was given yet")
    }

    @Test("overdue --format json lists overdue tasks longest first, then silent ones, in the fields a notifier reads")
    func overdueJSON() async throws {
        let (_, database) = try await Self.demoStore()
        let output = try await TasksCommand.Overdue.parse(["--database", database, "--date", "2019-12-31", "--format", "json"]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["date"] as? String == "2019-12-31")
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(
            tasks.map { $0["id"] as? String } == [
                "huong-dan-sgddt", "cang-long-70-2019", "huong-dan-snnptnt-tc13", "huong-dan-sgtvt", "huong-dan-svhttdl",
            ])
        #expect(tasks.map { $0["days"] as? Int } == [92, 77, 31, 6, nil])
        #expect(tasks.map { $0["overdueAge"] as? String } == ["91-120", "31-90", "31-90", "up-to-30", nil])
        #expect(tasks[4]["stale"] as? Bool == true)
        #expect((tasks[1]["lead"] as? [String: Any])?["name"] as? String == "Huyện Càng Long")
        #expect(tasks[1]["due"] as? String == "2019-10-15")
        #expect((tasks[1]["lastReport"] as? [String: Any])?["percent"] as? Int == 65)
    }

    @Test("report and close work for the lead organisation's account, and are refused for others with the reason")
    func reportAndClose() async throws {
        let (_, database) = try await Self.demoStore()
        await #expect(
            throws: TaskError.forbidden(
                .init(
                    vi: "nhiệm vụ 'huong-dan-sgddt' do Sở Giáo dục và Đào tạo chủ trì; chỉ cán bộ của cơ quan chủ trì báo cáo tiến độ",
                    en: "task 'huong-dan-sgddt' is led by Department of Education and Training; only its officers report on it"))
        ) {
            try await TasksCommand.Report.parse([
                "huong-dan-sgddt", "--text", "Xong", "--date", "2020-01-05", "--user", "so-nn", "--database", database,
            ]).output()
        }
        await #expect(throws: TaskError.taskClosed("huong-dan-snnptnt", on: .init(year: 2019, month: 10, day: 5)!)) {
            try await TasksCommand.Report.parse([
                "huong-dan-snnptnt", "--text", "Thêm", "--date", "2019-11-01", "--user", "so-nn", "--database", database,
            ]).output()
        }
        let reported = try await TasksCommand.Report.parse([
            "huong-dan-sgddt", "--text", "Đã hướng dẫn 17 xã", "--percent", "100", "--date", "2020-01-05", "--user", "so-gddt", "--database",
            database,
        ]).output()
        #expect(reported == "đã ghi báo cáo cho nhiệm vụ huong-dan-sgddt")
        let closed = try await TasksCommand.Close.parse(["huong-dan-sgddt", "--date", "2020-01-06", "--user", "so-gddt", "--database", database])
            .output()
        #expect(closed == "nhiệm vụ huong-dan-sgddt hoàn thành ngày 06/01/2020")
        let list = try await TasksCommand.List.parse(["--database", database, "--date", "2020-01-10", "--organisation", "department:SGDDT"]).output()
        #expect(list.contains("Hoàn thành trễ 98 ngày"))
        await #expect(
            throws: TaskError.forbidden(
                .init(vi: "chỉ Văn phòng Điều phối gia hạn nhiệm vụ", en: "only the coordination office extends a task's deadline"))
        ) {
            try await TasksCommand.Extend.parse([
                "cang-long-70-2019", "--until", "2020-03-31", "--approved", "2020-01-02", "--user", "so-gddt", "--database", database,
            ]).output()
        }
        let extended = try await TasksCommand.Extend.parse([
            "cang-long-70-2019", "--until", "2020-03-31", "--approved", "2020-01-02", "--user", "vpdp", "--database", database,
        ]).output()
        #expect(extended == "đã gia hạn nhiệm vụ cang-long-70-2019 đến 31/03/2020")
    }

    @Test("directives import stores a file's directive and tasks as the office; a bad file stores nothing")
    func importDirectives() async throws {
        let (directory, database) = try await Self.demoStore()
        let file = directory.appendingPathComponent("ket-luan.yaml")
        let good = """
            directives:
              - id: kl-2019-08-30
                number: "98/TB-UBND"
                issued: 2019-08-30
                signer: "Phó Chủ tịch UBND tỉnh"
                title: "Kết luận giao ban tháng 8"
                tasks:
                  - id: chau-thanh-tc5
                    text: "Châu Thành hoàn thành TC5 ở xã Hòa Thuận"
                    lead: unit:847
                    criteria: [5]
                    deadline: 2019-11-30
            """
        let bad = good.replacingOccurrences(of: "lead: unit:847", with: "lead: unit:99999")
        try bad.write(to: file, atomically: true, encoding: .utf8)
        await #expect {
            try await DirectivesCommand.Import.parse([file.path, "--user", "vpdp", "--database", database]).output()
        } throws: { error in
            (error as? DataFileErrors)?.errors.map(\.line) == [10]
        }
        try good.write(to: file, atomically: true, encoding: .utf8)
        await #expect(
            throws: TaskError.forbidden(
                .init(
                    vi: "chỉ Văn phòng Điều phối ban hành văn bản chỉ đạo và giao nhiệm vụ",
                    en: "only the coordination office issues directives and gives tasks"))
        ) {
            try await DirectivesCommand.Import.parse([file.path, "--user", "so-gddt", "--database", database]).output()
        }
        #expect(
            try await DirectivesCommand.Import.parse([file.path, "--user", "vpdp", "--database", database]).output()
                == "đã lưu 1 văn bản chỉ đạo từ \(file.path)")
        let list = try await DirectivesCommand.List.parse(["--database", database]).output()
        #expect(list.split(separator: "\n").dropFirst(2).map { String($0.prefix(14)) } == ["kl-2019-08-30 ", "kl-giao-ban-20"])
    }
}

@Suite("ntm briefing")
struct BriefingCommandTests {
    @Test("snapshot freezes a scope's figures as the office; show prints them and, with --compare, what changed")
    func snapshotAndShow() async throws {
        let (_, database) = try await TasksCommandTests.demoStore()
        let frozen = try await BriefingCommand.Snapshot.parse([
            "--database", database, "--user", "vpdp", "--id", "giao-ban-2019-10-15", "--title", "Giao ban tháng 10", "--held", "2019-10-15",
            "--chair", "Phó Chủ tịch UBND tỉnh", "--participant", "department:SNNPTNT", "--scope", "registered:2019@84", "--date", "2019-09-30",
        ]).output()
        #expect(frozen.hasPrefix("đã chốt số liệu cuộc họp giao-ban-2019-10-15: Kết quả đến nay, có "))
        await #expect(throws: TaskError.sessionExists("giao-ban-2019-10-15")) {
            try await BriefingCommand.Snapshot.parse([
                "--database", database, "--user", "vpdp", "--id", "giao-ban-2019-10-15", "--title", "x", "--held", "2019-10-15", "--chair", "x",
                "--scope", "registered:2019@84", "--date", "2019-09-30",
            ]).output()
        }
        await #expect(throws: TaskError.noFigures(scope: "registered:2019@84", on: LocalDate(year: 2017, month: 1, day: 1)!)) {
            try await BriefingCommand.Snapshot.parse([
                "--database", database, "--user", "vpdp", "--id", "cu", "--title", "x", "--held", "2017-01-02", "--chair", "x",
                "--scope", "registered:2019@84", "--date", "2017-01-01",
            ]).output()
        }
        let list = try await BriefingCommand.List.parse(["--database", database]).output()
        #expect(list.split(separator: "\n").dropFirst(2).map { String($0.prefix(19)) } == ["giao-ban-2019-10-15", "giao-ban-2019-07-24"])
        let shown = try await BriefingCommand.Show.parse(["giao-ban-2019-07-24", "--database", database, "--compare", "2019-12-31"]).output()
        #expect(shown.contains("Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."))
        #expect(shown.contains("So với ngày 31/12/2019: Kết quả đến nay, có "))
        #expect(shown.contains("sha256:"))
        #expect(shown.contains(" → "))
    }
}

@Suite("ntm export: tasks")
struct TaskExportTests {
    @Test("the export of a district carries its tasks and the province's, with their timeliness, as tasks.csv")
    func tasksSheet() async throws {
        let (directory, database) = try await TasksCommandTests.demoStore()
        let output = directory.appendingPathComponent("csv").path
        try await ExportCommand.parse(["--database", database, "--scope", "844", "--date", "2019-12-31", "--output", output]).run()
        let text = try String(contentsOfFile: output + "/tasks.csv", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("cang-long-70-2019,") && $0.contains("Quá hạn 77 ngày") })
        #expect(lines.contains { $0.hasPrefix("giai-ngan-844,") })
        #expect(!lines.contains { $0.hasPrefix("giai-ngan-845,") }, "Cầu Kè's own task is not Càng Long's")
        #expect(lines.contains { $0.hasPrefix("huong-dan-syt,") }, "a province-wide task concerns every district")
        #expect(!lines.contains { $0.hasPrefix("duoi-12-29521,") })
    }
}
