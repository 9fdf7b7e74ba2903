import NTMCore

/// What still stands between a target and its goal on a day: how many more xã (or criteria) are needed, and the
/// shortest honest path — the xã (or the district) that lack least, each with its missing criteria, the
/// department answering for each, and every unmet indicator's distance to its threshold.
public struct TargetGap: Hashable, Sendable {
    public enum Counted: String, Hashable, Sendable {
        case communes
        case criteria
    }

    /// One xã or district on the path.
    public struct Candidate: Hashable, Sendable {
        public var code: UnitCode
        public var name: String
        public var district: String
        public var criteriaMet: Int
        public var totalCriteria: Int
        public var missing: [MissingCriterion]
    }

    public struct MissingCriterion: Hashable, Sendable {
        public var number: Int
        public var name: String
        /// The department the province's overlay assigns the criterion to, if any.
        public var department: LocalizedText?
        public var indicators: [IndicatorResult]
    }

    /// How many more xã (or criteria) the goal needs; 0 when met.
    public var needed: Int
    public var counted: Counted
    public var candidates: [Candidate]
}

extension Target {
    /// Candidates explained in full (each costs one commune evaluation); the rest are listed by count only.
    public static let explainedCandidates = 30

    /// The gap on `date`; nil when the day cannot be judged.
    public func gap(on date: LocalDate, engine: EvaluationEngine) -> TargetGap? {
        let reading = reading(on: date, engine: engine)
        guard reading.unjudgeable == nil else { return nil }
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)

        func missing(of evaluation: UnitEvaluation, only criterion: Int? = nil) -> [TargetGap.MissingCriterion] {
            evaluation.criteria.filter { $0.status != .met && $0.status != .notApplicable && (criterion == nil || $0.number == criterion) }
                .map { result in
                    TargetGap.MissingCriterion(
                        number: result.number, name: result.name,
                        department: result.responsible.flatMap { directory.organisation(.department($0.department))?.name },
                        indicators: result.indicators.filter { $0.status != .met && $0.status.code != "not-applicable" })
                }
        }
        func candidate(_ code: UnitCode, only criterion: Int? = nil, explain: Bool) -> TargetGap.Candidate? {
            guard let row = reading.summary?.communeRows.first(where: { $0.code == code }) else { return nil }
            let explained = explain ? (try? engine.evaluate(code, on: date)).map { missing(of: $0, only: criterion) } : nil
            let fallback = row.unmetCriteria.filter { criterion == nil || $0 == criterion }.map {
                TargetGap.MissingCriterion(number: $0, name: "", department: nil, indicators: [])
            }
            return TargetGap.Candidate(
                code: row.code, name: row.name, district: row.district, criteriaMet: row.criteriaMet,
                totalCriteria: reading.summary?.criteria.count ?? 0, missing: explained ?? fallback)
        }
        /// Rows lacking least first: fewest criteria missing, then fewest undetermined, then by name.
        func nearest(_ rows: [ScopeSummary.CommuneRow], only criterion: Int? = nil) -> [TargetGap.Candidate] {
            let ordered = rows.sorted { left, right in
                let l = (left.unmetCriteria.count + left.undeterminedCriteria, left.undeterminedCriteria)
                let r = (right.unmetCriteria.count + right.undeterminedCriteria, right.undeterminedCriteria)
                return l != r ? l < r : left.name < right.name
            }
            return ordered.enumerated().compactMap { index, row in
                candidate(row.code, only: criterion, explain: index < Self.explainedCandidates)
            }
        }

        let rows = reading.summary?.communeRows ?? []
        let notAtStandard = rows.filter { !$0.reachedStandard }
        switch measure {
        case .shareAtStandard(let share):
            // The smallest whole number of xã whose share reaches the goal.
            let required = (share.scaled * Int64(reading.communes) + 100 * FixedDecimal.scale - 1) / (100 * FixedDecimal.scale)
            let atStandard = rows.count - notAtStandard.count
            return TargetGap(needed: max(0, Int(required) - atStandard), counted: .communes, candidates: nearest(notAtStandard))
        case .communesAtStandard(let count):
            let atStandard = rows.count - notAtStandard.count
            return TargetGap(needed: max(0, count - atStandard), counted: .communes, candidates: nearest(notAtStandard))
        case .everyCommuneAtLeast(let criteria):
            let below = rows.filter { !$0.hasData || $0.criteriaMet < criteria }
            return TargetGap(needed: below.count, counted: .communes, candidates: nearest(below))
        case .criterionMetEverywhere(let number):
            let lacking = rows.filter { !$0.hasData || $0.unmetCriteria.contains(number) }
            return TargetGap(needed: lacking.count, counted: .communes, candidates: nearest(lacking, only: number))
        case .averageCriteria(let average):
            let withData = rows.filter(\.hasData)
            let sum = withData.reduce(0) { $0 + $1.criteriaMet }
            let required = (average.scaled * Int64(withData.count) + FixedDecimal.scale - 1) / FixedDecimal.scale
            return TargetGap(needed: max(0, Int(required) - sum), counted: .criteria, candidates: nearest(notAtStandard))
        case .districtCriteriaAtLeast(let count):
            guard let district = reading.district else { return nil }
            let entry = TargetGap.Candidate(
                code: district.unit, name: district.name, district: district.name, criteriaMet: district.criteriaMet,
                totalCriteria: district.totalCriteria, missing: missing(of: district))
            return TargetGap(needed: max(0, count - district.criteriaMet), counted: .criteria, candidates: reading.met ? [] : [entry])
        case .districtAtStandard:
            guard let district = reading.district else { return nil }
            var candidates: [TargetGap.Candidate] = []
            if !district.reachedStandard {
                candidates.append(
                    TargetGap.Candidate(
                        code: district.unit, name: district.name, district: district.name, criteriaMet: district.criteriaMet,
                        totalCriteria: district.totalCriteria, missing: missing(of: district)))
            }
            // "100% of its xã": the district's xã not yet at the standard are on the path too.
            var communes = self
            communes.measure = .communesAtStandard(Int.max)
            let communeGap = communes.gap(on: date, engine: engine)?.candidates ?? []
            return TargetGap(
                needed: district.totalCriteria - district.criteriaMet, counted: .criteria, candidates: candidates + communeGap)
        }
    }
}
