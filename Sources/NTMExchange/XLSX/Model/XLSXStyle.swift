/// How a written cell looks and whether it can be edited when the sheet is protected.
public struct XLSXStyle: Hashable, Sendable {
    public var bold: Bool
    /// Unlocked cells stay editable in a protected sheet.
    public var locked: Bool
    public var wrap: Bool
    /// RGB hex such as "FFF2CC" (an ARGB form or a leading "#" is accepted too).
    public var fill: String?
    public var italic: Bool
    /// How numbers in the cell are shown; nil is Excel's General.
    public var numberFormat: XLSXNumberFormat?
    /// Thin borders on all four sides, so printed tables have their grid.
    public var border: Bool
    public var horizontal: HorizontalAlignment?

    public enum HorizontalAlignment: String, Hashable, Sendable {
        case left, center, right
    }

    public init(
        bold: Bool = false,
        locked: Bool = true,
        wrap: Bool = false,
        fill: String? = nil,
        italic: Bool = false,
        numberFormat: XLSXNumberFormat? = nil,
        border: Bool = false,
        horizontal: HorizontalAlignment? = nil
    ) {
        self.bold = bold
        self.locked = locked
        self.wrap = wrap
        self.fill = fill
        self.italic = italic
        self.numberFormat = numberFormat
        self.border = border
        self.horizontal = horizontal
    }

    /// The same style with another number format.
    public func with(_ format: XLSXNumberFormat?) -> XLSXStyle {
        var copy = self
        copy.numberFormat = format
        return copy
    }

    /// Excel's default look: what an unstyled cell gets.
    public static let plain = XLSXStyle()

    /// Column headings: bold on a light blue band.
    public static let header = XLSXStyle(bold: true, fill: "DDEBF7")

    /// Cells an officer fills in: editable under sheet protection and marked light yellow.
    public static let entry = XLSXStyle(locked: false, fill: "FFF2CC")
}
