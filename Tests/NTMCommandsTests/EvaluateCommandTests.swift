import ArgumentParser
import Foundation
import NTMCommands
import NTMData
import Testing

@Suite("ntm evaluate")
struct EvaluateCommandTests {
    @Test("with no arguments it prints the 2019 briefing of the demo")
    func demoBriefing() async throws {
        let output = try await EvaluateCommand.parse([]).output()
        #expect(output.contains("Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."))
        #expect(output.contains("Huyện Càng Long"))
        #expect(output.contains("Tiêu chí đạt thấp nhất"))
        #expect(output.contains("Dữ liệu demo tổng hợp"))
    }

    @Test("--lang en prints the English briefing")
    func english() async throws {
        let output = try await EvaluateCommand.parse(["--lang", "en"]).output()
        #expect(output.contains("So far, 2/17 communes meet 19/19 criteria; 13 meet 14–18 criteria and 2 meet fewer than 14 criteria."))
    }

    @Test("--format json gives the full result")
    func json() async throws {
        let output = try await EvaluateCommand.parse(["--format", "json", "--scope", "84"]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["communes"] as? Int == 85)
        #expect(object["atStandard"] as? Int == 41)
        #expect((object["groups"] as? [Any])?.count == 9)
        #expect(object["scope"] as? String == "unit:84")
    }

    @Test("--unit explains one commune with thresholds and their sources")
    func oneCommune() async throws {
        let output = try await EvaluateCommand.parse(["--unit", "29521"]).output()
        #expect(output.contains("Xã Long Khánh (29521)"))
        #expect(output.contains("Đạt 11/19 tiêu chí"))
        #expect(output.contains("TV-DEMO"))
    }

    @Test("a bad scope is a clear error")
    func badScope() async {
        let error = await #expect(throws: ValidationError.self) { try await EvaluateCommand.parse(["--scope", "nowhere:x"]).output() }
        #expect(error?.message == "'nowhere:x' không phải phạm vi; ghi mã đơn vị như 84, registered:2019, registered:2019@844 hoặc all")
    }
}

@Suite("ntm criteria")
struct CriteriaCommandTests {
    @Test("show --missing lists what a set leaves unset")
    func showMissing() throws {
        let output = try CriteriaCommand.Show.parse(["commune-2026-2030", "--missing"]).output()
        #expect(output.contains("51/2025/QĐ-TTg"))
        #expect(output.contains("Tiêu chí 1: chưa có danh sách chỉ tiêu"))
    }

    @Test("show prints thresholds with their sources")
    func show() throws {
        let output = try CriteriaCommand.Show.parse(["commune-2016-2020", "--lang", "en"]).output()
        #expect(output.contains("1980/QĐ-TTg"))
        #expect(output.contains("2020 ĐBSCL: 50"))
    }

    @Test("validate reports a broken file as file:line")
    func validateBroken() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).yaml").path
        try "id: x\ntitle: {vi: X}\nlevel: parish\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try CriteriaCommand.Validate.parse([path]).output()
            Issue.record("accepted")
        } catch let error as DataFileErrors {
            #expect(error.description.contains("\(path):3: level must be 'commune' or 'district'"))
        }
    }

    @Test("validate accepts the bundled overlay")
    func validateOverlay() throws {
        let file = try BundledData.file("overlays/travinh-2016-2020.yaml")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString).yaml").path
        try file.text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try CriteriaCommand.Validate.parse([path]).output().contains("OK — overlay travinh-2016-2020"))
    }
}
