/// The seven socio-economic regions whose thresholds differ in the 2016–2020 and 2021–2025 sets.
public enum Region: String, CaseIterable, Sendable, Codable {
    case tdmnpb = "TDMNPB"
    case dbsh = "DBSH"
    case btb = "BTB"
    case dhntb = "DHNTB"
    case tn = "TN"
    case dnb = "DNB"
    case dbscl = "DBSCL"

    /// Accepts the ASCII code (`DBSCL`) or the Vietnamese abbreviation (`ĐBSCL`).
    public init?(code: String) {
        let folded = code.uppercased().replacingVietnameseD()
        guard let region = Region(rawValue: folded) else { return nil }
        self = region
    }

    /// The abbreviation used in the decisions: `ĐBSCL`.
    public var abbreviation: String {
        switch self {
        case .tdmnpb: "TDMNPB"
        case .dbsh: "ĐBSH"
        case .btb: "BTB"
        case .dhntb: "DHNTB"
        case .tn: "TN"
        case .dnb: "ĐNB"
        case .dbscl: "ĐBSCL"
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.tdmnpb, .vi): "Trung du và miền núi phía Bắc"
        case (.dbsh, .vi): "Đồng bằng sông Hồng"
        case (.btb, .vi): "Bắc Trung Bộ"
        case (.dhntb, .vi): "Duyên hải Nam Trung Bộ"
        case (.tn, .vi): "Tây Nguyên"
        case (.dnb, .vi): "Đông Nam Bộ"
        case (.dbscl, .vi): "Đồng bằng sông Cửu Long"
        case (.tdmnpb, .en): "Northern Midlands and Mountains"
        case (.dbsh, .en): "Red River Delta"
        case (.btb, .en): "North Central Coast"
        case (.dhntb, .en): "South Central Coast"
        case (.tn, .en): "Central Highlands"
        case (.dnb, .en): "Southeast"
        case (.dbscl, .en): "Mekong River Delta"
        }
    }
}

/// The three commune groups of the 2026–2030 set (xã nhóm 1/2/3).
public enum CommuneGroup: String, CaseIterable, Sendable, Codable {
    case g1 = "G1"
    case g2 = "G2"
    case g3 = "G3"

    public init?(code: String) {
        switch code.uppercased() {
        case "G1", "1", "NHOM1", "NHÓM 1": self = .g1
        case "G2", "2", "NHOM2", "NHÓM 2": self = .g2
        case "G3", "3", "NHOM3", "NHÓM 3": self = .g3
        default: return nil
        }
    }

    public func name(_ language: Language) -> String {
        switch language {
        case .vi: "xã nhóm \(rawValue.dropFirst())"
        case .en: "commune group \(rawValue.dropFirst())"
        }
    }
}

extension String {
    func replacingVietnameseD() -> String {
        String(map { $0 == "Đ" || $0 == "đ" ? "D" : $0 })
    }
}
