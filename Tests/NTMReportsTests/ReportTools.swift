import Foundation
import NTMProcess

/// The real clients the report tests read documents with: python-docx, LibreOffice headless and poppler.
enum ReportTools {
    /// Runs a program to its end through `ChildProcess`, without holding a cooperative thread while it runs.
    static func run(_ executable: String, _ arguments: [String]) async throws -> ChildProcess.Result {
        try await ChildProcess.run(executable, arguments)
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let pythonDocxAvailable: Bool = (try? ChildProcess.runBlocking("python3", ["-c", "import docx"]).status) == 0
    static let popplerAvailable =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm")

    /// What python-docx reads from the document (scripts/docx-dump.py).
    struct Dump: Decodable {
        struct Table: Decodable {
            var rows: [[String]]
            var headerRows: Int
        }

        struct Page: Decodable, Equatable {
            var width, height, top, bottom, left, right: Double
        }

        var paragraphs: [String]
        var tables: [Table]
        var page: Page
        var footer: [String]
        var font: String?
        var title: String?
        var subject: String?
        var author: String?
    }

    static func dump(_ data: Data, name: String) async throws -> Dump {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).docx")
        try data.write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try await run("python3", [repository.appendingPathComponent("scripts/docx-dump.py").path, path.path])
        guard result.status == 0 else { throw DumpFailed(message: result.errorsText) }
        return try JSONDecoder().decode(Dump.self, from: result.output)
    }

    struct DumpFailed: Error {
        var message: String
    }

    /// Where pictures of converted reports are kept for people to look at: a CI artefact next to e2e-screenshots.
    static let artefacts = repository.appendingPathComponent("report-artefacts", isDirectory: true)
}
