import Foundation
import NTMCore
import NTMData
import Testing

/// The statistics office's list as its download gives it (a byte copy of Trà Vinh's rows of 25/02/2020).
@Suite("Statistics office unit list")
struct GSOUnitListTests {
    static func sample() throws -> DataFile {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracles/gso-travinh-2020-02-25.csv")
        return DataFile(name: "gso.csv", text: try String(contentsOf: url, encoding: .utf8))
    }

    @Test("Trà Vinh's list of 25/02/2020 reads as 1 province, 9 district-level units and 106 commune-level units, and changes nothing")
    func sampleMatchesTheBundledUnits() throws {
        let file = try Self.sample()
        #expect(GSOUnitListLoader.recognises(file.text))
        let stated = try GSOUnitListLoader.load(file)
        #expect(stated.filter { $0.kind == .province }.count == 1)
        #expect(stated.filter(\.kind.isDistrictLevel).count == 9)
        #expect(stated.filter(\.kind.isCommuneLevel).count == 106)
        #expect(stated.first { $0.code == "29305" }.map { "\($0.name) \($0.kind) \($0.parent ?? "")" } == "Xã Đức Mỹ commune 844")
        let plan = try UnitImportPlan.snapshot(stated, on: LocalDate(iso: "2020-02-25")!, current: try BundledData.units())
        #expect(plan.changes.isEmpty, "\(plan.changes.map { $0.text(.en) })")
    }

    @Test("a bad level, a short code and a name that changes between rows are refused at their line and column")
    func badRows() throws {
        var lines = try Self.sample().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: ",Phường,", with: ",Ấp,")
        lines[3] = lines[3].replacingOccurrences(of: ",29242,", with: ",2924,")
        lines[4] = lines[4].replacingOccurrences(of: "Thành phố Trà Vinh", with: "Thành phố Trà Vinh Mới")
        do {
            _ = try GSOUnitListLoader.load(DataFile(name: "gso.csv", text: lines.joined(separator: "\n")))
            Issue.record("the broken list was read")
        } catch {
            #expect(
                error.errors.map { $0.text(.vi) } == [
                    "gso.csv:3: cột 'cấp': cấp 'Ấp' không hợp lệ (dùng Xã, Phường, Thị trấn hoặc Đặc khu)",
                    "gso.csv:4: cột 'mã px': mã '2924' phải gồm 5 chữ số",
                    "gso.csv:5: cột 'quận huyện': mã 842 là 'Thành phố Trà Vinh' ở dòng 2, ở đây là 'Thành phố Trà Vinh Mới'",
                ])
        }
    }
}
