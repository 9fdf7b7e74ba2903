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
    /// Filter buttons on the header row of this range (its first row).
    public var autoFilter: XLSXRange?
    /// Cells shown as one (titles over several columns).
    public var merges: [XLSXRange]
    public var validations: [XLSXDataValidation]
    /// Print settings; nil keeps Excel's defaults.
    public var page: XLSXPageSetup?

    public init(
        name: String,
        rows: [[XLSXCell]] = [],
        columnWidths: [Double] = [],
        frozenRows: Int = 0,
        isProtected: Bool = false,
        isHidden: Bool = false,
        autoFilter: XLSXRange? = nil,
        merges: [XLSXRange] = [],
        validations: [XLSXDataValidation] = [],
        page: XLSXPageSetup? = nil
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.isProtected = isProtected
        self.isHidden = isHidden
        self.autoFilter = autoFilter
        self.merges = merges
        self.validations = validations
        self.page = page
    }
}
