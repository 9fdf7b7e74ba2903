import Foundation
import NTMCommands
import NTMStore
import Testing

@Suite("ntm targets")
struct TargetsCommandTests {
    @Test("list prints each demo goal with its status and progress on the date")
    func list() async throws {
        let output = try await TargetsCommand.List.parse(["--date", "2019-12-31"]).output()
        #expect(output.hasPrefix("Mục tiêu, tình hình ngày 31/12/2019"))
        #expect(output.contains("cau-ke-xa-2019\tĐã đạt\t100% / 100%\t31/12/2019"))
        #expect(output.contains("cang-long-70-2019\tĐã đạt\t76,92% / 70%\t15/10/2019\t—"), "judged on its deadline")
        #expect(output.contains("dang-ky-2019-19-19\tKhông đạt đúng hạn\t94,12% / 100%\t31/12/2019\t—"))
    }

    @Test("show explains the gap: how many more xã, nearest first, with departments and distances")
    func show() async throws {
        let output = try await TargetsCommand.Show.parse(["cang-long-70-2019", "--lang", "en"]).output()
        #expect(output.contains("Status on 2019-06-30: On track · 53.85% / 70%"))
        #expect(output.contains("Still needed: 3 xã. Nearest:"))
        #expect(output.contains("  Xã Đức Mỹ — 18/19: TC11 (Department of Labour, Invalids and Social Affairs) [11: over by 2.3 pts]"))
        #expect(output.contains("Forecast (a probability, not a result): Chance of meeting the deadline: "))
        #expect(output.contains("  Based on 3 recording days from 2018-06-30 to 2019-06-30"))
    }

    @Test("an unknown id lists the known ones")
    func unknown() async throws {
        await #expect(throws: (any Error).self) { try await TargetsCommand.Show.parse(["khong-co"]).output() }
    }

    @Test("import stores a file's targets in the store, all or nothing; list reads them back from there")
    func importIntoStore() async throws {
        let directory = try Tools.temporaryDirectory()
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let file = directory.appendingPathComponent("muc-tieu.yaml")
        let good = """
            targets:
              - id: chau-thanh-50
                title: {vi: "Châu Thành: ≥ 50% số xã đạt chuẩn", en: "Châu Thành: ≥ 50% of xã"}
                scope: "847"
                measure: {kind: share-at-standard, value: 50}
                deadline: 2019-12-31
                source: {document: Kế hoạch 2019, date: 2019-01-15}
                owner: unit:847
            """
        try good.write(to: file, atomically: true, encoding: .utf8)
        let stored = try await TargetsCommand.Import.parse([file.path, "--database", database, "--user", "vanphong"]).output()
        #expect(stored == "đã lưu 1 mục tiêu từ \(file.path)")
        let list = try await TargetsCommand.List.parse(["--database", database, "--date", "2019-06-30"]).output()
        #expect(list.contains("chau-thanh-50\t"))
        #expect(list.contains("cang-long-70-2019\t"), "the demo's targets were stored by init --demo")

        // A second target with an unknown unit: the whole file is refused and the first is not replaced.
        let bad =
            good.replacingOccurrences(of: "value: 50", with: "value: 60") + """

                  - id: sai
                    title: Sai
                    scope: "99999"
                    measure: {kind: communes-at-standard, value: 1}
                    deadline: 2019-12-31
                    source: {document: Kế hoạch 2019, date: 2019-01-15}
                    owner: office
                """
        try bad.write(to: file, atomically: true, encoding: .utf8)
        await #expect(throws: (any Error).self) {
            _ = try await TargetsCommand.Import.parse([file.path, "--database", database]).output()
        }
        let after = try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.targets() }
        #expect(after.first { $0.id == "chau-thanh-50" }?.measure.value == "50")
        #expect(!after.contains { $0.id == "sai" })
    }

    @Test("backtest prints the Brier scores of the forecast and of the two naive ones")
    func backtest() async throws {
        let output = try await TargetsCommand.Backtest.parse(["--lang", "en"]).output()
        #expect(output.hasPrefix("Forecast backtest: made on 2019-06-30, checked on 2019-12-31"))
        #expect(output.contains("44 xã below the standard;"))
        #expect(output.contains("Brier: 0.091"))
        #expect(output.contains("  as now (no further xã): 0.318"))
        #expect(output.contains("  history's base rate 21% (from 2018-12-28): 0.228"))
    }

    @Test("add stores one target from options; a deadline before the start is refused naming the field, nothing stored")
    func add() async throws {
        let directory = try Tools.temporaryDirectory()
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let options = [
            "--database", database, "--user", "vpdp", "--id", "tieu-can-100", "--title", "Tiểu Cần giữ 100%", "--scope", "846",
            "--measure", "share-at-standard", "--value", "100", "--deadline", "2019-12-31", "--source-document", "Kế hoạch 2019",
            "--source-date", "2019-01-15",
        ]
        do {
            _ = try await TargetsCommand.Add.parse(options + ["--start", "2020-01-01"]).output()
            Issue.record("a deadline before the start was stored")
        } catch {
            #expect("\(error)".contains("deadline: hạn 31/12/2019 sớm hơn ngày bắt đầu 01/01/2020"))
        }
        #expect(try await TargetsCommand.Add.parse(options).output() == "đã lưu mục tiêu tieu-can-100")
        let listed = try await TargetsCommand.List.parse(["--database", database, "--date", "2019-06-30"]).output()
        #expect(listed.contains("tieu-can-100\tĐã đạt\t100% / 100%"))
    }
}
