import Foundation
import NTMOOXML

/// Why a workbook could not be written or read; the description is meant for the person who supplied the file.
public enum XLSXError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The payload is the whole message, including what to do about it.
    case notASpreadsheet(String)
    case missingPart(String)
    case malformed(part: String, line: Int?, message: String)
    case invalidSheetName(String)
    /// A part, or the whole workbook, decompresses to more than the reader accepts.
    case tooLarge(part: String, limit: UInt64)

    public var description: String {
        switch self {
        case .notASpreadsheet(let message):
            return message
        case .missingPart(let part):
            return "The workbook has no part \(part); open it in Excel or LibreOffice and save it again as .xlsx."
        case .malformed(let part, let line, let message):
            let location = line.map { "\(part), line \($0)" } ?? part
            return "Malformed workbook (\(location)): \(message)"
        case .tooLarge(let part, let limit):
            return "The workbook's part \(part) decompresses to more than \(limit / 1_048_576) MB, far beyond any real "
                + "sheet; the file may be damaged or crafted. Save the sheet again as a new .xlsx."
        case .invalidSheetName(let name):
            return "Invalid sheet name \"\(name)\": a sheet name must be unique, 1 to 31 characters long, "
                + "must not contain [ ] : * ? / \\ nor start or end with an apostrophe, and cannot be \"History\"."
        }
    }
}

extension XLSXError {
    /// The package layer's error as the spreadsheet reader reports it; `data` lets a non-ZIP file be diagnosed.
    init(_ error: OOXMLError, data: Data? = nil) {
        switch error {
        case .notAZipPackage: self = .notASpreadsheet(XLSXFileDiagnosis.message(forNonZip: data ?? Data()))
        case .missingPart(let part): self = .missingPart(part)
        case .malformed(let part, let line, let message): self = .malformed(part: part, line: line, message: message)
        case .tooLarge(let part, let limit): self = .tooLarge(part: part, limit: limit)
        }
    }
}
