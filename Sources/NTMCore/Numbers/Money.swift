/// An amount of money in whole đồng, exact.
///
/// Sums never overflow silently: funds are added up over a nation (8,883 communes × sources × years × phases),
/// so every operation is checked and reports `MoneyError.overflow` instead of trapping or wrapping.
/// Int64 holds ±9.2 × 10¹⁸ đồng, about 3,000 times the whole NTM envelope of 2021–2025.
public struct Money: Hashable, Comparable, Sendable {
    public let dong: Int64

    public init(dong: Int64) { self.dong = dong }

    public static let zero = Money(dong: 0)

    /// An amount given in millions of đồng (triệu đồng), the unit of provincial finance tables; exact, since
    /// four decimals of a million are whole hundreds of đồng.
    public init(millions: FixedDecimal) throws(MoneyError) {
        let (dong, overflow) = millions.scaled.multipliedReportingOverflow(by: 1_000_000 / FixedDecimal.scale)
        guard !overflow else { throw .overflow }
        self.dong = dong
    }

    public func adding(_ other: Money) throws(MoneyError) -> Money {
        let (sum, overflow) = dong.addingReportingOverflow(other.dong)
        guard !overflow else { throw .overflow }
        return Money(dong: sum)
    }

    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        let (difference, overflow) = dong.subtractingReportingOverflow(other.dong)
        guard !overflow else { throw .overflow }
        return Money(dong: difference)
    }

    public func negated() throws(MoneyError) -> Money {
        guard dong != .min else { throw .overflow }
        return Money(dong: -dong)
    }

    /// The total of `amounts`, or `.overflow`.
    public static func sum(_ amounts: some Sequence<Money>) throws(MoneyError) -> Money {
        var total = Money.zero
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    /// `self` as a percentage of `whole`, rounded half away from zero to four decimals; nil when `whole` is zero.
    /// Computed in 128 bits, so even national totals cannot overflow.
    public func percent(of whole: Money) -> FixedDecimal? {
        guard whole.dong != 0 else { return nil }
        let numerator = Int128(dong) * 100 * Int128(FixedDecimal.scale), denominator = Int128(whole.dong)
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= denominator.magnitude { quotient += (numerator < 0) != (denominator < 0) ? -1 : 1 }
        guard let scaled = Int64(exactly: quotient) else { return nil }
        return FixedDecimal(scaled: scaled)
    }

    /// The amount in millions of đồng, rounded half away from zero to `decimals` (0…4) places.
    public func millions(decimals: Int = 2) -> FixedDecimal {
        // dong / 10⁶ with four decimals is dong / 100, rounded.
        let quotient = dong / 100, remainder = dong % 100
        let rounded = abs(remainder) >= 50 ? quotient + (dong < 0 ? -1 : 1) : quotient
        return FixedDecimal(scaled: rounded).rounded(decimals: decimals)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.dong < rhs.dong }
}

/// Why a money computation was refused.
public enum MoneyError: Error, Hashable, Sendable {
    case overflow

    public func text(_ language: Language) -> String {
        language == .vi ? "số tiền vượt quá giới hạn tính toán" : "the amount is beyond what can be computed"
    }
}

extension Money {
    /// Vietnamese grouping with dots: `1.234.567`.
    public var vietnamese: String { Self.grouped(dong, separator: ".") }

    /// English grouping with commas: `1,234,567`.
    public var english: String { Self.grouped(dong, separator: ",") }

    /// `1.234,57` (Vietnamese) or `1,234.57` (English): millions of đồng, as finance tables print them.
    public func millionsText(_ language: Language, decimals: Int = 2) -> String {
        let value = millions(decimals: decimals)
        let whole = value.scaled / FixedDecimal.scale
        var fraction = String(abs(value.scaled % FixedDecimal.scale))
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        let shown = fraction.prefix(max(0, min(4, decimals)))
        let sign = value.scaled < 0 && whole == 0 ? "-" : ""
        let group = language == .vi ? "." : ",", mark = language == .vi ? "," : "."
        return sign + Self.grouped(whole, separator: Character(group)) + (shown.isEmpty ? "" : mark + shown)
    }

    /// Digits in groups of three: `1.234.567` with ".", as Vietnamese documents print every count and amount.
    public static func grouped(_ value: Int64, separator: Character) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// Reads an amount typed in đồng (`1.234.567`, `1,234,567`, `1234567`) or, with `inMillions`, in millions of
    /// đồng (`1.234,5`). Refuses what reads two ways (`1.250`) instead of guessing.
    public init(parsing text: String, inMillions: Bool = false) throws(MoneyParseError) {
        let number: FixedDecimal
        do { number = try NumberText.decimal(text) } catch { throw .number(text, error) }
        if inMillions {
            do { try self.init(millions: number) } catch { throw .overflow(text) }
            return
        }
        guard number.isInteger else { throw .fractionalDong(text) }
        self.init(dong: number.scaled / FixedDecimal.scale)
    }
}

/// Why a typed amount was refused.
public enum MoneyParseError: Error, Hashable, Sendable {
    case number(String, NumberText.Problem)
    case fractionalDong(String)
    case overflow(String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.number(let typed, let problem), _): problem.text(typed, language)
        case (.fractionalDong(let typed), .vi): "'\(typed)' có phần lẻ dưới một đồng"
        case (.fractionalDong(let typed), .en): "'\(typed)' has a fraction of a đồng"
        case (.overflow(let typed), .vi): "'\(typed)' quá lớn"
        case (.overflow(let typed), .en): "'\(typed)' is too large"
        }
    }
}

/// Whole đồng as a JSON integer: exact in every JSON reader up to 2⁵³ đồng (9 × 10¹⁵), far above any NTM budget.
extension Money: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(dong: try decoder.singleValueContainer().decode(Int64.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(dong)
    }
}
