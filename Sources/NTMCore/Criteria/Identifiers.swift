/// Identifies a criteria set, e.g. `commune-2016-2020`.
public struct CriteriaSetID: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An indicator's number within its set as the decision prints it (`17.1`, `5`), or a condition's name.
public struct IndicatorCode: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }

    /// Numeric order by dotted parts, so `2.10` follows `2.9` and `10` follows `9`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let l = lhs.rawValue.split(separator: "."), r = rhs.rawValue.split(separator: ".")
        for (a, b) in zip(l, r) where a != b {
            if let x = Int(a), let y = Int(b) { return x < y }
            return a < b
        }
        return l.count < r.count
    }
}
