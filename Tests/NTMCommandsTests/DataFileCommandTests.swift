import ArgumentParser
import Foundation
import NTMCommands
import NTMCore
import NTMData
import Testing

/// Input files as officers produce them, read by `ntm evaluate`, and the messages a failing command prints.
@Suite("Data files on the command line")
struct DataFileCommandTests {

    @Test("an observations CSV saved by Excel in Windows-1252 is read as `ntm import` reads it")
    func windows1252() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("so-lieu.csv").path
        // "Báo cáo – tháng 6" cannot be written in Windows-1252; the en dash (0x96) and "é" (0xE9) can.
        var bytes = Data("unit,criteria_set,indicator,date,value,numerator,denominator,source,evidence\r\n".utf8)
        bytes.append(Data("29521,commune-2016-2020,10,2019-06-30,41,,,Rapport ".utf8))
        bytes.append(contentsOf: [0x96, 0x20, 0xE9, 0x74, 0xE9])
        bytes.append(Data(",\r\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        let output = try await EvaluateCommand.parse(["--observations", path, "--unit", "29521", "--date", "2019-06-30", "--format", "json"]).output()
        #expect(output.contains("\"observationSource\" : \"Rapport – été\""))
    }

    @Test("an overlay whose province code differs from the units' by a leading zero is refused at its line, with the fix")
    func overlayProvinceLeadingZero() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try BundledData.file(BundledData.overlayFiles[0]).text.replacingOccurrences(of: "province: \"84\"", with: "province: \"084\"")
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("province:") }) + 1
        let path = directory.appendingPathComponent("tinh.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let error = await #expect(throws: DataFileErrors.self) {
            try await EvaluateCommand.parse(["--overlay", path, "--scope", "84", "--date", "2019-06-30"]).output()
        }
        #expect(
            error?.text(.vi)
                == "\(path):\(line): tỉnh '084' không có trong danh sách đơn vị; có phải '84'? Sửa mã tỉnh trong tệp cho đúng")
    }

    @Test("the ntm binary prints data-file errors in Vietnamese, or English with --lang en, and exits 1")
    func binaryMessages() throws {
        let ntm = try #require(Tools.ntm)
        let missing = "/nonexistent/so-lieu.csv"
        let vietnamese = try Tools.run(ntm, ["evaluate", "--observations", missing, "--date", "2019-06-30"])
        #expect(vietnamese.status == 1)
        #expect(vietnamese.errors.hasPrefix("Lỗi: \(missing): không đọc được tệp"))
        let english = try Tools.run(ntm, ["evaluate", "--observations", missing, "--date", "2019-06-30", "--lang", "en"])
        #expect(english.errors.hasPrefix("Error: \(missing): cannot read the file"))
    }

    @Test("--lang is found wherever it is written")
    func languageArgument() {
        #expect(CommandFailure.language(["ntm", "import", "a.csv"]) == .vi)
        #expect(CommandFailure.language(["ntm", "import", "--lang", "en", "a.csv"]) == .en)
        #expect(CommandFailure.language(["ntm", "import", "--lang=en"]) == .en)
    }
}
