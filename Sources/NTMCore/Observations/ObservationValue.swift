/// A measured value as entered: raw counts for percentages, so the share can be recomputed and checked.
public enum ObservationValue: Hashable, Sendable {
    case passFail(Bool)
    case ratio(numerator: Int64, denominator: Int64)
    /// A share published as a rate (e.g. by the health statistics), in per cent.
    case percent(FixedDecimal)
    case amount(FixedDecimal)
    case count(Int64)

    /// The number compared with a numeric threshold; for ratios, the rounded percentage (for display only).
    public var number: FixedDecimal? {
        switch self {
        case .passFail: nil
        case .ratio(let numerator, let denominator):
            denominator == 0 ? nil : FixedDecimal.percent(numerator: numerator, denominator: denominator)
        case .percent(let value), .amount(let value): value
        case .count(let count): FixedDecimal(clamping: count)
        }
    }

    /// How the value compares with a number, exactly (ratios by cross-multiplication).
    public func compare(to threshold: FixedDecimal) -> ComparisonOutcome? {
        let lhs: Int64, rhs: Int64
        switch self {
        case .passFail: return nil
        case .ratio(let numerator, let denominator):
            guard denominator > 0 else { return nil }
            // numerator/denominator × 100 against threshold: both sides scaled by 10⁴ and by the denominator.
            let (left, leftOverflow) = numerator.multipliedReportingOverflow(by: 100 * FixedDecimal.scale)
            let (right, rightOverflow) = threshold.scaled.multipliedReportingOverflow(by: denominator)
            if leftOverflow || rightOverflow {
                let l = Double(numerator) / Double(denominator) * 100, r = threshold.doubleValue
                return l < r ? .less : l > r ? .greater : .equal
            }
            lhs = left
            rhs = right
        case .percent(let value), .amount(let value):
            lhs = value.scaled
            rhs = threshold.scaled
        case .count(let count):
            // A count too large to scale is beyond every threshold in its direction.
            let (scaled, overflow) = count.multipliedReportingOverflow(by: FixedDecimal.scale)
            if overflow { return count < 0 ? .less : .greater }
            lhs = scaled
            rhs = threshold.scaled
        }
        return lhs < rhs ? .less : lhs > rhs ? .greater : .equal
    }

    /// `12/15 (80%)`, `Đạt`, `45,5`.
    public func text(_ language: Language) -> String {
        switch self {
        case .passFail(let met): met ? (language == .vi ? "Đạt" : "Met") : (language == .vi ? "Không đạt" : "Not met")
        case .ratio(let numerator, let denominator):
            "\(numerator)/\(denominator)" + (number.map { " (\(language == .vi ? $0.vietnamese() : $0.rounded(decimals: 2).plain)%)" } ?? "")
        case .percent(let value): (language == .vi ? value.vietnamese() : value.rounded(decimals: 2).plain) + "%"
        case .amount(let value): language == .vi ? value.vietnamese() : value.rounded(decimals: 2).plain
        case .count(let count): String(count)
        }
    }
}

/// Why a value cannot be recorded for an indicator.
public enum ObservationValueError: Error, Hashable, Sendable {
    case kindMismatch(expected: String, got: String)
    case zeroDenominator
    case negativeCount
    case numeratorExceedsDenominator(numerator: Int64, denominator: Int64)
    case percentOutOfRange(FixedDecimal)
    case negativeAmount(FixedDecimal)
    case derivedIndicator
    case kindNotSet
    case tooLarge(Int64)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.kindMismatch(let expected, let got), .vi): "cần giá trị kiểu \(expected), nhưng nhận \(got)"
        case (.kindMismatch(let expected, let got), .en): "expects a \(expected) value, got \(got)"
        case (.zeroDenominator, .vi): "mẫu số bằng 0: không tính được tỷ lệ; hãy nhập tổng số (mẫu số) lớn hơn 0"
        case (.zeroDenominator, .en): "the denominator is zero, so no percentage can be computed; enter a total above 0"
        case (.negativeCount, .vi): "số lượng không được âm"
        case (.negativeCount, .en): "counts cannot be negative"
        case (.numeratorExceedsDenominator(let n, let d), .vi): "tử số \(n) lớn hơn mẫu số \(d)"
        case (.numeratorExceedsDenominator(let n, let d), .en): "numerator \(n) is larger than denominator \(d)"
        case (.percentOutOfRange(let value), .vi): "tỷ lệ \(value.vietnamese())% nằm ngoài khoảng 0–100"
        case (.percentOutOfRange(let value), .en): "percentage \(value.plain)% is outside 0–100"
        case (.negativeAmount(let value), .vi): "giá trị \(value.vietnamese()) không được âm"
        case (.negativeAmount(let value), .en): "amount \(value.plain) cannot be negative"
        case (.derivedIndicator, .vi): "chỉ tiêu này được tính từ kết quả các xã, không nhập trực tiếp"
        case (.derivedIndicator, .en): "this indicator is computed from commune results and cannot be entered"
        case (.kindNotSet, .vi): "bộ tiêu chí chưa xác định cách đo chỉ tiêu này"
        case (.kindNotSet, .en): "the criteria set does not say how this indicator is measured"
        case (.tooLarge(let value), .vi): "số \(value) quá lớn (tối đa \(ObservationValue.countLimit))"
        case (.tooLarge(let value), .en): "\(value) is too large (at most \(ObservationValue.countLimit))"
        }
    }
}

