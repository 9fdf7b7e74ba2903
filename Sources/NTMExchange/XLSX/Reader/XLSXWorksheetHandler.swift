import Foundation
import NTMOOXML

/// Reads the `<sheetData>` of one worksheet into a sparse grid.
struct XLSXWorksheetHandler: OOXMLSAXHandler {
    private struct PendingCell {
        var reference: XLSXCellReference
        var type: String?
        var value: String?
        var inlineText: String?
        var style: Int
    }

    private enum Target { case none, value, inlineText }

    let sharedStrings: [String]
    /// The number format of each cell style (`s` attribute), from xl/styles.xml.
    let styleFormats: [XLSXNumberFormat.Kind]
    private(set) var grid = XLSXSparseGrid()
    private var inSheetData = false
    /// Rows and cells without an `r` attribute follow the previous ones, so the cursor is tracked.
    private var currentRow = -1
    private var nextColumn = 0
    private var cell: PendingCell?
    private var target = Target.none
    private var phoneticDepth = 0

    init(sharedStrings: [String], styleFormats: [XLSXNumberFormat.Kind] = []) {
        self.sharedStrings = sharedStrings
        self.styleFormats = styleFormats
    }

    mutating func start(_ element: String, attributes: [String: String]) throws(OOXMLParseProblem) {
        switch element {
        case "sheetData":
            inSheetData = true
        case "row" where inSheetData:
            try startRow(attributes["r"])
        case "c" where inSheetData:
            try startCell(attributes)
        case "v" where cell != nil:
            cell?.value = ""
            target = .value
        case "is" where cell != nil:
            cell?.inlineText = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where cell?.inlineText != nil && phoneticDepth == 0:
            target = .inlineText
        default:
            break
        }
    }

    mutating func end(_ element: String) throws(OOXMLParseProblem) {
        switch element {
        case "sheetData":
            inSheetData = false
        case "v", "t":
            target = .none
        case "rPh":
            phoneticDepth = max(phoneticDepth - 1, 0)
        case "c":
            guard let finished = cell else { return }
            let value = try value(of: finished)
            let format: XLSXNumberFormat.Kind
            if case .number = value, styleFormats.indices.contains(finished.style) {
                format = styleFormats[finished.style]
            } else {
                format = .general
            }
            grid.set(value, format: format, at: finished.reference)
            currentRow = finished.reference.row
            nextColumn = finished.reference.column + 1
            cell = nil
        default:
            break
        }
    }

    mutating func characters(_ text: String) {
        switch target {
        case .none: break
        case .value: cell?.value?.append(text)
        case .inlineText: cell?.inlineText?.append(text)
        }
    }

    private mutating func startRow(_ number: String?) throws(OOXMLParseProblem) {
        if let number {
            guard let parsed = XLSXCellReference.decimal(number.utf8), parsed >= 1,
                parsed <= XLSXCellReference.maxRows
            else {
                throw OOXMLParseProblem(message: "row number \"\(number)\" is outside 1…\(XLSXCellReference.maxRows)")
            }
            currentRow = parsed - 1
        } else {
            currentRow += 1
            guard currentRow < XLSXCellReference.maxRows else {
                throw OOXMLParseProblem(message: "more than \(XLSXCellReference.maxRows) rows")
            }
        }
        nextColumn = 0
    }

    private mutating func startCell(_ attributes: [String: String]) throws(OOXMLParseProblem) {
        let reference: XLSXCellReference
        if let text = attributes["r"] {
            guard let parsed = XLSXCellReference(text) else {
                throw OOXMLParseProblem(message: "cell reference \"\(text)\" is not a cell inside Excel's grid")
            }
            reference = parsed
        } else {
            guard nextColumn < XLSXCellReference.maxColumns else {
                throw OOXMLParseProblem(message: "more than \(XLSXCellReference.maxColumns) cells in a row")
            }
            reference = XLSXCellReference(row: max(currentRow, 0), column: nextColumn)
        }
        cell = PendingCell(reference: reference, type: attributes["t"], style: attributes["s"].flatMap { Int($0) } ?? 0)
    }

    private func value(of cell: PendingCell) throws(OOXMLParseProblem) -> XLSXValue {
        let raw = cell.value ?? ""
        let trimmed = Self.trimmed(raw)
        switch cell.type ?? "n" {
        case "s":
            guard !trimmed.isEmpty else { return .empty }
            guard let index = Int(trimmed), sharedStrings.indices.contains(index) else {
                throw OOXMLParseProblem(
                    message: "cell \(cell.reference.a1) refers to shared string \(trimmed), which does not exist")
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            return .text(XLSXStringEscape.decode(cell.inlineText ?? raw))
        case "b":
            switch trimmed {
            case "": return .empty
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw OOXMLParseProblem(message: "cell \(cell.reference.a1) has boolean value \"\(trimmed)\"")
            }
        case "e":
            // Errors such as "#DIV/0!" are kept as text so the officer sees what Excel showed.
            return .text(trimmed)
        case "n":
            return trimmed.isEmpty ? .empty : .number(trimmed)
        default:
            // "str" (formula results), "d" (ISO dates) and unknown types keep their text as written.
            return .text(XLSXStringEscape.decode(raw))
        }
    }

    /// Values are rarely padded, so the Foundation call is skipped in the common case of a 100k-row sheet.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        guard isPadding(first) || isPadding(last) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isPadding(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
