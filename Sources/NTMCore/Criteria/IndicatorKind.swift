/// How an indicator is measured, which decides what values and thresholds it takes.
public enum IndicatorKind: String, CaseIterable, Sendable, Codable {
    /// Đạt / Không đạt.
    case passFail = "pass-fail"
    /// A share in per cent, entered as raw counts (numerator/denominator) or as a published rate.
    case percentage
    /// A quantity with a unit, e.g. million VND per person per year.
    case amount
    /// A whole number of things.
    case count
    /// Something that must not exist, e.g. temporary or dilapidated houses; the value is how many there are.
    case mustBeNone = "must-be-none"

    /// Whether thresholds of this kind are numbers compared with a comparator.
    public var isNumeric: Bool { self == .percentage || self == .amount || self == .count }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.passFail, .vi): "Đạt/Không đạt"
        case (.percentage, .vi): "Tỷ lệ (%)"
        case (.amount, .vi): "Giá trị"
        case (.count, .vi): "Số lượng"
        case (.mustBeNone, .vi): "Không có"
        case (.passFail, .en): "Pass/fail"
        case (.percentage, .en): "Percentage"
        case (.amount, .en): "Amount"
        case (.count, .en): "Count"
        case (.mustBeNone, .en): "Must be none"
        }
    }
}

/// How a numeric value is compared with its threshold.
public enum Comparator: String, CaseIterable, Sendable, Codable {
    case atLeast = ">="
    case atMost = "<="
    case equal = "="

    /// Accepts `>=`, `≥`, `<=`, `≤`, `=`, `==`.
    public init?(symbol: String) {
        switch symbol.trimming(" ") {
        case ">=", "≥": self = .atLeast
        case "<=", "≤": self = .atMost
        case "=", "==": self = .equal
        default: return nil
        }
    }

    public var symbol: String {
        switch self {
        case .atLeast: "≥"
        case .atMost: "≤"
        case .equal: "="
        }
    }

    public func isSatisfied(_ order: ComparisonOutcome) -> Bool {
        switch (self, order) {
        case (.atLeast, .greater), (.atLeast, .equal), (.atMost, .less), (.atMost, .equal), (.equal, .equal): true
        default: false
        }
    }
}

/// The order of a value relative to its threshold.
public enum ComparisonOutcome: Sendable {
    case less, equal, greater
}

extension String {
    func trimming(_ set: Character) -> String {
        var result = Substring(self)
        while result.first == set { result.removeFirst() }
        while result.last == set { result.removeLast() }
        return String(result)
    }
}
