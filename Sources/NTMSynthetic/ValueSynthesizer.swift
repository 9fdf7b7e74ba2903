import NTMCore

/// Makes up a plausible value that meets, or misses, a given threshold: the building block of synthetic data.
public struct ValueSynthesizer: Sendable {
    public init() {}

    /// Typical denominators, so shares look like real counts (schools per commune, hamlets, households…).
    static func denominator(for code: IndicatorCode, level: AssessmentLevel, random: inout SeededRandom) -> Int64 {
        if level == .district {
            return switch code.rawValue {
            case "2.2": Int64(random.int(in: 20...60))  // district road sections
            case "5.3": Int64(random.int(in: 3...8))  // upper-secondary schools
            default: Int64(random.int(in: 20...140))  // establishments
            }
        }
        return switch code.rawValue {
        case "5": Int64(random.int(in: 3...6))  // schools
        case "6.3", "16": Int64(random.int(in: 6...14))  // hamlets
        case "12", "14.3", "15.1": Int64(random.int(in: 3_500...9_000))  // people
        case "14.2": Int64(random.int(in: 80...250))  // lower-secondary graduates
        case "15.3": Int64(random.int(in: 300...900))  // children under five
        case "17.2", "17.8": Int64(random.int(in: 20...140))  // establishments
        case "17.7": Int64(random.int(in: 100...600))  // livestock households
        case "18.4": Int64(random.int(in: 5...6))  // socio-political organisations
        default: Int64(random.int(in: 1_200...4_000))  // households
        }
    }

    /// A value for `indicator` that meets `threshold` when `meets`, and misses it otherwise.
    public func value(
        for indicator: Indicator, level: AssessmentLevel = .commune, threshold: ThresholdValue, meets: Bool,
        random: inout SeededRandom
    ) -> ObservationValue? {
        switch (indicator.kind, threshold) {
        case (.passFail?, _):
            return .passFail(meets)
        case (.mustBeNone?, _):
            return .count(meets ? 0 : Int64(random.int(in: 1...20)))
        case (.percentage?, .number(let limit)):
            let denominator = Self.denominator(for: indicator.code, level: level, random: &random)
            guard
                let numerator = numerator(
                    denominator: denominator, threshold: limit, comparator: indicator.comparator ?? .atLeast,
                    meets: meets, random: &random)
            else { return nil }
            return .ratio(numerator: numerator, denominator: denominator)
        case (.amount?, .number(let limit)):
            let margin = FixedDecimal(rounding: (0.5 + random.unit() * 9).rounded(toTenths: true))
            switch (indicator.comparator ?? .atLeast, meets) {
            case (.atLeast, true), (.atMost, false): return .amount(limit + margin)
            case (.atLeast, false), (.atMost, true): return .amount(max(.zero, limit - margin))
            case (.equal, true): return .amount(limit)
            case (.equal, false): return .amount(limit + margin)
            }
        case (.count?, .number(let limit)):
            let whole = limit.scaled / FixedDecimal.scale
            let step = Int64(random.int(in: 1...5))
            switch (indicator.comparator ?? .atLeast, meets) {
            case (.atLeast, true), (.atMost, false): return .count(whole + step)
            case (.atLeast, false), (.atMost, true): return .count(max(0, whole - step))
            case (.equal, true): return .count(whole)
            case (.equal, false): return .count(whole + step)
            }
        default:
            return nil
        }
    }

    /// A numerator out of `denominator` whose share meets or misses `threshold`, decided exactly in integers.
    func numerator(
        denominator d: Int64, threshold: FixedDecimal, comparator: Comparator, meets: Bool,
        random: inout SeededRandom
    ) -> Int64? {
        let scaleFactor = 100 * FixedDecimal.scale
        // Smallest n with n/d ≥ t%, and largest n with n/d ≤ t%.
        let product = threshold.scaled * d
        let lowest = (product + scaleFactor - 1) / scaleFactor
        let highest = product / scaleFactor
        switch (comparator, meets) {
        case (.atLeast, true):
            return min(d, lowest + Int64(Double(d - lowest) * 0.8 * random.unit()))
        case (.atLeast, false):
            guard lowest > 0 else { return nil }
            return max(0, lowest - 1 - Int64(Double(lowest - 1) * 0.15 * random.unit()))
        case (.atMost, true):
            return Int64(Double(highest) * (1 - 0.7 * random.unit()))
        case (.atMost, false):
            guard highest < d else { return nil }
            return min(d, highest + 1 + Int64(Double(d - highest - 1) * 0.1 * random.unit()))
        case (.equal, true):
            return lowest == highest ? lowest : nil
        case (.equal, false):
            return highest >= 1 ? highest - 1 - Int64(Double(highest - 1) * 0.05 * random.unit()) : highest + 1
        }
    }
}

extension Double {
    func rounded(toTenths: Bool) -> Double { toTenths ? (self * 10).rounded() / 10 : rounded() }
}
