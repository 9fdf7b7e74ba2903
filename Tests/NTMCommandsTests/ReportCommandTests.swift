import ArgumentParser
import Foundation
import NTMCommands
import NTMCore
import NTMReports
import Testing

@Suite("ntm report")
struct ReportCommandTests {
    @Test("briefing writes the report for the 17 registered xã, the same bytes each time, and says its headline")
    func briefing() async throws {
        let (directory, database) = try await TasksCommandTests.demoStore()
        let first = directory.appendingPathComponent("a.docx").path, second = directory.appendingPathComponent("b.docx").path
        for output in [first, second] {
            let said = try await ReportCommand.Briefing.parse([
                "--database", database, "--scope", "registered:2019@84", "--date", "30/06/2019", "--output", output,
            ]).output()
            #expect(
                said
                    == "đã ghi \(output): Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."
            )
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test("an unknown part is refused in Vietnamese, naming the allowed ones, and no file is written")
    func unknownSection() async throws {
        let (directory, database) = try await TasksCommandTests.demoStore()
        let output = directory.appendingPathComponent("x.docx").path
        let command = try ReportCommand.Briefing.parse([
            "--database", database, "--scope", "84", "--date", "2019-06-30", "--sections", "summary,xa", "--output", output,
        ])
        await #expect(throws: ReportError.unknownSection("xa")) { try await command.output() }
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(
            ReportError.unknownSection("xa").text(.vi)
                == "không có phần báo cáo 'xa'; dùng: summary, districts, communes, lagging, alerts, targets, tasks, funds")
    }

    @Test("conclusions writes the notice of the demo briefing; a session without a directive is named")
    func conclusions() async throws {
        let (directory, database) = try await TasksCommandTests.demoStore()
        let output = directory.appendingPathComponent("tb.docx").path
        let said = try await ReportCommand.Conclusions.parse(["--database", database, "--session", "giao-ban-2019-07-24", "--output", output])
            .output()
        #expect(said.hasPrefix("đã ghi \(output): Kết luận của Phó Chủ tịch UBND tỉnh"))
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test("a session's frozen figures give their own report; neither scope nor session is refused")
    func frozen() async throws {
        let (directory, database) = try await TasksCommandTests.demoStore()
        let output = directory.appendingPathComponent("chot.docx").path
        let said = try await ReportCommand.Briefing.parse(["--database", database, "--session", "giao-ban-2019-07-24", "--output", output])
            .output()
        #expect(
            said == "đã ghi \(output): Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí.")
        let command = try ReportCommand.Briefing.parse(["--database", database])
        await #expect { try await command.output() } throws: { ($0 as? ValidationError)?.message == "cần --scope (và --date) hoặc --session" }
    }

    @Test("PDF without LibreOffice says so and suggests the Word file")
    func pdfUnavailable() {
        let missing = PDFConverter.installed(environment: ["NTM_SOFFICE": "/nonexistent/soffice", "PATH": "/nonexistent"])
        #expect(missing == nil)
        #expect(PDFConverter.installed(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(ReportError.pdfUnavailable.text(.vi).hasPrefix("không tạo được PDF: máy này chưa cài LibreOffice"))
    }
}
