/// A table: column widths, header rows repeated at the top of every page it spans, and body rows that are
/// never split across pages.
public struct DOCXTable: Sendable {
    public var columns: [Double]
    public var header: [[DOCXCell]]
    public var rows: [[DOCXCell]]
    /// Ruled like a data table; the header and signature blocks of a document are tables without borders.
    public var borders: Bool
    /// The size of the table's type: one or two points under the body, as offices set tables.
    public var points: Double

    /// `columns` are relative widths, scaled to `width` millimetres.
    public init(
        columns: [Double], width: Double, header: [[DOCXCell]] = [], rows: [[DOCXCell]], borders: Bool = true, points: Double = 12
    ) {
        let total = columns.reduce(0, +)
        self.columns = columns.map { total > 0 ? $0 / total * width : 0 }
        self.header = header
        self.rows = rows
        self.borders = borders
        self.points = points
    }
}

/// One cell: its paragraphs, how many columns it spans and whether it is shaded (header cells are).
public struct DOCXCell: Sendable {
    public var paragraphs: [DOCXParagraph]
    public var span: Int
    public var shaded: Bool

    public init(_ paragraphs: [DOCXParagraph], span: Int = 1, shaded: Bool = false) {
        self.paragraphs = paragraphs
        self.span = span
        self.shaded = shaded
    }

    /// A cell of one line of text in table type (one size smaller than the body, as offices set tables).
    public init(
        _ text: String, style: DOCXRun.Style = .plain, alignment: DOCXParagraph.Alignment = .left, span: Int = 1, shaded: Bool = false
    ) {
        self.init([DOCXParagraph(text, style: style, alignment: alignment, after: 0)], span: span, shaded: shaded)
    }
}
