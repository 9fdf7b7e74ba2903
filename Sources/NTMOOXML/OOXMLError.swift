/// Why an Office Open XML package (.xlsx, .docx) could not be read or written.
///
/// The format adapters (spreadsheets, documents) turn these into messages for the person who supplied the file.
public enum OOXMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not a ZIP archive at all.
    case notAZipPackage
    case missingPart(String)
    case malformed(part: String, line: Int?, message: String)
    /// A part, or the whole package, decompresses to more than the reader accepts: a ZIP bomb, not data.
    case tooLarge(part: String, limit: UInt64)

    public var description: String {
        switch self {
        case .notAZipPackage: "the file is not a ZIP package"
        case .missingPart(let part): "the package has no part \(part)"
        case .malformed(let part, let line, let message): "malformed part \(line.map { "\(part), line \($0)" } ?? part): \(message)"
        case .tooLarge(let part, let limit): "\(part) decompresses to more than \(limit) bytes"
        }
    }
}
