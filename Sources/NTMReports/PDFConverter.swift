import Foundation

/// Converts a .docx to PDF with LibreOffice headless, when it is installed. Each conversion runs in its own
/// temporary directory with its own user profile: two conversions at once would otherwise fight over
/// LibreOffice's profile lock, and the second would exit without output.
public struct PDFConverter: Sendable {
    public let executable: URL

    /// LibreOffice's `soffice`, from `NTM_SOFFICE` or the `PATH`; nil when it is not installed.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFConverter? {
        if let given = environment["NTM_SOFFICE"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? PDFConverter(executable: URL(fileURLWithPath: given)) : nil
        }
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            for name in ["soffice", "libreoffice"] {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return PDFConverter(executable: URL(fileURLWithPath: path)) }
            }
        }
        return nil
    }

    /// The PDF of `docx`. Runs the converter as a child process and waits for it off any actor.
    public func pdf(from docx: Data, name: String = "report") async throws(ReportError) -> Data {
        let fileManager = FileManager.default
        let directory = fileManager.temporaryDirectory.appendingPathComponent("ntm-pdf-\(UUID().uuidString)", isDirectory: true)
        defer { try? fileManager.removeItem(at: directory) }
        let input = directory.appendingPathComponent("\(name).docx")
        let profile = directory.appendingPathComponent("profile", isDirectory: true)
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
            try docx.write(to: input)
        } catch {
            throw .conversionFailed("\(error)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.path,
            input.path,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let status: Int32
        do {
            status = try await withCheckedThrowingContinuation { continuation in
                process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
                do { try process.run() } catch {
                    process.terminationHandler = nil
                    continuation.resume(throwing: error)
                }
            }
        } catch {
            throw .conversionFailed("\(error)")
        }
        let output = directory.appendingPathComponent("\(name).pdf")
        guard status == 0, let data = try? Data(contentsOf: output), !data.isEmpty else {
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw .conversionFailed("exit \(status) \(said.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return data
    }
}
