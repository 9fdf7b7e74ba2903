/// Why a workbook could not be written or read; the description is meant for the person who supplied the file.
public enum XLSXError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The payload is the whole message, including what to do about it.
    case notASpreadsheet(String)
    case missingPart(String)
    case malformed(part: String, line: Int?, message: String)
    case invalidSheetName(String)

    public var description: String {
        switch self {
        case .notASpreadsheet(let message):
            return message
        case .missingPart(let part):
            return "The workbook has no part \(part); open it in Excel or LibreOffice and save it again as .xlsx."
        case .malformed(let part, let line, let message):
            let location = line.map { "\(part), line \($0)" } ?? part
            return "Malformed workbook (\(location)): \(message)"
        case .invalidSheetName(let name):
            return "Invalid sheet name \"\(name)\": a sheet name must be unique, 1 to 31 characters long, "
                + "must not contain [ ] : * ? / \\ nor start or end with an apostrophe, and cannot be \"History\"."
        }
    }
}
