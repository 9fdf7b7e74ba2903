import NTMCore

/// What a target counts. Each measure reads the same roll-up the overview prints, so a target and the briefing
/// can never disagree about a number.
public enum Measure: Hashable, Sendable {
    /// At least this share (percent, 0–100) of the scope's xã at the standard.
    case shareAtStandard(FixedDecimal)
    /// At least this many xã of the scope at the standard.
    case communesAtStandard(Int)
    /// Every xã of the scope meets at least this many criteria ("the other xã at 14 criteria or more").
    case everyCommuneAtLeast(criteria: Int)
    /// The district (the scope's unit) meets at least this many of its district criteria ("6 of the 9").
    case districtCriteriaAtLeast(Int)
    /// The district reaches the standard: all its district criteria, including "100% of its xã at the standard".
    case districtAtStandard
    /// This criterion met in every xã of the scope.
    case criterionMetEverywhere(Int)
    /// The scope's xã meet at least this many criteria on average.
    case averageCriteria(FixedDecimal)

    /// The stable name used in files and the API.
    public var kind: String {
        switch self {
        case .shareAtStandard: "share-at-standard"
        case .communesAtStandard: "communes-at-standard"
        case .everyCommuneAtLeast: "every-commune-at-least"
        case .districtCriteriaAtLeast: "district-criteria-at-least"
        case .districtAtStandard: "district-at-standard"
        case .criterionMetEverywhere: "criterion-met-everywhere"
        case .averageCriteria: "average-criteria"
        }
    }

    /// Whether the measure judges a district-level unit itself rather than its xã.
    public var judgesDistrict: Bool {
        switch self {
        case .districtCriteriaAtLeast, .districtAtStandard: true
        default: false
        }
    }

    /// The smallest whole number of xã whose share of `communes` reaches `share` percent (70% of 13 xã is 10).
    public static func communesRequired(share: FixedDecimal, of communes: Int) -> Int {
        Int((share.scaled * Int64(communes) + 100 * FixedDecimal.scale - 1) / (100 * FixedDecimal.scale))
    }

    /// The smallest whole number of criteria met, over `communes` xã, whose average reaches `average`.
    public static func criteriaRequired(average: FixedDecimal, over communes: Int) -> Int {
        Int((average.scaled * Int64(communes) + FixedDecimal.scale - 1) / FixedDecimal.scale)
    }

    /// The goal in words: "≥ 70% xã đạt chuẩn", "mọi xã đạt ≥ 14 tiêu chí".
    public func text(_ language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .shareAtStandard(let share):
            return vi ? "≥ \(share.vietnamese(decimals: 2))% số xã đạt chuẩn" : "≥ \(share.plain)% of xã at the standard"
        case .communesAtStandard(let count):
            return vi ? "≥ \(count) xã đạt chuẩn" : "≥ \(count) xã at the standard"
        case .everyCommuneAtLeast(let criteria):
            return vi ? "mọi xã đạt ≥ \(criteria) tiêu chí" : "every xã meets ≥ \(criteria) criteria"
        case .districtCriteriaAtLeast(let count):
            return vi ? "huyện đạt ≥ \(count) tiêu chí huyện" : "the district meets ≥ \(count) district criteria"
        case .districtAtStandard:
            return vi ? "huyện đạt chuẩn nông thôn mới" : "the district reaches the standard"
        case .criterionMetEverywhere(let number):
            return vi ? "tiêu chí \(number) đạt ở mọi xã" : "criterion \(number) met in every xã"
        case .averageCriteria(let average):
            return vi ? "bình quân ≥ \(average.vietnamese(decimals: 2)) tiêu chí/xã" : "≥ \(average.plain) criteria per xã on average"
        }
    }
}
