import Foundation
import NTMCommands
import NTMCore
import NTMData
import NTMStore
import Testing

@Suite("ntm criteria load, versions and diff")
struct CriteriaStoreCommandTests {
    static let overlay = """
        overlay: bentre-2021-2025
        title: {vi: "Bến Tre thử"}
        base: commune-2021-2025
        province: "83"
        decision: {decision: "QĐ 7/QĐ-UBND", signed: 2022-06-01}
        sources: [{id: BT, title: "QĐ 7/QĐ-UBND tỉnh Bến Tre"}]
        indicators:
          - {code: "11", thresholds: [{scope: all, value: 4, source: BT}]}
        """

    @Test("a second load is a new version, an unchanged one is not, a stale --based-on is refused; the diff names the cell")
    func versionsAndDiff() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        _ = try await InitCommand.parse(["--province", "83", "--database", database]).output()
        let file = directory.appendingPathComponent("bentre.yaml")
        try Self.overlay.write(to: file, atomically: true, encoding: .utf8)
        #expect(try await CriteriaCommand.Load.parse([file.path, "--database", database]).output().hasSuffix("đã lưu bentre-2021-2025 phiên bản 1"))
        #expect(
            try await CriteriaCommand.Load.parse([file.path, "--database", database, "--lang", "en"]).output()
                .hasSuffix("unchanged (bentre-2021-2025 version 1)"))
        try Self.overlay.replacingOccurrences(of: "value: 4,", with: "value: 3,").write(to: file, atomically: true, encoding: .utf8)
        _ = try await CriteriaCommand.Load.parse([file.path, "--database", database, "--based-on", "1"]).output()
        try Self.overlay.replacingOccurrences(of: "value: 4,", with: "value: 2,").write(to: file, atomically: true, encoding: .utf8)
        await #expect(throws: StoreError.documentChanged("bentre-2021-2025", expected: 1, current: 2)) {
            try await CriteriaCommand.Load.parse([file.path, "--database", database, "--based-on", "1"]).output()
        }
        let versions = try await CriteriaCommand.Versions.parse(["bentre-2021-2025", "--database", database]).output()
        let rows = versions.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.hasSuffix("QĐ 7/QĐ-UBND (01/06/2022)") })
        let diff = try await CriteriaCommand.Diff.parse(["bentre-2021-2025", "--database", database]).output()
        #expect(diff == "bentre-2021-2025: phiên bản 1 → 2\n~ Chỉ tiêu 11: ngưỡng: 4 (QĐ 7/QĐ-UBND tỉnh Bến Tre) → 3 (QĐ 7/QĐ-UBND tỉnh Bến Tre)")
    }
}
