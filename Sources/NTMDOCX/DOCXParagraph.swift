/// A paragraph: runs of text with one alignment and spacing.
public struct DOCXParagraph: Sendable {
    public enum Alignment: String, Sendable {
        case left, center, right
        /// Justified, as administrative bodies are set.
        case both
    }

    public var runs: [DOCXRun]
    public var alignment: Alignment
    /// Space before and after, in points.
    public var before: Double
    public var after: Double
    /// First-line indent in millimetres (NĐ 30 indents body paragraphs by 10–12.7 mm).
    public var firstLineIndent: Double
    /// Kept on the page of the next paragraph: headings are never left alone at a page's foot.
    public var keepWithNext: Bool
    /// Line spacing as a multiple of single (1 = single).
    public var lineSpacing: Double

    public init(
        _ runs: [DOCXRun], alignment: Alignment = .both, before: Double = 0, after: Double = 6, firstLineIndent: Double = 0,
        keepWithNext: Bool = false, lineSpacing: Double = 1
    ) {
        self.runs = runs
        self.alignment = alignment
        self.before = before
        self.after = after
        self.firstLineIndent = firstLineIndent
        self.keepWithNext = keepWithNext
        self.lineSpacing = lineSpacing
    }

    /// A paragraph of one run.
    public init(
        _ text: String, style: DOCXRun.Style = .plain, alignment: Alignment = .both, before: Double = 0, after: Double = 6,
        firstLineIndent: Double = 0, keepWithNext: Bool = false
    ) {
        self.init(
            [DOCXRun(text, style: style)], alignment: alignment, before: before, after: after, firstLineIndent: firstLineIndent,
            keepWithNext: keepWithNext)
    }

    /// The paragraph's text, runs joined: what a reader such as python-docx gives back.
    public var text: String { runs.map(\.text).joined() }
}

/// A run of text in one style, or the page number field.
public struct DOCXRun: Sendable {
    public struct Style: Hashable, Sendable {
        public var bold: Bool
        public var italic: Bool
        public var underline: Bool
        /// Points; nil for the document's size.
        public var points: Double?

        public init(bold: Bool = false, italic: Bool = false, underline: Bool = false, points: Double? = nil) {
            self.bold = bold
            self.italic = italic
            self.underline = underline
            self.points = points
        }

        public static let plain = Style()
        public static let bold = Style(bold: true)
        public static let italic = Style(italic: true)
    }

    public enum Content: Sendable {
        case text(String)
        /// Word's PAGE field: the number of the page the run is printed on.
        case pageNumber
        case lineBreak
    }

    public var content: Content
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        content = .text(text)
        self.style = style
    }

    public init(_ content: Content, style: Style = .plain) {
        self.content = content
        self.style = style
    }

    public var text: String {
        switch content {
        case .text(let text): text
        case .pageNumber: ""
        case .lineBreak: "\n"
        }
    }
}