extension ObservationValueError: CustomStringConvertible {
    public var description: String { text(.en) }
}

extension ObservationValue {
    var shapeName: String {
        switch self {
        case .passFail: "pass-fail"
        case .ratio: "numerator/denominator"
        case .percent: "percentage"
        case .amount: "amount"
        case .count: "count"
        }
    }

    /// Checks the value is well-formed and fits an indicator of `kind` (or a condition when `kind` is nil).
    public func validate(for observable: ObservableKind) throws(ObservationValueError) {
        switch observable {
        case .derived: throw .derivedIndicator
        case .condition:
            guard case .passFail = self else { throw .kindMismatch(expected: "yes/no", got: shapeName) }
        case .indicator(nil): throw .kindNotSet
        case .indicator(let kind?): try validate(for: kind)
        }
    }

    /// The largest count or ratio part accepted: far above any commune's households or kilometres, and small
    /// enough that percentages computed from it cannot overflow.
    public static let countLimit: Int64 = 1_000_000_000_000
    static let countRange = -countLimit...countLimit

    public func validate(for kind: IndicatorKind) throws(ObservationValueError) {
        switch self {
        // Range checks, not abs(): abs(Int64.min) traps, and these values come straight from users.
        case .ratio(let numerator, let denominator):
            if let large = [numerator, denominator].first(where: { !Self.countRange.contains($0) }) { throw .tooLarge(large) }
        case .count(let count) where !Self.countRange.contains(count): throw .tooLarge(count)
        default: break
        }
        switch (kind, self) {
        case (.passFail, .passFail): return
        case (.percentage, .ratio(let numerator, let denominator)):
            if denominator == 0 { throw .zeroDenominator }
            if numerator < 0 || denominator < 0 { throw .negativeCount }
            if numerator > denominator { throw .numeratorExceedsDenominator(numerator: numerator, denominator: denominator) }
        case (.percentage, .percent(let value)):
            if value < .zero || value > .hundred { throw .percentOutOfRange(value) }
        case (.amount, .amount(let value)):
            if value < .zero { throw .negativeAmount(value) }
        case (.count, .count(let count)), (.mustBeNone, .count(let count)):
            if count < 0 { throw .negativeCount }
        default:
            throw .kindMismatch(expected: kind.rawValue, got: shapeName)
        }
    }
}

extension ObservationValue: Codable {
    private enum CodingKeys: String, CodingKey { case type, met, numerator, denominator, value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "pass-fail": self = .passFail(try container.decode(Bool.self, forKey: .met))
        case "ratio":
            self = .ratio(
                numerator: try container.decode(Int64.self, forKey: .numerator),
                denominator: try container.decode(Int64.self, forKey: .denominator))
        case "percent": self = .percent(try container.decode(FixedDecimal.self, forKey: .value))
        case "amount": self = .amount(try container.decode(FixedDecimal.self, forKey: .value))
        case "count": self = .count(try container.decode(Int64.self, forKey: .value))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown value type '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .passFail(let met):
            try container.encode("pass-fail", forKey: .type)
            try container.encode(met, forKey: .met)
        case .ratio(let numerator, let denominator):
            try container.encode("ratio", forKey: .type)
            try container.encode(numerator, forKey: .numerator)
            try container.encode(denominator, forKey: .denominator)
        case .percent(let value):
            try container.encode("percent", forKey: .type)
            try container.encode(value, forKey: .value)
        case .amount(let value):
            try container.encode("amount", forKey: .type)
            try container.encode(value, forKey: .value)
        case .count(let count):
            try container.encode("count", forKey: .type)
            try container.encode(count, forKey: .value)
        }
    }
}
