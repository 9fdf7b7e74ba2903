/// A worksheet to write.
public struct XLSXSheet: Hashable, Sendable {
    /// At most 31 characters, none of `[ ] : * ? / \`; checked when the workbook is written.
    public var name: String
    public var rows: [[XLSXCell]]
    /// In Excel character units, by column index; zero or negative leaves the default width.
    public var columnWidths: [Double]
    /// Rows kept visible while scrolling, typically the header.
    public var frozenRows: Int
    /// Locks every cell whose style is locked; the protection has no password, it only guards against slips.
    public var isProtected: Bool
    /// Hidden sheets suit metadata the officers should not touch.
    public var isHidden: Bool

    public init(
        name: String,
        rows: [[XLSXCell]] = [],
        columnWidths: [Double] = [],
        frozenRows: Int = 0,
        isProtected: Bool = false,
        isHidden: Bool = false
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.isProtected = isProtected
        self.isHidden = isHidden
    }
}
