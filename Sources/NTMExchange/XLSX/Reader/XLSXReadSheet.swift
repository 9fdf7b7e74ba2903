/// A worksheet as read back.
public struct XLSXReadSheet: Hashable, Sendable {
    public let name: String
    public let isHidden: Bool
    private let cells: [[XLSXSparseGrid.Entry]]
    /// 1 + the highest column index holding a value, 0 if the sheet is empty.
    public let columnCount: Int

    init(name: String, isHidden: Bool, grid: XLSXSparseGrid) {
        self.name = name
        self.isHidden = isHidden
        var grid = grid
        grid.finish()
        self.cells = grid.rows
        self.columnCount = grid.columnCount
    }

    /// 1 + the highest row index holding a value, 0 if the sheet is empty.
    /// Cells that carry only formatting do not count, so styled but blank entry rows add nothing.
    public var rowCount: Int { cells.count }

    /// Row and column indexes are 0-based; Excel row 1 is index 0. Outside the data the value is `.empty`.
    public func value(row: Int, column: Int) -> XLSXValue {
        entry(row: row, column: column)?.value ?? .empty
    }

    /// What the cell's number format makes of a number stored in it: a percentage cell holds a fraction
    /// (0.8 shows as 80 %), a date cell a day count. `.general` outside the data and for unstyled cells.
    public func numberFormat(row: Int, column: Int) -> XLSXNumberFormat.Kind {
        entry(row: row, column: column)?.format ?? .general
    }

    private func entry(row: Int, column: Int) -> XLSXSparseGrid.Entry? {
        guard cells.indices.contains(row) else { return nil }
        let entries = cells[row]
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].column == column ? entries[low] : nil
    }

    /// The values of one row, padded with `.empty` to `columnCount`.
    public func row(_ index: Int) -> [XLSXValue] {
        var values = Array(repeating: XLSXValue.empty, count: columnCount)
        guard cells.indices.contains(index) else { return values }
        for entry in cells[index] {
            values[entry.column] = entry.value
        }
        return values
    }
}
