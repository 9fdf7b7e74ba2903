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
}
