/// A value computed from other results rather than entered.
public enum Derivation: String, Sendable, Codable, CaseIterable {
    /// Percentage of the district's xã that reach the NTM standard (QĐ 558: "100% số xã đạt chuẩn").
    case shareOfCommunesAtStandard = "share-of-communes-at-standard"
}

/// A rule that takes an indicator out of the assessment when a condition holds for the commune.
public struct NotApplicableRule: Hashable, Sendable, Codable {
    public var condition: IndicatorCode
    public var source: String?

    public init(condition: IndicatorCode, source: String? = nil) {
        self.condition = condition
        self.source = source
    }
}

/// A yes/no fact about a unit that rules refer to, e.g. "the commune plan has no market".
public struct ConditionDefinition: Hashable, Sendable, Codable {
    public var id: IndicatorCode
    public var question: LocalizedText
    public var source: String?

    public init(id: IndicatorCode, question: LocalizedText, source: String? = nil) {
        self.id = id
        self.question = question
        self.source = source
    }
}

/// The "chỉ tiêu chung" column: the nation's overall target, shown for reference and never used to judge a commune.
public struct NationalTarget: Hashable, Sendable, Codable {
    public var text: String
    public var source: String?

    public init(text: String, source: String? = nil) {
        self.text = text
        self.source = source
    }
}

/// One indicator (chỉ tiêu) of a criterion.
public struct Indicator: Hashable, Sendable, Codable {
    public var code: IndicatorCode
    /// Nil where the sources give no text for an indicator known to exist.
    public var name: LocalizedText?
    public var nameIllustrative: Bool
    /// Nil where the sources do not say how it is measured.
    public var kind: IndicatorKind?
    public var comparator: Comparator?
    public var unit: LocalizedText?
    public var thresholds: [Threshold]
    /// For year-dependent thresholds (income): the years the set covers.
    public var years: ClosedRange<Int>?
    public var notApplicableWhen: NotApplicableRule?
    public var derivation: Derivation?
    /// The decision leaves the standard to the provincial People's Committee.
    public var provinceSpecified: Bool
    public var nationalTarget: NationalTarget?
    /// The decision's own number is not known; this code is ours.
    public var provisionalCode: Bool
    public var note: String?

    public init(
        code: IndicatorCode, name: LocalizedText?, nameIllustrative: Bool = false, kind: IndicatorKind?,
        comparator: Comparator? = nil, unit: LocalizedText? = nil, thresholds: [Threshold] = [],
        years: ClosedRange<Int>? = nil, notApplicableWhen: NotApplicableRule? = nil,
        derivation: Derivation? = nil, provinceSpecified: Bool = false,
        nationalTarget: NationalTarget? = nil, provisionalCode: Bool = false, note: String? = nil
    ) {
        self.code = code
        self.name = name
        self.nameIllustrative = nameIllustrative
        self.kind = kind
        self.comparator = comparator
        self.unit = unit
        self.thresholds = thresholds
        self.years = years
        self.notApplicableWhen = notApplicableWhen
        self.derivation = derivation
        self.provinceSpecified = provinceSpecified
        self.nationalTarget = nationalTarget
        self.provisionalCode = provisionalCode
        self.note = note
    }

    public var isYearDependent: Bool { years != nil }

    /// The name to show, with a placeholder where the sources give none.
    public func displayName(_ language: Language) -> String {
        if let name { return name.text(language) }
        return language == .vi ? "Chỉ tiêu \(code) (chưa có nội dung trong nguồn)" : "Indicator \(code) (text not in sources)"
    }

    /// The comparator that applies: pass/fail and must-be-none indicators have a fixed one.
    public var effectiveComparator: Comparator? {
        switch kind {
        case .passFail?, .mustBeNone?: .equal
        default: comparator
        }
    }
}
