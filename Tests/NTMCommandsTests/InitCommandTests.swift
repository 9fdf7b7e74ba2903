import Foundation
import NTMCommands
import NTMCore
import NTMStore
import Testing

@Suite("ntm init")
struct InitCommandTests {
    @Test("--province 86 loads Vĩnh Long with the former Trà Vinh, Vĩnh Long and Bến Tre units it came from")
    func oneProvince() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        let output = try await InitCommand.parse(["--province", "86", "--database", database]).output()
        #expect(output.contains("; 1 tỉnh, 124 đơn vị cấp xã từ 01/07/2025"), "\(output)")
        let units = try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.loadUnits() }
        #expect(units.unit("29305", on: LocalDate(iso: "2019-06-30")!)?.name == "Xã Đức Mỹ")
        #expect(units.unit("86", on: LocalDate(iso: "2025-07-01")!)?.name == "Tỉnh Vĩnh Long")
    }

    @Test("--all loads the whole country; --all with --province, --demo elsewhere than Trà Vinh, an unknown code: refused, nothing loaded")
    func refusals() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        for (arguments, message) in [
            (["--all", "--province", "84"], "chọn --all hoặc --province, không cả hai"),
            (["--demo", "--province", "86"], "số liệu demo chỉ dành cho tỉnh Trà Vinh (84)"),
            (["--province", "99"], "không có tỉnh mã '99' trong danh mục quốc gia (vd. 84 Trà Vinh, 86 Vĩnh Long)"),
        ] {
            do {
                _ = try await InitCommand.parse(arguments + ["--database", database]).output()
                Issue.record("\(arguments) was accepted")
            } catch {
                #expect("\(error)" == message, "\(arguments)")
            }
            #expect(!FileManager.default.fileExists(atPath: database), "\(arguments) created the store")
        }
        let output = try await InitCommand.parse(["--all", "--database", database]).output()
        #expect(output.hasSuffix("63 tỉnh, 10035 đơn vị cấp xã ngày 30/06/2025; 34 tỉnh, 3321 đơn vị cấp xã từ 01/07/2025"), "\(output)")
    }
}
