import NTMCommands
import Testing

@Suite("ntm targets")
struct TargetsCommandTests {
    @Test("list prints each demo goal with its status and progress on the date")
    func list() async throws {
        let output = try await TargetsCommand.List.parse(["--date", "2019-12-31"]).output()
        #expect(output.hasPrefix("Mục tiêu, tình hình ngày 31/12/2019"))
        #expect(output.contains("cau-ke-xa-2019\tĐã đạt\t100% / 100%\t31/12/2019"))
        #expect(output.contains("cang-long-70-2019\tKhông đạt đúng hạn\t53,85% / 70%\t15/10/2019"), "judged on its deadline")
    }

    @Test("show explains the gap: how many more xã, nearest first, with departments and distances")
    func show() async throws {
        let output = try await TargetsCommand.Show.parse(["cang-long-70-2019", "--lang", "en"]).output()
        #expect(output.contains("Status on 2019-06-30: On track · 53.85% / 70%"))
        #expect(output.contains("Still needed: 3 xã. Nearest:"))
        #expect(output.contains("  Xã Đức Mỹ — 18/19: TC11 (Department of Labour, Invalids and Social Affairs) [11: 2.3 short]"))
    }

    @Test("an unknown id lists the known ones")
    func unknown() async throws {
        await #expect(throws: (any Error).self) { try await TargetsCommand.Show.parse(["khong-co"]).output() }
    }
}
