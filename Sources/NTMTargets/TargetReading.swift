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
        switch measure {
        case .districtCriteriaAtLeast(let count):
            return districtReading(on: date, engine: engine) { evaluation in
                (FixedDecimal(count), evaluation.criteriaMet >= count)
            }
        case .districtAtStandard:
            // Progress towards the standard is counted in district criteria; "met" is the standard itself, which
            // also asks for 100% of the district's xã.
            return districtReading(on: date, engine: engine) { evaluation in
                (FixedDecimal(evaluation.totalCriteria), evaluation.reachedStandard)
            }
        case .shareAtStandard(let share):
            return communeReading(on: date, engine: engine) { summary in
                (summary.atStandardPercent, share, !(summary.atStandardPercent < share))
            }
        case .communesAtStandard(let count):
            return communeReading(on: date, engine: engine) { summary in
                (FixedDecimal(summary.atStandard), FixedDecimal(count), summary.atStandard >= count)
            }
        case .everyCommuneAtLeast(let criteria):
            return communeReading(on: date, engine: engine) { summary in
                let reaching = summary.communeRows.filter { $0.hasData && $0.criteriaMet >= criteria }.count
                return (FixedDecimal(reaching), FixedDecimal(summary.communes), reaching == summary.communes)
            }
        case .criterionMetEverywhere(let number):
            return communeReading(on: date, engine: engine) { summary in
                summary.criteria.first { $0.number == number }.map {
                    (FixedDecimal($0.communesMeeting), FixedDecimal(summary.communes), $0.communesMeeting == summary.communes)
                }
            }
        case .averageCriteria(let average):
            return communeReading(on: date, engine: engine) { summary in
                (summary.averageCriteria, average, !(summary.averageCriteria < average))
            }
        }
    }

    private static func unjudgeable(_ vi: String, _ en: String, summary: ScopeSummary? = nil) -> TargetReading {
        TargetReading(
            value: FixedDecimal(0), goal: FixedDecimal(0), met: false, communes: summary?.communes ?? 0,
            communesWithData: (summary?.communes ?? 0) - (summary?.noDataCommunes ?? 0), unjudgeable: LocalizedText(vi: vi, en: en),
            summary: summary, district: nil)
    }

    /// A district measure: `figures` gives the goal and whether it holds from the district's own evaluation; the
    /// value is always the district criteria met.
    private func districtReading(
        on date: LocalDate, engine: EvaluationEngine, _ figures: (UnitEvaluation) -> (goal: FixedDecimal, met: Bool)
    ) -> TargetReading {
        guard case .unit(let code) = scope, let evaluation = try? engine.evaluate(code, on: date) else {
            return Self.unjudgeable(
                "không đánh giá được huyện theo bộ tiêu chí huyện vào ngày \(date.vietnamese)",
                "the district cannot be judged against a district set on \(date.iso)")
        }
        guard evaluation.hasData else {
            return Self.unjudgeable("huyện chưa có số liệu đến ngày \(date.vietnamese)", "the district has no values up to \(date.iso)")
        }
        let (goal, met) = figures(evaluation)
        return TargetReading(
            value: FixedDecimal(evaluation.criteriaMet), goal: goal, met: met, communes: 0, communesWithData: 0, unjudgeable: nil,
            summary: nil, district: evaluation)
    }

    /// A measure over the scope's xã, read from the same roll-up the overview prints; `figures` gives the value,
    /// the goal and whether it holds, or nil when the criteria set in force lacks what the measure names.
    private func communeReading(
        on date: LocalDate, engine: EvaluationEngine, _ figures: (ScopeSummary) -> (value: FixedDecimal, goal: FixedDecimal, met: Bool)?
    ) -> TargetReading {
        guard let summary = try? engine.summary(of: scope, on: date, bands: .standardOnly), summary.communes > 0 else {
            return Self.unjudgeable("phạm vi không có xã vào ngày \(date.vietnamese)", "the scope has no xã on \(date.iso)")
        }
        guard summary.noDataCommunes < summary.communes else {
            return Self.unjudgeable(
                "chưa có số liệu của xã nào đến ngày \(date.vietnamese)", "no xã has any value up to \(date.iso)", summary: summary)
        }
        guard let (value, goal, met) = figures(summary) else {
            return Self.unjudgeable(
                "bộ tiêu chí \(summary.criteriaSetTitle) không có \(measure.text(.vi))",
                "the set \(summary.criteriaSetTitle) has nothing for \(measure.text(.en))", summary: summary)
        }
        return TargetReading(
            value: value, goal: goal, met: met, communes: summary.communes, communesWithData: summary.communes - summary.noDataCommunes,
            unjudgeable: nil, summary: summary, district: nil)
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
