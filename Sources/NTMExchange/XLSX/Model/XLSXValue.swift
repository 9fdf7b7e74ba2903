/// A cell's value as stored in a sheet. Numbers keep their exact lexical form ("21.8") so callers can parse them exactly.
public enum XLSXValue: Hashable, Sendable {
    case text(String)
    case number(String)
    case bool(Bool)
    case empty

    /// Empty text counts as empty so a cell cleared in Excel and one never filled read the same.
    var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.isEmpty
        case .number, .bool: false
        }
    }
}
