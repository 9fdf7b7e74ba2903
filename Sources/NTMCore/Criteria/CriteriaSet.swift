/// Whether a set judges communes or district-level units.
public enum AssessmentLevel: String, Sendable, Codable, CaseIterable {
    case commune
    case district

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.commune, .vi): "cấp xã"
        case (.district, .vi): "cấp huyện"
        case (.commune, .en): "commune level"
        case (.district, .en): "district level"
        }
    }
}

/// What a set's thresholds vary by.
public enum ThresholdDimension: String, Sendable, Codable {
    /// The seven socio-economic regions (2016–2020, 2021–2025).
    case region
    /// The three commune groups (2026–2030).
    case communeGroup = "commune-group"
    /// One value for every unit (district criteria).
    case none

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.region, .vi): "vùng kinh tế - xã hội"
        case (.region, .en): "socio-economic region"
        case (.communeGroup, .vi): "nhóm xã"
        case (.communeGroup, .en): "commune group"
        case (.none, .vi): "một ngưỡng chung"
        case (.none, .en): "one threshold for all"
        }
    }
}

/// The decision that issues a set or an overlay.
public struct LegalBasis: Hashable, Sendable, Codable {
    public var decision: String
    public var signedOn: LocalDate?
    public var title: LocalizedText?
    public var source: String?

    public init(decision: String, signedOn: LocalDate? = nil, title: LocalizedText? = nil, source: String? = nil) {
        self.decision = decision
        self.signedOn = signedOn
        self.title = title
        self.source = source
    }

    /// `QĐ 1980/QĐ-TTg ngày 17/10/2016`.
    public func citation(_ language: Language) -> String {
        guard let signedOn else { return decision }
        return language == .vi ? "\(decision) ngày \(signedOn.vietnamese)" : "\(decision) of \(signedOn.vietnamese)"
    }
}

/// A document a threshold or fact was taken from.
public struct SourceReference: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var url: String?

    public init(id: String, title: String, url: String? = nil) {
        self.id = id
        self.title = title
        self.url = url
    }
}

/// Whether every part of the legal table is encoded.
public enum Completeness: Hashable, Sendable, Codable {
    case complete
    case incomplete(note: String)

    public var isComplete: Bool { self == .complete }
}

/// Regional rule such as "xã ĐBKK use the TDMNPB levels" (QĐ 318).
public struct RegionSubstitution: Hashable, Sendable, Codable {
    public var condition: IndicatorCode
    public var region: Region
    public var source: String?

    public init(condition: IndicatorCode, region: Region, source: String? = nil) {
        self.condition = condition
        self.region = region
        self.source = source
    }
}

/// A national criteria set (bộ tiêu chí), possibly with a province's overlays applied.
public struct CriteriaSet: Hashable, Sendable, Codable {
    public var id: CriteriaSetID
    public var title: LocalizedText
    public var level: AssessmentLevel
    public var legalBasis: LegalBasis
    public var validity: Validity
    public var validityNote: String?
    public var dimension: ThresholdDimension
    /// Unit kinds the set judges (district sets apply to huyện, not to thị xã or thành phố).
    public var appliesTo: [UnitKind]
    public var groups: [CriterionGroup]
    public var criteria: [Criterion]
    /// Conditions outside the criteria that the standard also needs (QĐ 558: 100% of xã at the standard).
    public var preconditions: [Indicator]
    public var conditions: [ConditionDefinition]
    public var regionSubstitutions: [RegionSubstitution]
    public var sources: [SourceReference]
    public var departments: [Department]
    public var completeness: Completeness
    /// Sizes the decision states, which may differ from what the sources let us encode.
    public var declaredCriteria: Int?
    public var declaredIndicators: Int?
    /// Overlays applied to this copy, in order.
    public var appliedOverlays: [String]
    public var note: String?

    public init(
        id: CriteriaSetID, title: LocalizedText, level: AssessmentLevel, legalBasis: LegalBasis,
        validity: Validity, validityNote: String? = nil, dimension: ThresholdDimension,
        appliesTo: [UnitKind]? = nil, groups: [CriterionGroup] = [], criteria: [Criterion],
        preconditions: [Indicator] = [], conditions: [ConditionDefinition] = [],
        regionSubstitutions: [RegionSubstitution] = [], sources: [SourceReference] = [],
        departments: [Department] = [], completeness: Completeness = .complete,
        declaredCriteria: Int? = nil, declaredIndicators: Int? = nil, note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.legalBasis = legalBasis
        self.validity = validity
        self.validityNote = validityNote
        self.dimension = dimension
        self.appliesTo = appliesTo ?? (level == .commune ? [.commune] : [.district])
        self.groups = groups
        self.criteria = criteria
        self.preconditions = preconditions
        self.conditions = conditions
        self.regionSubstitutions = regionSubstitutions
        self.sources = sources
        self.departments = departments
        self.completeness = completeness
        self.declaredCriteria = declaredCriteria
        self.declaredIndicators = declaredIndicators
        self.appliedOverlays = []
        self.note = note
    }

    /// Every indicator: the criteria's in order, then the preconditions.
    public var allIndicators: [Indicator] { criteria.flatMap(\.indicators) + preconditions }

    public func indicator(_ code: IndicatorCode) -> Indicator? { allIndicators.first { $0.code == code } }

    public func criterion(_ number: Int) -> Criterion? { criteria.first { $0.number == number } }

    public func criterion(containing code: IndicatorCode) -> Criterion? {
        criteria.first { $0.indicators.contains { $0.code == code } }
    }

    public func source(_ id: String) -> SourceReference? { sources.first { $0.id == id } }

    public func department(_ code: String) -> Department? { departments.first { $0.code == code } }

    public func condition(_ id: IndicatorCode) -> ConditionDefinition? { conditions.first { $0.id == id } }

    /// Whether `code` may carry observations, and of which kind.
    public func observableKind(of code: IndicatorCode) -> ObservableKind? {
        if conditions.contains(where: { $0.id == code }) { return .condition }
        guard let indicator = indicator(code) else { return nil }
        if indicator.derivation != nil { return .derived }
        return .indicator(indicator.kind)
    }
}

/// What an observation code refers to in a set.
public enum ObservableKind: Hashable, Sendable {
    case indicator(IndicatorKind?)
    case condition
    case derived
}
