import NTMCore

/// Where a target stands on one day: the measure's value against its goal, read from the evaluation engine.
public struct TargetReading: Sendable {
    /// The measure's value, in its own unit: xã, percent, criteria or criteria per xã.
    public var value: FixedDecimal
    /// The value the target asks for.
    public var goal: FixedDecimal
    public var met: Bool
    /// The xã the measure looks at, and how many of them have any value on the day.
    public var communes: Int
    public var communesWithData: Int
    /// Why the day cannot be judged (no xã in the scope, no value at all, no district set), or nil.
    public var unjudgeable: LocalizedText?
    /// The roll-up the reading came from, for the gap (nil when the measure judges a district).
    public var summary: ScopeSummary?
    /// The district's own evaluation, for the district measures.
    public var district: UnitEvaluation?
}

extension Target {
    /// The reading on `date`. Nothing here is stored: the same engine and day always give the same reading.
    public func reading(on date: LocalDate, engine: EvaluationEngine) -> TargetReading {
        func unjudgeable(_ vi: String, _ en: String, summary: ScopeSummary? = nil) -> TargetReading {
            TargetReading(
                value: FixedDecimal(0), goal: FixedDecimal(0), met: false, communes: summary?.communes ?? 0,
                communesWithData: (summary?.communes ?? 0) - (summary?.noDataCommunes ?? 0), unjudgeable: LocalizedText(vi: vi, en: en),
                summary: summary, district: nil)
        }
        if measure.judgesDistrict {
            guard case .unit(let code) = scope, let evaluation = try? engine.evaluate(code, on: date) else {
                return unjudgeable(
                    "không đánh giá được huyện theo bộ tiêu chí huyện vào ngày \(date.vietnamese)",
                    "the district cannot be judged against a district set on \(date.iso)")
            }
            guard evaluation.hasData else {
                return unjudgeable("huyện chưa có số liệu đến ngày \(date.vietnamese)", "the district has no values up to \(date.iso)")
            }
            let met = FixedDecimal(evaluation.criteriaMet)
            switch measure {
            case .districtCriteriaAtLeast(let count):
                return TargetReading(
                    value: met, goal: FixedDecimal(count), met: evaluation.criteriaMet >= count, communes: 0, communesWithData: 0,
                    unjudgeable: nil, summary: nil, district: evaluation)
            default:
                // Progress towards the standard is counted in district criteria; "met" is the standard itself, which
                // also asks for 100% of the district's xã.
                return TargetReading(
                    value: met, goal: FixedDecimal(evaluation.totalCriteria), met: evaluation.reachedStandard, communes: 0,
                    communesWithData: 0, unjudgeable: nil, summary: nil, district: evaluation)
            }
        }
        guard let summary = try? engine.summary(of: scope, on: date, bands: .standardOnly) else {
            return unjudgeable("phạm vi không có xã vào ngày \(date.vietnamese)", "the scope has no xã on \(date.iso)")
        }
        let communes = summary.communes
        let withData = communes - summary.noDataCommunes
        guard communes > 0 else { return unjudgeable("phạm vi không có xã", "the scope has no xã", summary: summary) }
        guard withData > 0 else {
            return unjudgeable(
                "chưa có số liệu của xã nào đến ngày \(date.vietnamese)", "no xã has any value up to \(date.iso)", summary: summary)
        }
        func reading(_ value: FixedDecimal, _ goal: FixedDecimal, met: Bool) -> TargetReading {
            TargetReading(
                value: value, goal: goal, met: met, communes: communes, communesWithData: withData, unjudgeable: nil, summary: summary,
                district: nil)
        }
        switch measure {
        case .shareAtStandard(let share):
            let percent = summary.atStandardPercent
            return reading(percent, share, met: !(percent < share))
        case .communesAtStandard(let count):
            return reading(FixedDecimal(summary.atStandard), FixedDecimal(count), met: summary.atStandard >= count)
        case .everyCommuneAtLeast(let criteria):
            let reaching = summary.communeRows.filter { $0.hasData && $0.criteriaMet >= criteria }.count
            return reading(FixedDecimal(reaching), FixedDecimal(communes), met: reaching == communes)
        case .criterionMetEverywhere(let number):
            guard let count = summary.criteria.first(where: { $0.number == number }) else {
                return unjudgeable(
                    "bộ tiêu chí \(summary.criteriaSetTitle) không có tiêu chí \(number)",
                    "the set \(summary.criteriaSetTitle) has no criterion \(number)", summary: summary)
            }
            return reading(FixedDecimal(count.communesMeeting), FixedDecimal(communes), met: count.communesMeeting == communes)
        case .averageCriteria(let average):
            return reading(summary.averageCriteria, average, met: !(summary.averageCriteria < average))
        case .districtCriteriaAtLeast, .districtAtStandard:
            return unjudgeable("", "")  // handled above
        }
    }
}

extension TargetReading {
    /// The reading in words, the same on pages and the command line: "53,85% / 70%", "13/13 xã", "6/9 tiêu chí huyện";
    /// the reason when the day cannot be judged.
    public func text(for measure: Measure, language: Language) -> String {
        if let unjudgeable { return unjudgeable.text(language) }
        let vi = language == .vi
        func number(_ value: FixedDecimal) -> String { vi ? value.vietnamese(decimals: 2) : value.rounded(decimals: 2).plain }
        switch measure {
        case .shareAtStandard: return "\(number(value))% / \(number(goal))%"
        case .averageCriteria: return "\(number(value)) / \(number(goal))"
        case .districtCriteriaAtLeast, .districtAtStandard:
            return "\(number(value))/\(district?.totalCriteria ?? 0) " + (vi ? "tiêu chí huyện" : "district criteria")
        case .communesAtStandard, .everyCommuneAtLeast, .criterionMetEverywhere: return "\(number(value))/\(number(goal)) xã"
        }
    }
}
