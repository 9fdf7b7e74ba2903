/// What kind of administrative unit a code names.
public enum UnitKind: String, CaseIterable, Sendable, Codable {
    case province
    /// A city under a province (thành phố thuộc tỉnh), district level.
    case city
    /// A town (thị xã), district level.
    case town
    case district
    /// An urban district (quận) of a centrally-run city, district level; no xã of the programme under it.
    case urbanDistrict = "urban-district"
    /// A rural commune (xã): the only kind the NTM programme counts.
    case commune
    case ward
    case township
    case hamlet
    /// A special zone (đặc khu): an island unit at commune level since 01/07/2025; not a xã of the programme.
    case specialZone = "special-zone"

    public var isDistrictLevel: Bool { self == .city || self == .town || self == .district || self == .urbanDistrict }

    /// District-level units are judged against the district set, every other unit against the commune set.
    public var assessmentLevel: AssessmentLevel { isDistrictLevel ? .district : .commune }
    public var isCommuneLevel: Bool { self == .commune || self == .ward || self == .township || self == .specialZone }

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
        case (.urbanDistrict, .vi): "quận"
        case (.specialZone, .vi): "đặc khu"
        case (.province, .en): "province"
        case (.city, .en): "city"
        case (.town, .en): "town"
        case (.district, .en): "district"
        case (.commune, .en): "commune"
        case (.ward, .en): "ward"
        case (.township, .en): "township"
        case (.hamlet, .en): "hamlet"
        case (.urbanDistrict, .en): "urban district"
        case (.specialZone, .en): "special zone"
        }
    }
}
