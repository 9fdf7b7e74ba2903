import Foundation
import NTMProcess

/// Converts a .docx to PDF with LibreOffice headless, when it is installed (run through `ChildProcess`). Each conversion runs in its own
/// temporary directory with its own user profile: two conversions at once would otherwise fight over
/// LibreOffice's profile lock, and the second would exit without output.
public struct PDFConverter: Sendable {
    public let executable: URL
    /// Shared by every converter of the process: two conversions at a time on the project's two-core machine.
    static let slots = ConversionSlots(limit: 2)

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
        await Self.slots.acquire()
        do {
            let pdf = try await convert(docx, name: name)
            await Self.slots.release()
            return pdf
        } catch {
            await Self.slots.release()
            throw error
        }
    }

    private func convert(_ docx: Data, name: String) async throws(ReportError) -> Data {
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
        let arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.path,
            input.path,
        ]
        let result: ChildProcess.Result
        do {
            result = try await ChildProcess.run(executable.path, arguments)
        } catch {
            throw .conversionFailed("\(error.program): \(error.reason)")
        }
        let output = directory.appendingPathComponent("\(name).pdf")
        guard result.status == 0, let data = try? Data(contentsOf: output), !data.isEmpty else {
            throw .conversionFailed("exit \(result.status) \(result.errorsText.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return data
    }
}
