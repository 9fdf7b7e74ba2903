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

    /// Numeric order where both codes are numbers, so that `842` sorts before `29236`.
    public static func < (lhs: UnitCode, rhs: UnitCode) -> Bool {
        if let l = Int(lhs.rawValue), let r = Int(rhs.rawValue) { return l < r }
        return lhs.rawValue < rhs.rawValue
    }
}
