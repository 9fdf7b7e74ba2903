/// What kind of administrative unit a code names.
public enum UnitKind: String, CaseIterable, Sendable, Codable {
    case province
    /// A city under a province (thành phố thuộc tỉnh), district level.
    case city
    /// A town (thị xã), district level.
    case town
    case district
    /// A rural commune (xã): the only kind the NTM programme counts.
    case commune
    case ward
    case township
    case hamlet

    public var isDistrictLevel: Bool { self == .city || self == .town || self == .district }

    /// District-level units are judged against the district set, every other unit against the commune set.
    public var assessmentLevel: AssessmentLevel { isDistrictLevel ? .district : .commune }
    public var isCommuneLevel: Bool { self == .commune || self == .ward || self == .township }

    /// Wards and townships stay in the tree but are not NTM communes.
    public var countsAsNTMCommune: Bool { self == .commune }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.province, .vi): "tỉnh"
        case (.city, .vi): "thành phố"
        case (.town, .vi): "thị xã"
        case (.district, .vi): "huyện"
        case (.commune, .vi): "xã"
        case (.ward, .vi): "phường"
        case (.township, .vi): "thị trấn"
        case (.hamlet, .vi): "ấp/thôn"
        case (.province, .en): "province"
        case (.city, .en): "city"
        case (.town, .en): "town"
        case (.district, .en): "district"
        case (.commune, .en): "commune"
        case (.ward, .en): "ward"
        case (.township, .en): "township"
        case (.hamlet, .en): "hamlet"
        }
    }
}
