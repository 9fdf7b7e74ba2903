/// An exact decimal with four fractional digits.
///
/// Thresholds such as 21.8 % or 13.9 % must compare exactly against values at the edge
/// ("đạt từ 85% trở lên" is met by exactly 85 %), which binary floating point cannot promise.
public struct FixedDecimal: Hashable, Comparable, Sendable {
    /// Four fractional digits cover every threshold in the decisions (one decimal) and
    /// derived percentages shown to two decimals, with headroom.
    public static let scale: Int64 = 10_000

    /// The value times `scale`.
    public let scaled: Int64

    public init(scaled: Int64) { self.scaled = scaled }

    public init(_ integer: Int) { scaled = Int64(integer) * Self.scale }

    /// A whole number, saturating at the largest representable magnitude instead of trapping.
    public init(clamping integer: Int64) {
        let (product, overflow) = integer.multipliedReportingOverflow(by: Self.scale)
        scaled = overflow ? (integer < 0 ? .min + 1 : .max) : product
    }

    public static let zero = FixedDecimal(scaled: 0)
    public static let hundred = FixedDecimal(100)

    /// Parses `45`, `21.8`, `-3.25` (a dot as decimal separator, at most four decimals).
    public init?(_ text: some StringProtocol) {
        var text = Substring(text).trimmingSpaces()
        var negative = false
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        } else if text.first == "+" {
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
            parts[0].count <= 14
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCIIDigit) else { return nil }
            fraction = Int64(digits + String(repeating: "0", count: 4 - digits.count)) ?? 0
        }
        guard let whole = Int64(parts[0]) else { return nil }
        let magnitude = whole * Self.scale + fraction
        scaled = negative ? -magnitude : magnitude
    }

    /// Converts a floating-point value, rounding to four decimals; for display-side inputs only.
    /// Values beyond ±10¹⁴ (or not finite) are clamped: callers that read untrusted input use `init?(checking:)`.
    public init(rounding value: Double) {
        self = FixedDecimal(checking: value) ?? FixedDecimal(scaled: value.isNaN ? 0 : (value < 0 ? -Self.limit : Self.limit) * Self.scale)
    }

    /// Converts a floating-point value when it is finite and within ±10¹⁴, the largest whole part kept.
    public init?(checking value: Double) {
        guard value.isFinite, abs(value) < Double(Self.limit) else { return nil }
        scaled = Int64((value * Double(Self.scale)).rounded())
    }

    /// Whole parts above this do not fit four decimals in 64 bits with room for sums.
    static let limit: Int64 = 100_000_000_000_000

    /// numerator / denominator × 100, rounded half away from zero to four decimals.
    /// Computed in 128 bits and saturating, so no input can trap it.
    public static func percent(numerator: Int64, denominator: Int64) -> FixedDecimal {
        precondition(denominator != 0, "percent of a zero denominator")
        let product = Int128(numerator) * 100 * Int128(scale), divisor = Int128(denominator)
        var quotient = product / divisor
        let remainder = product % divisor
        if remainder.magnitude * 2 >= divisor.magnitude { quotient += (product < 0) != (divisor < 0) ? -1 : 1 }
        return FixedDecimal(scaled: Int64(clamping: quotient))
    }

    /// numerator / denominator, rounded half away from zero to four decimals; zero when the denominator is.
    public static func quotient(_ numerator: Int64, _ denominator: Int64) -> FixedDecimal {
        guard denominator != 0 else { return .zero }
        return percent(numerator: numerator, denominator: denominator * 100)
    }

    public var doubleValue: Double { Double(scaled) / Double(Self.scale) }
    public var isInteger: Bool { scaled % Self.scale == 0 }

    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { lhs.scaled < rhs.scaled }
    /// Sums and differences saturate: they serve gaps and display, and must never trap on extreme input.
    public static func + (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        let (sum, overflow) = lhs.scaled.addingReportingOverflow(rhs.scaled)
        return FixedDecimal(scaled: overflow ? (rhs.scaled < 0 ? .min + 1 : .max) : sum)
    }
    public static func - (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        let (difference, overflow) = lhs.scaled.subtractingReportingOverflow(rhs.scaled)
        return FixedDecimal(scaled: overflow ? (rhs.scaled > 0 ? .min + 1 : .max) : difference)
    }
    public var magnitude: FixedDecimal { FixedDecimal(scaled: Int64(clamping: scaled.magnitude)) }

    /// Shortest exact text: `45`, `21.8`, `0.0625`.
    public var plain: String {
        let sign = scaled < 0 ? "-" : ""
        let whole = scaled.magnitude / UInt64(Self.scale)
        var fraction = String(scaled.magnitude % UInt64(Self.scale))
        if fraction == "0" { return "\(sign)\(whole)" }
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(sign)\(whole).\(fraction)"
    }

    /// Vietnamese notation with a decimal comma and at most `decimals` digits: `21,8`.
    public func vietnamese(decimals: Int = 2) -> String {
        let rounded = rounded(decimals: decimals)
        return String(rounded.plain.map { $0 == "." ? "," : $0 })
    }

    /// Rounded half away from zero to `decimals` (0...4) fractional digits.
    public func rounded(decimals: Int) -> FixedDecimal {
        let clamped = max(0, min(4, decimals))
        var step: Int64 = 1
        for _ in 0..<(4 - clamped) { step *= 10 }
        let quotient = scaled / step, remainder = scaled % step
        let adjust: Int64 = remainder.magnitude * 2 >= UInt64(step) ? (scaled < 0 ? -1 : 1) : 0
        let (result, overflow) = (quotient + adjust).multipliedReportingOverflow(by: step)
        return FixedDecimal(scaled: overflow ? scaled : result)
    }
}

extension FixedDecimal: CustomStringConvertible {
    public var description: String { plain }
}

extension FixedDecimal: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            guard let value = FixedDecimal(checking: number) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(number) is not a finite number below 10^14")
            }
            self = value
            return
        }
        let text = try container.decode(String.self)
        guard let value = FixedDecimal(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a decimal number")
        }
        self = value
    }

    /// Encoded as a JSON number so that API clients can compute with it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(doubleValue)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while result.first?.isWhitespace == true { result.removeFirst() }
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
