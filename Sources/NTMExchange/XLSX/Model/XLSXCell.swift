/// One cell to write: its value and its style.
public struct XLSXCell: Hashable, Sendable {
    public var value: XLSXValue
    public var style: XLSXStyle

    public init(_ value: XLSXValue, style: XLSXStyle = .plain) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, style: XLSXStyle = .plain) -> XLSXCell {
        XLSXCell(.text(text), style: style)
    }

    /// `lexical` is written verbatim, so it must be a plain decimal such as "21.8", "-3" or "1.5E-3".
    public static func number(_ lexical: String, style: XLSXStyle = .plain) -> XLSXCell {
        XLSXCell(.number(lexical), style: style)
    }
}
