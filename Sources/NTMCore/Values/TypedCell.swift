/// One cell or form field as a user supplied it, before it is read as a value.
///
/// Files carry more than text: a spreadsheet cell may hold a number whose format says it is a percentage (Excel
/// stores a typed "80%" as 0.8) or a date, or a true/false value.
public enum TypedCell: Hashable, Sendable {
    case empty
    /// Text as typed (forms, CSV, text cells).
    case text(String)
    /// A number stored by a spreadsheet, in its lexical form (`0.8`, `21.8`, `1E-3`), and how the cell shows it.
    case number(String, NumberDisplay)
    case bool(Bool)

    /// How a spreadsheet cell shows the number it stores.
    public enum NumberDisplay: Hashable, Sendable {
        case plain
        /// The stored number is a fraction shown ×100 with a per cent sign.
        case percent
        /// The stored number is a day count (Excel's 1900 date system).
        case date
    }

    /// Text cells that hold only spaces count as empty, as a cell cleared in a spreadsheet does.
    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .number, .bool: false
        }
    }

    /// What the user sees in the cell, for messages.
    public var shown: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let lexical, .percent): (NumberText.lexical(lexical).map { FixedDecimal(scaled: $0.scaled * 100).plain } ?? lexical) + "%"
        case .number(let lexical, _): lexical
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        }
    }

    init(_ text: String?) {
        self = text.map(TypedCell.text) ?? .empty
    }
}

/// What a user supplied for one observation: a value, or a numerator and denominator for a percentage.
public struct ValueInput: Hashable, Sendable {
    public var value: TypedCell
    public var numerator: TypedCell
    public var denominator: TypedCell

    public init(value: TypedCell = .empty, numerator: TypedCell = .empty, denominator: TypedCell = .empty) {
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
    }

    /// From text fields (forms, CSV); nil and empty text are both empty.
    public init(value: String?, numerator: String? = nil, denominator: String? = nil) {
        self.init(value: TypedCell(value), numerator: TypedCell(numerator), denominator: TypedCell(denominator))
    }

    public var isEmpty: Bool { value.isEmpty && numerator.isEmpty && denominator.isEmpty }
}

/// Which part of a `ValueInput` a problem is about.
public enum ValueField: String, Hashable, Sendable {
    case value, numerator, denominator
}
