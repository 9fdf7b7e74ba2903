/// When a criterion counts as met.
public enum CriterionRule: Hashable, Sendable, Codable {
    /// Every applicable indicator is met (the decisions' rule unless they say otherwise).
    case allApplicable
    /// At least this many applicable indicators are met.
    case atLeast(Int)
}

/// A ministry or provincial department document that guides how a criterion is assessed.
public struct Guidance: Hashable, Sendable, Codable {
    public var text: String
    public var source: String?

    public init(text: String, source: String? = nil) {
        self.text = text
        self.source = source
    }
}

/// A provincial department (sở) that guides and verifies criteria.
public struct Department: Hashable, Sendable, Codable {
    public var code: String
    public var name: LocalizedText

    public init(code: String, name: LocalizedText) {
        self.code = code
        self.name = name
    }
}

/// Which department answers for a criterion, and whether that assignment is only illustrative.
public struct DepartmentAssignment: Hashable, Sendable, Codable {
    public var department: String
    public var illustrative: Bool
    public var source: String?

    public init(department: String, illustrative: Bool = false, source: String? = nil) {
        self.department = department
        self.illustrative = illustrative
        self.source = source
    }
}

/// One criterion (tiêu chí) with its indicators.
public struct Criterion: Hashable, Sendable, Codable {
    public var number: Int
    public var name: LocalizedText
    public var indicators: [Indicator]
    public var rule: CriterionRule
    public var guidance: [Guidance]
    public var responsible: DepartmentAssignment?
    /// The sources name no indicators for this criterion, so it is assessed as a whole (an indicator
    /// with the criterion's own number is created for it).
    public var assessedAsWhole: Bool
    /// False when the sources list only some of the criterion's indicators: it can then fail but never pass.
    public var indicatorsComplete: Bool
    public var note: String?

    public init(
        number: Int, name: LocalizedText, indicators: [Indicator], rule: CriterionRule = .allApplicable,
        guidance: [Guidance] = [], responsible: DepartmentAssignment? = nil,
        assessedAsWhole: Bool = false, indicatorsComplete: Bool = true, note: String? = nil
    ) {
        self.number = number
        self.name = name
        self.indicators = indicators
        self.rule = rule
        self.guidance = guidance
        self.responsible = responsible
        self.assessedAsWhole = assessedAsWhole
        self.indicatorsComplete = indicatorsComplete
        self.note = note
    }
}

/// A group of criteria as the decision arranges them (I. Quy hoạch, II. Hạ tầng…).
public struct CriterionGroup: Hashable, Sendable, Codable {
    public var id: String
    public var name: LocalizedText
    public var criteria: [Int]

    public init(id: String, name: LocalizedText, criteria: [Int]) {
        self.id = id
        self.name = name
        self.criteria = criteria
    }
}
