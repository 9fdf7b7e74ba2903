import Foundation
import NTMCore

/// A closed list of codes that files, forms and the API carry (`NSTW`, `DT`, `CHUYEN-NGUON`), each with a name.
/// Officers type either the code or the Vietnamese name, in any case.
public protocol FundCode: CaseIterable, Codable, Hashable, Sendable, RawRepresentable where RawValue == String {
    var name: LocalizedText { get }
}

extension FundCode {
    /// The case a code or a Vietnamese name stands for, or nil.
    public init?(typed text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        guard
            let match = Self.allCases.first(where: {
                $0.rawValue.caseInsensitiveCompare(wanted) == .orderedSame || $0.name.vi.caseInsensitiveCompare(wanted) == .orderedSame
            })
        else { return nil }
        self = match
    }

    /// `NSTW (Ngân sách trung ương), NS-TINH (…)`: what a refusal lists as the accepted values.
    public static func accepted(_ language: Language) -> String {
        allCases.map { "\($0.rawValue) (\($0.name.text(language)))" }.joined(separator: ", ")
    }
}

/// Investment (*đầu tư phát triển*) or recurrent (*sự nghiệp*) capital: managed and reported separately.
public enum CapitalType: String, FundCode {
    case investment = "DT"
    case recurrent = "SN"

    public var name: LocalizedText {
        switch self {
        case .investment: LocalizedText(vi: "Đầu tư", en: "Investment")
        case .recurrent: LocalizedText(vi: "Sự nghiệp", en: "Recurrent")
        }
    }
}

/// Whether a line is this year's plan or funds carried over from an earlier year (*chuyển nguồn*). A disbursement
/// rate is only meaningful with this stated: 44.5% of a year's plan can be 83% including carried-over funds
/// (design note 2.4).
public enum PlanOrigin: String, FundCode {
    case currentYear = "NAM"
    case carriedOver = "CHUYEN-NGUON"

    public var name: LocalizedText {
        switch self {
        case .currentYear: LocalizedText(vi: "Kế hoạch năm", en: "This year's plan")
        case .carriedOver: LocalizedText(vi: "Chuyển nguồn", en: "Carried over")
        }
    }
}

/// The stages money goes through, each recorded as an amount accumulated up to a date (*lũy kế*). Phases are rows,
/// not columns, so a province that tracks another stage adds a case, not a schema change (design note 2.12).
public enum FundPhase: String, FundCode, Comparable {
    /// *Kế hoạch giao*: the amount assigned for the year.
    case planned = "KE-HOACH"
    /// *Phân bổ chi tiết*: allocated to projects.
    case allocated = "PHAN-BO"
    /// Committed by contracts.
    case committed = "CAM-KET"
    /// *Giải ngân*: paid out through the treasury.
    case disbursed = "GIAI-NGAN"
    /// *Quyết toán*: settled accounts.
    case settled = "QUYET-TOAN"

    public var name: LocalizedText {
        switch self {
        case .planned: LocalizedText(vi: "Kế hoạch giao", en: "Planned")
        case .allocated: LocalizedText(vi: "Phân bổ", en: "Allocated")
        case .committed: LocalizedText(vi: "Cam kết", en: "Committed")
        case .disbursed: LocalizedText(vi: "Giải ngân", en: "Disbursed")
        case .settled: LocalizedText(vi: "Quyết toán", en: "Settled")
        }
    }

    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: FundPhase, rhs: FundPhase) -> Bool { lhs.order < rhs.order }
}
