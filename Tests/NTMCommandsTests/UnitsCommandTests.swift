import Foundation
import NTMCommands
import NTMCore
import NTMStore
import Testing

@Suite("ntm units import")
struct UnitsCommandTests {
    static let header = "code,name,kind,parent,valid_from,valid_until,region\n"

    func store() async throws -> (URL, String) {
        let directory = try Tools.temporaryDirectory()
        let database = directory.appendingPathComponent("ntm.sqlite").path
        _ = try await InitCommand.parse(["--database", database]).output()
        return (directory, database)
    }

    func units(_ database: String) async throws -> UnitHierarchy {
        try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.loadUnits() }
    }

    @Test("--dry-run shows the diff and writes nothing; without it the change is applied, with its lineage")
    func dryRunThenApply() async throws {
        let (directory, database) = try await store()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("don-vi.csv")
        try
            (Self.header
            + "29305,Xã Đức Mỹ,commune,844,,2025-06-30,\n"
            + "29999,Xã Đức Mỹ Mới,commune,86,2026-01-01,,\n").write(to: file, atomically: true, encoding: .utf8)
        let lineage = directory.appendingPathComponent("lineage.csv")
        try "date,kind,from,to,source\n2026-01-01,renamed,29305,29999,thử\n".write(to: lineage, atomically: true, encoding: .utf8)
        let dry = try await UnitsCommand.Import.parse([file.path, "--lineage", lineage.path, "--dry-run", "--database", database]).output()
        #expect(dry.contains("+ 29999 Xã Đức Mỹ Mới (xã, thuộc 86) từ 01/01/2026"))
        #expect(dry.hasSuffix("Chưa áp dụng (--dry-run): 1 thêm, 0 đổi, 0 hết hiệu lực"))
        #expect(try await units(database).versions(of: "29999").isEmpty)
        let applied = try await UnitsCommand.Import.parse([file.path, "--lineage", lineage.path, "--database", database]).output()
        #expect(applied.hasSuffix("Đã áp dụng: 1 thêm, 0 đổi, 0 hết hiệu lực"))
        let after = try await units(database)
        #expect(after.unit("29999", on: LocalDate(iso: "2026-06-30")!)?.name == "Xã Đức Mỹ Mới")
        #expect(after.lineage(of: "29999").count == 1)
    }

    @Test("a statistics-office list without --date, or a file with a bad row, is refused naming the place; nothing is written")
    func refusals() async throws {
        let (directory, database) = try await store()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try await units(database).allVersions.count
        let gso = directory.appendingPathComponent("gso.csv")
        try "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\nTỉnh Trà Vinh,84,Huyện Càng Long,844,Xã Đức Mỹ,29305,Xã,\n"
            .write(to: gso, atomically: true, encoding: .utf8)
        do {
            _ = try await UnitsCommand.Import.parse([gso.path, "--database", database]).output()
            Issue.record("a list without --date was accepted")
        } catch {
            #expect("\(error)" == "danh sách của cơ quan thống kê cần --date (ngày danh sách mô tả)")
        }
        let bad = directory.appendingPathComponent("bad.csv")
        try (Self.header + "29998,Xã Lạ,commune,899,2026-01-01,,\n").write(to: bad, atomically: true, encoding: .utf8)
        do {
            _ = try await UnitsCommand.Import.parse([bad.path, "--database", database]).output()
            Issue.record("an unknown parent was accepted")
        } catch {
            #expect("\(error)".hasPrefix("\(bad.path): "))
            #expect("\(error)".contains("899"))
        }
        #expect(try await units(database).allVersions.count == before)
    }

    @Test(
        "the statistics office's list saved as .xlsx in Excel (codes turned into numbers) imports like its CSV: no change for Trà Vinh",
        .enabled(if: Tools.openpyxlAvailable, Comment(rawValue: Tools.openpyxlSkipped)))
    func spreadsheetList() async throws {
        let (directory, database) = try await store()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NTMDataTests/Oracles/gso-travinh-2020-02-25.csv")
        let xlsx = directory.appendingPathComponent("danh-muc.xlsx")
        let converted = try Tools.python(["from-csv", csv.path, xlsx.path])
        #expect(converted.status == 0, "\(converted.errors)")
        let output = try await UnitsCommand.Import.parse([xlsx.path, "--date", "2020-02-25", "--dry-run", "--database", database]).output()
        #expect(output == "Chưa áp dụng (--dry-run): 0 thêm, 0 đổi, 0 hết hiệu lực")
    }
}
