import Foundation
import NTMCore
import NTMData

/// The first visible sheet of an .xlsx as CSV text, for the loaders that read CSV: the statistics office's unit list
/// arrives as a spreadsheet download, which officers open in Excel and save as .xlsx. Numbers are written as the
/// sheet stores them, except in the columns `widths` names (by header), where a code Excel turned into a number
/// ("01" → 1) gets its leading zeros back, and a date cell reads as the day it shows. Row numbers stay the sheet's, so errors point at Excel's rows.
public enum SheetText {
    public static func csv(_ data: Data, name: String, widths: [String: Int] = [:]) throws -> String {
        let sheets: [XLSXReadSheet]
        do {
            sheets = try XLSXReader.read(data)
        } catch {
            throw DataFileErrors([
                DataFileError(
                    file: name, line: nil,
                    message: LocalizedText(vi: "không đọc được bảng tính: \(error.description)", en: "cannot read the workbook: \(error.description)")
                )
            ])
        }
        guard let sheet = sheets.first(where: { !$0.isHidden }), sheet.rowCount > 0 else {
            throw DataFileErrors([
                DataFileError(file: name, line: nil, message: LocalizedText(vi: "bảng tính không có dữ liệu", en: "the workbook has no data"))
            ])
        }
        func text(_ row: Int, _ column: Int) -> String {
            switch sheet.value(row: row, column: column) {
            case .text(let text): text
            // A date cell stores a day count; the loaders read the day it shows.
            case .number(let number) where sheet.numberFormat(row: row, column: column) == .date:
                Double(number).flatMap { LocalDate(spreadsheetSerial: Int($0)) }?.iso ?? number
            case .number(let number): number
            case .bool(let value): value ? "TRUE" : "FALSE"
            case .empty: ""
            }
        }
        let header = (0..<sheet.columnCount).map { text(0, $0) }
        let padded = header.map { heading in widths.first { $0.key.lowercased() == heading.lowercased() }?.value }
        var lines = [header.map(quoted).joined(separator: ",")]
        for row in 1..<sheet.rowCount {
            lines.append(
                (0..<sheet.columnCount).map { column in
                    var field = text(row, column)
                    if let width = padded[column], case .number = sheet.value(row: row, column: column), field.allSatisfy(\.isNumber),
                        field.count < width
                    {
                        field = String(repeating: "0", count: width - field.count) + field
                    }
                    return quoted(field)
                }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
