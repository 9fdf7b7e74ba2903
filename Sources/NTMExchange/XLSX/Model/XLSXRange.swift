/// A rectangle of cells, 0-based and inclusive: `A1:D10` is rows 0…9, columns 0…3.
public struct XLSXRange: Hashable, Sendable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = max(lastRow, firstRow)
        self.lastColumn = max(lastColumn, firstColumn)
    }

    /// `A1:D10` (or `B2` for one cell).
    public var a1: String {
        let first = XLSXColumn.letters(firstColumn) + String(firstRow + 1)
        let last = XLSXColumn.letters(lastColumn) + String(lastRow + 1)
        return first == last ? first : "\(first):\(last)"
    }

    /// `$A$1:$D$10`, the form defined names use.
    public var absolute: String {
        "$\(XLSXColumn.letters(firstColumn))$\(firstRow + 1):$\(XLSXColumn.letters(lastColumn))$\(lastRow + 1)"
    }
}

/// How a sheet prints: offices print on A4.
public struct XLSXPageSetup: Hashable, Sendable {
    public enum Orientation: String, Hashable, Sendable {
        case portrait, landscape
    }

    public var orientation: Orientation
    /// Scale every column onto one page width (rows flow onto as many pages as needed).
    public var fitToWidth: Bool
    /// The first `repeatRows` rows print again at the top of every page (the table header).
    public var repeatRows: Int
    /// Text printed in the page header and footer; `&P` is the page number and `&N` the page count.
    public var header: String?
    public var footer: String?

    public init(
        orientation: Orientation = .portrait, fitToWidth: Bool = true, repeatRows: Int = 0, header: String? = nil,
        footer: String? = nil
    ) {
        self.orientation = orientation
        self.fitToWidth = fitToWidth
        self.repeatRows = repeatRows
        self.header = header
        self.footer = footer
    }
}

/// A drop-down list on a range of cells: the officer picks one of `choices` and Excel refuses anything else.
public struct XLSXDataValidation: Hashable, Sendable {
    /// The cells the list applies to; one validation may cover scattered cells (every pass/fail row of a template).
    public var ranges: [XLSXRange]
    public var choices: [String]
    /// Shown when a cell of the range is selected.
    public var prompt: String?
    /// Shown when something else is typed.
    public var error: String?

    public init(range: XLSXRange, choices: [String], prompt: String? = nil, error: String? = nil) {
        self.init(ranges: [range], choices: choices, prompt: prompt, error: error)
    }

    public init(ranges: [XLSXRange], choices: [String], prompt: String? = nil, error: String? = nil) {
        self.ranges = ranges
        self.choices = choices
        self.prompt = prompt
        self.error = error
    }
}
