/// The verdict on one indicator for one unit on one day.
public enum IndicatorStatus: Hashable, Sendable {
    case met
    case notMet
    /// No value recorded on or before the day.
    case noData
    /// The set leaves the threshold (or how to measure) unset: never guessed.
    case notConfigured(NotConfiguredReason)
    /// Taken out of the assessment because the named condition holds.
    case notApplicable(condition: IndicatorCode)

    public var code: String {
        switch self {
        case .met: "met"
        case .notMet: "not-met"
        case .noData: "no-data"
        case .notConfigured: "not-configured"
        case .notApplicable: "not-applicable"
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.met, .vi): "Đạt"
        case (.met, .en): "Met"
        case (.notMet, .vi): "Chưa đạt"
        case (.notMet, .en): "Not met"
        case (.noData, .vi): "Chưa có số liệu"
        case (.noData, .en): "No data"
        case (.notConfigured(let reason), .vi): "Chưa cấu hình ngưỡng (\(reason.text(.vi)))"
        case (.notConfigured(let reason), .en): "Threshold not configured (\(reason.text(.en)))"
        case (.notApplicable, .vi): "Không xét"
        case (.notApplicable, .en): "Not applicable"
        }
    }
}

extension IndicatorStatus: Encodable {
    private enum CodingKeys: String, CodingKey { case status, reason, condition }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .status)
        switch self {
        case .notConfigured(let reason): try container.encode(reason.text(.en), forKey: .reason)
        case .notApplicable(let condition): try container.encode(condition, forKey: .condition)
        default: break
        }
    }
}

/// The verdict on a criterion.
public enum CriterionStatus: String, Hashable, Sendable, Codable {
    case met
    case notMet = "not-met"
    /// Nothing fails, but some indicators lack data or a threshold.
    case undetermined
    /// Every indicator is out of the assessment; counted with the met criteria, as the decisions
    /// do for "không xét" (e.g. TC7 where the commune plan has no market).
    case notApplicable = "not-applicable"

    public var countsAsMet: Bool { self == .met || self == .notApplicable }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.met, .vi): "Đạt"
        case (.met, .en): "Met"
        case (.notMet, .vi): "Chưa đạt"
        case (.notMet, .en): "Not met"
        case (.undetermined, .vi): "Chưa xác định"
        case (.undetermined, .en): "Undetermined"
        case (.notApplicable, .vi): "Không xét"
        case (.notApplicable, .en): "Not applicable"
        }
    }
}

/// How far a value is from its threshold.
public struct Gap: Hashable, Sendable, Codable {
    /// value − threshold, in the indicator's unit (percentage points for percentages).
    public var difference: FixedDecimal
    /// How much the value must still move to meet the threshold; zero when met.
    public var toMeet: FixedDecimal

    public init(difference: FixedDecimal, toMeet: FixedDecimal) {
        self.difference = difference
        self.toMeet = toMeet
    }
}
