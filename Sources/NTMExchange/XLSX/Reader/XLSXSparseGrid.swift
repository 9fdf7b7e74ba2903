/// Cells of one sheet as read, stored per row as (column, value) pairs because real sheets are ragged.
struct XLSXSparseGrid: Hashable, Sendable {
    struct Entry: Hashable, Sendable {
        let column: Int
        let value: XLSXValue
        /// How the cell's number format reads a number; `.general` for text and unstyled cells.
        let format: XLSXNumberFormat.Kind
    }

    private(set) var rows: [[Entry]] = []
    /// Rows whose cells arrived out of column order; they are put right once, at the end.
    private var disorderedRows: Set<Int> = []

    /// Empty values are dropped so formatting-only cells never stretch the sheet's size.
    mutating func set(_ value: XLSXValue, format: XLSXNumberFormat.Kind = .general, at reference: XLSXCellReference) {
        guard !value.isEmpty else { return }
        if rows.count <= reference.row {
            rows.append(contentsOf: repeatElement([], count: reference.row + 1 - rows.count))
        }
        if let last = rows[reference.row].last, last.column >= reference.column {
            disorderedRows.insert(reference.row)
        }
        rows[reference.row].append(Entry(column: reference.column, value: value, format: format))
    }

    /// Sorts disordered rows by column; where a column repeats, the later cell wins as it would in Excel.
    mutating func finish() {
        for row in disorderedRows {
            var byColumn: [Int: Entry] = [:]
            for entry in rows[row] { byColumn[entry.column] = entry }
            rows[row] = byColumn.keys.sorted().compactMap { byColumn[$0] }
        }
        disorderedRows = []
    }

    var columnCount: Int {
        rows.reduce(0) { max($0, ($1.last?.column ?? -1) + 1) }
    }
}
