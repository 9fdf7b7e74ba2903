/// How an indicator's value and gap read, in one place for pages, the command line and reports.
///
/// Two rules keep the words honest. A ceiling (≤, e.g. poverty) is exceeded, not fallen short of: "vượt 0,5".
/// And rounding never hides a verdict: 69,999 % against ≥ 70 % is shown with the decimals it needs
/// ("69,999%", "thiếu 0,001"), never as "70%" with a gap of "0".
extension IndicatorResult {
    /// `thiếu 4,5 điểm %`, `vượt 0,01 điểm %`, `lệch 2`; nil when met or not numeric.
    public func gapText(_ language: Language) -> String? {
        guard status == .notMet, let gap, gap.toMeet != .zero else { return nil }
        let amount = Self.shown(gap.toMeet, language: language)
        let unit: String
        if kind == .percentage {
            unit = language == .vi ? " điểm %" : " pts"
        } else {
            unit = self.unit.map { " " + $0 } ?? ""
        }
        let verb: String
        switch (comparator, language) {
        case (.atMost?, .vi): verb = "vượt"
        case (.atMost?, .en): verb = "over by"
        case (.equal?, .vi): verb = "lệch"
        case (.equal?, .en): verb = "off by"
        case (_, .vi): verb = "thiếu"
        case (_, .en): verb = "short by"
        }
        return "\(verb) \(amount)\(unit)"
    }

    /// The value as shown next to its threshold, with as many decimals (up to four) as it takes for the shown
    /// number not to equal the threshold when the verdict says it differs.
    public func valueText(_ language: Language) -> String? {
        guard let value else { return nil }
        guard let number = value.number, let limit = threshold?.number, status == .met || status == .notMet else {
            return value.text(language)
        }
        let decimals = Self.decimals(needed: number, differsFrom: limit)
        switch value {
        case .ratio(let numerator, let denominator):
            return "\(numerator)/\(denominator) (\(Self.format(number, decimals: decimals, language: language))%)"
        case .percent:
            return Self.format(number, decimals: decimals, language: language) + "%"
        case .amount:
            return Self.format(number, decimals: decimals, language: language)
        default:
            return value.text(language)
        }
    }

    /// The fewest decimals (2…4) at which `value` and `limit` read differently, when they differ.
    static func decimals(needed value: FixedDecimal, differsFrom limit: FixedDecimal) -> Int {
        guard value != limit else { return 2 }
        for decimals in 2...4 where value.rounded(decimals: decimals) != limit.rounded(decimals: decimals) { return decimals }
        return 4
    }

    /// A positive amount with the decimals (2…4) it needs not to read as zero.
    static func shown(_ amount: FixedDecimal, language: Language) -> String {
        let decimals = (2...4).first { amount.rounded(decimals: $0) != .zero } ?? 4
        return format(amount, decimals: decimals, language: language)
    }

    static func format(_ value: FixedDecimal, decimals: Int, language: Language) -> String {
        language == .vi ? value.vietnamese(decimals: decimals) : value.rounded(decimals: decimals).plain
    }
}

/// How a threshold reads next to a value: `≥ 70%`, `≤ 2`, `Đạt`.
public enum ThresholdText {
    public static func text(_ threshold: ThresholdValue, kind: IndicatorKind?, comparator: Comparator?, language: Language) -> String {
        let shown: Bool
        switch kind {
        case .passFail?, .mustBeNone?, nil: shown = false
        case .percentage?, .amount?, .count?: shown = true
        }
        let prefix = shown ? (comparator?.symbol).map { $0 + " " } ?? "" : ""
        return prefix + threshold.text(language) + (kind == .percentage ? "%" : "")
    }
}

extension IndicatorResult {
    /// The threshold this result was judged against; nil when the set leaves it unset.
    public func thresholdText(_ language: Language) -> String? {
        threshold.map { ThresholdText.text($0, kind: kind, comparator: comparator, language: language) }
    }
}
