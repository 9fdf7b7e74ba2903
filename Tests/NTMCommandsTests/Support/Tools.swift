import Foundation
import NTMProcess

/// External programs the end-to-end tests drive: the built `ntm` binary and Python's openpyxl.
enum Tools {
    /// The `ntm` executable next to the test bundle (SwiftPM builds it because the tests depend on it).
    static var ntm: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ntm").path,
            FileManager.default.currentDirectoryPath + "/.build/debug/ntm",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts")

    static let openpyxlAvailable: Bool = (try? run("/usr/bin/env", ["python3", "-c", "import openpyxl"]).status) == 0
    static let openpyxlSkipped =
        "python3 with openpyxl is not installed (pip install openpyxl==3.1.5): the openpyxl interoperability tests were skipped"

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs a program to its end (through `ChildProcess`: Foundation's `Process` once missed a child's exit and hung
    /// the run). Blocks the calling thread while the child runs.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let result = try ChildProcess.runBlocking(executable, arguments)
        return Result(status: result.status, output: result.outputText, errors: result.errorsText)
    }

    static func python(_ arguments: [String]) throws -> Result {
        try run("/usr/bin/env", ["python3", scripts.appendingPathComponent("xlsx-openpyxl.py").path] + arguments)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ntm-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
