import Foundation

/// The real clients the report tests read documents with: python-docx, LibreOffice headless and poppler.
enum ReportTools {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let pythonDocxAvailable: Bool = (try? run("/usr/bin/env", ["python3", "-c", "import docx"]).status) == 0
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

    static func dump(_ data: Data, name: String) throws -> Dump {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).docx")
        try data.write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try run("/usr/bin/env", ["python3", repository.appendingPathComponent("scripts/docx-dump.py").path, path.path])
        guard result.status == 0 else { throw DumpFailed(message: result.errors) }
        return try JSONDecoder().decode(Dump.self, from: Data(result.output.utf8))
    }

    struct DumpFailed: Error {
        var message: String
    }

    /// Where pictures of converted reports are kept for people to look at: a CI artefact next to e2e-screenshots.
    static let artefacts = repository.appendingPathComponent("report-artefacts", isDirectory: true)
}
