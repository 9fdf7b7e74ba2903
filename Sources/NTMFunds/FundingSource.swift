import NTMCore

/// Where NTM money comes from. The programme reports mobilisation by these categories: state budgets by level,
/// funds integrated from other programmes (*lồng ghép*), credit, enterprises, the people's contributions and
/// others (design note 2.1, 2.6). The codes are what files and the API carry.
public enum FundingSource: String, FundCode {
    case centralBudget = "NSTW"
    case provincialBudget = "NS-TINH"
    /// District budgets existed until the district level was abolished on 01/07/2025.
    case districtBudget = "NS-HUYEN"
    case communeBudget = "NS-XA"
    /// Funds of another programme spent on NTM work; a line names the programme.
    case integrated = "LONG-GHEP"
    case credit = "TIN-DUNG"
    case enterprise = "DOANH-NGHIEP"
    /// Contributions of the people: cash, land or labour.
    case community = "DAN-GOP"
    case other = "KHAC"

    public var name: LocalizedText {
        switch self {
        case .centralBudget: LocalizedText(vi: "Ngân sách trung ương", en: "Central budget")
        case .provincialBudget: LocalizedText(vi: "Ngân sách tỉnh", en: "Provincial budget")
        case .districtBudget: LocalizedText(vi: "Ngân sách huyện", en: "District budget")
        case .communeBudget: LocalizedText(vi: "Ngân sách xã", en: "Commune budget")
        case .integrated: LocalizedText(vi: "Vốn lồng ghép", en: "Integrated from other programmes")
        case .credit: LocalizedText(vi: "Vốn tín dụng", en: "Credit")
        case .enterprise: LocalizedText(vi: "Doanh nghiệp, hợp tác xã", en: "Enterprises and cooperatives")
        case .community: LocalizedText(vi: "Nhân dân đóng góp", en: "Contributions of the people")
        case .other: LocalizedText(vi: "Nguồn khác", en: "Other sources")
        }
    }

    /// The source's position in `allCases`, without building that array (figures index sums by it).
    var index: Int {
        switch self {
        case .centralBudget: 0
        case .provincialBudget: 1
        case .districtBudget: 2
        case .communeBudget: 3
        case .integrated: 4
        case .credit: 5
        case .enterprise: 6
        case .community: 7
        case .other: 8
        }
    }

    /// Whether the source is a state budget (central or local), the money a disbursement rate is usually pushed on.
    public var isStateBudget: Bool {
        switch self {
        case .centralBudget, .provincialBudget, .districtBudget, .communeBudget: true
        default: false
        }
    }
}

/// What the people contributed, for a `community` line.
public enum ContributionKind: String, FundCode {
    case cash = "TIEN"
    case land = "DAT"
    case labour = "CONG"

    public var name: LocalizedText {
        switch self {
        case .cash: LocalizedText(vi: "Tiền mặt", en: "Cash")
        case .land: LocalizedText(vi: "Hiến đất (quy ra tiền)", en: "Land donated (valued)")
        case .labour: LocalizedText(vi: "Ngày công (quy ra tiền)", en: "Labour (valued)")
        }
    }
}
