/// An administrative unit's official code from the General Statistics Office (mã đơn vị hành chính), e.g. `29314`.
public struct UnitCode: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Numbers first, in numeric order (`842` before `29236`), then other codes alphabetically.
    /// Compares lengths rather than parsing, because sorts run over thousands of codes.
    public static func < (lhs: UnitCode, rhs: UnitCode) -> Bool {
        let leftIsNumber = lhs.isPlainNumber, rightIsNumber = rhs.isPlainNumber
        if leftIsNumber != rightIsNumber { return leftIsNumber }
        if leftIsNumber, lhs.rawValue.utf8.count != rhs.rawValue.utf8.count {
            return lhs.rawValue.utf8.count < rhs.rawValue.utf8.count
        }
        return lhs.rawValue < rhs.rawValue
    }

    private var isPlainNumber: Bool {
        let bytes = rawValue.utf8
        guard let first = bytes.first, first != 48 || bytes.count == 1 else { return false }
        return bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
