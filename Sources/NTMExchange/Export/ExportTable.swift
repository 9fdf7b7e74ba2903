import NTMCore

/// A table as people read it, to write as a spreadsheet sheet: a title and the lines that say what it is (scope,
/// date, basis), Vietnamese column headings, and typed cells — numbers stay numbers, percentages are percent cells,
/// dates are dates — with the header frozen, filter buttons and A4 print setup. Pages and the command line
/// export through it, so every download looks the same.
public struct ExportTable: Sendable {
    public struct Column: Sendable {
        public var heading: String
        /// In Excel character units.
        public var width: Double

        public init(_ heading: String, width: Double = 14) {
            self.heading = heading
            self.width = width
        }
    }

    public enum Cell: Sendable, Hashable {
        case text(String)
        case integer(Int)
        /// A calendar year: a number without a thousands separator (2019, never 2,019 or 2.019).
        case year(Int)
        case decimal(FixedDecimal)
        /// A percentage given as 0–100; written as the fraction Excel stores with a percent format.
        case percent(FixedDecimal)
        case date(LocalDate)
        case money(Money)
        case empty
        /// Text in a status colour (met, not met, undetermined), for matrices.
        case status(String, StatusTone)
    }

    public enum StatusTone: Sendable, Hashable {
        case good, bad, pending, neutral
    }

    /// At most 31 characters and none of `[]:*?/\` (checked by the writer).
    public var sheetName: String
    public var title: String
    public var notes: [String]
    public var columns: [Column]
    public var rows: [[Cell]]
    public var landscape: Bool

    public init(sheetName: String, title: String, notes: [String] = [], columns: [Column], rows: [[Cell]], landscape: Bool = true) {
        self.sheetName = sheetName
        self.title = title
        self.notes = notes
        self.columns = columns
        self.rows = rows
        self.landscape = landscape
    }
}

/// Turns export tables into a workbook.
public enum TableExport {
    public static func workbook(_ tables: [ExportTable], language: Language) -> XLSXWorkbook {
        XLSXWorkbook(sheets: tables.map { sheet($0, language: language) })
    }

    static let header = XLSXStyle(bold: true, wrap: true, fill: "DDEBF7", border: true)
    static let body = XLSXStyle(border: true)
    static let wrapped = XLSXStyle(wrap: true, border: true)

    public static func sheet(_ table: ExportTable, language: Language) -> XLSXSheet {
        var rows: [[XLSXCell]] = [[.text(table.title, style: XLSXStyle(bold: true))]]
        rows += table.notes.map { [.text($0, style: XLSXStyle(italic: true))] }
        rows.append([])
        let headerRow = rows.count
        rows.append(table.columns.map { .text($0.heading, style: header) })
        for row in table.rows {
            rows.append(row.enumerated().map { index, cell in xlsx(cell, wide: (table.columns[safe: index]?.width ?? 0) >= 30) })
        }
        let lastColumn = max(table.columns.count - 1, 0)
        let footer = language == .vi ? "&L\(table.title)&RTrang &P/&N" : "&L\(table.title)&RPage &P of &N"
        return XLSXSheet(
            name: table.sheetName, rows: rows, columnWidths: table.columns.map(\.width), frozenRows: headerRow + 1,
            autoFilter: table.rows.isEmpty
                ? nil : XLSXRange(firstRow: headerRow, firstColumn: 0, lastRow: headerRow + table.rows.count, lastColumn: lastColumn),
            merges: [XLSXRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: lastColumn)],
            page: XLSXPageSetup(orientation: table.landscape ? .landscape : .portrait, fitToWidth: true, repeatRows: headerRow + 1, footer: footer))
    }

    static func xlsx(_ cell: ExportTable.Cell, wide: Bool) -> XLSXCell {
        switch cell {
        case .text(let text): return .text(text, style: wide ? wrapped : body)
        case .integer(let value): return .number(String(value), style: body.with(.integer))
        case .year(let value): return .number(String(value), style: body.with(.wholeNumber))
        case .decimal(let value): return .number(value.plain, style: body.with(.twoDecimals))
        case .percent(let value):
            // Excel stores 80 % as 0.8; six decimals keep every four-decimal percentage exact.
            return .number(fraction(value), style: body.with(.percentTwoDecimals))
        case .date(let date): return .number(String(date.spreadsheetSerial), style: body.with(.date))
        case .money(let money): return .number(String(money.dong), style: body.with(.integer))
        case .empty: return XLSXCell(.empty, style: body)
        case .status(let text, let tone):
            let fill: String? =
                switch tone {
                case .good: "C6EFCE"
                case .bad: "FFC7CE"
                case .pending: "FFEB9C"
                case .neutral: nil
                }
            return .text(text, style: XLSXStyle(fill: fill, border: true, horizontal: .center))
        }
    }

    /// A percentage (0–100, four decimals) as the fraction Excel stores, exactly: 12.3456 → "0.123456".
    static func fraction(_ percent: FixedDecimal) -> String {
        let negative = percent.scaled < 0
        let digits = String(percent.scaled.magnitude)
        let padded = String(repeating: "0", count: max(0, 7 - digits.count)) + digits
        let whole = padded.dropLast(6), decimals = padded.suffix(6)
        var text = "\(whole).\(decimals)"
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return (negative ? "-" : "") + text
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
