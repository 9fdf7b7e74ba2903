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

    /// The gap on `date`; nil when the day cannot be judged. `reading` is the reading on `date` when the caller
    /// already has it (the pages do), so the scope is not rolled up twice.
    public func gap(on date: LocalDate, engine: EvaluationEngine, reading known: TargetReading? = nil) -> TargetGap? {
        let reading = known ?? reading(on: date, engine: engine)
        guard reading.unjudgeable == nil else { return nil }
        let path = GapPath(engine: engine, date: date)
        let rows = reading.summary?.communeRows ?? []
        let total = reading.summary?.criteria.count ?? 0
        let notAtStandard = rows.filter { !$0.reachedStandard }
        let atStandard = rows.count - notAtStandard.count
        switch measure {
        case .shareAtStandard(let share):
            // The smallest whole number of xã whose share reaches the goal.
            let required = Measure.communesRequired(share: share, of: reading.communes)
            return TargetGap(
                needed: max(0, required - atStandard), counted: .communes, candidates: path.nearest(notAtStandard, of: total))
        case .communesAtStandard(let count):
            return TargetGap(needed: max(0, count - atStandard), counted: .communes, candidates: path.nearest(notAtStandard, of: total))
        case .everyCommuneAtLeast(let criteria):
            let below = rows.filter { !$0.hasData || $0.criteriaMet < criteria }
            return TargetGap(needed: below.count, counted: .communes, candidates: path.nearest(below, of: total))
        case .criterionMetEverywhere(let number):
            let lacking = rows.filter { !$0.hasData || $0.unmetCriteria.contains(number) }
            return TargetGap(needed: lacking.count, counted: .communes, candidates: path.nearest(lacking, of: total, only: number))
        case .averageCriteria(let average):
            let withData = rows.filter(\.hasData)
            let sum = withData.reduce(0) { $0 + $1.criteriaMet }
            let required = Measure.criteriaRequired(average: average, over: withData.count)
            return TargetGap(needed: max(0, required - sum), counted: .criteria, candidates: path.nearest(notAtStandard, of: total))
        case .districtCriteriaAtLeast(let count):
            guard let district = reading.district else { return nil }
            return TargetGap(
                needed: max(0, count - district.criteriaMet), counted: .criteria, candidates: reading.met ? [] : [path.candidate(district)])
        case .districtAtStandard:
            guard let district = reading.district else { return nil }
            // "100% of its xã": after the district's own missing criteria, its xã not yet at the standard.
            let communes = try? engine.summary(of: scope, on: date, bands: .standardOnly)
            let lagging = (communes?.communeRows ?? []).filter { !$0.reachedStandard }
            return TargetGap(
                needed: district.totalCriteria - district.criteriaMet, counted: .criteria,
                candidates: (district.reachedStandard ? [] : [path.candidate(district)])
                    + path.nearest(lagging, of: communes?.criteria.count ?? 0))
        }
    }
}

/// Builds the candidates of a gap: the order (lacking least first) and what each one misses.
private struct GapPath {
    let engine: EvaluationEngine
    let date: LocalDate
    let directory: OrganisationDirectory

    init(engine: EvaluationEngine, date: LocalDate) {
        self.engine = engine
        self.date = date
        directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
    }

    /// The criteria of `evaluation` not met (or undetermined), each with its department and unmet indicators.
    func missing(of evaluation: UnitEvaluation, only criterion: Int? = nil) -> [TargetGap.MissingCriterion] {
        evaluation.criteria.filter { $0.status != .met && $0.status != .notApplicable && (criterion == nil || $0.number == criterion) }
            .map { result in
                TargetGap.MissingCriterion(
                    number: result.number, name: result.name,
                    department: result.responsible.flatMap { directory.organisation(.department($0.department))?.name },
                    indicators: result.failingIndicators)
            }
    }

    /// A district on the path, explained from its own evaluation.
    func candidate(_ district: UnitEvaluation) -> TargetGap.Candidate {
        TargetGap.Candidate(
            code: district.unit, name: district.name, district: district.name, criteriaMet: district.criteriaMet,
            totalCriteria: district.totalCriteria, missing: missing(of: district))
    }

    /// Rows lacking least first: fewest criteria missing or undetermined, then fewest undetermined, then by name.
    /// The first `Target.explainedCandidates` are evaluated in full; the rest carry their unmet criteria numbers.
    func nearest(_ rows: [ScopeSummary.CommuneRow], of total: Int, only criterion: Int? = nil) -> [TargetGap.Candidate] {
        let ordered = rows.sorted { left, right in
            let l = (left.unmetCriteria.count + left.undeterminedCriteria, left.undeterminedCriteria)
            let r = (right.unmetCriteria.count + right.undeterminedCriteria, right.undeterminedCriteria)
            return l != r ? l < r : left.name < right.name
        }
        return ordered.enumerated().map { index, row in
            let explained =
                index < Target.explainedCandidates ? (try? engine.evaluate(row.code, on: date)).map { missing(of: $0, only: criterion) } : nil
            let listed = row.unmetCriteria.filter { criterion == nil || $0 == criterion }.map {
                TargetGap.MissingCriterion(number: $0, name: "", department: nil, indicators: [])
            }
            return TargetGap.Candidate(
                code: row.code, name: row.name, district: row.district, criteriaMet: row.criteriaMet, totalCriteria: total,
                missing: explained ?? listed)
        }
    }
}
