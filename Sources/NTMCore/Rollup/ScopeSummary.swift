/// A roll-up over a scope on one day, in the shape briefings and reports print.
public struct ScopeSummary: Sendable, Encodable {
    public struct BandCount: Hashable, Sendable, Encodable {
        public var id: String
        public var min: Int
        public var max: Int
        public var communes: Int
    }

    public struct CommuneRef: Hashable, Sendable, Encodable {
        public var code: UnitCode
        public var name: String
        public var district: String
        public var criteriaMet: Int
    }

    public struct AlertCount: Hashable, Sendable, Encodable {
        public var id: String
        public var below: Int
        public var communes: [CommuneRef]
    }

    public struct CriterionCount: Hashable, Sendable, Encodable {
        public var number: Int
        public var name: String
        public var communesMeeting: Int
        public var percent: FixedDecimal
    }

    /// A district-level unit judged against the district set (QĐ 558), where one applies.
    public struct DistrictStanding: Hashable, Sendable, Encodable {
        public var criteriaSet: CriteriaSetID
        public var criteriaMet: Int
        public var totalCriteria: Int
        public var unmetCriteria: [Int]
        public var undeterminedCriteria: [Int]
        public var preconditionsMet: Bool
        public var reachedStandard: Bool
    }

    public struct GroupSummary: Hashable, Sendable, Encodable {
        public var code: UnitCode
        public var name: String
        public var kind: UnitKind
        public var communes: Int
        public var atStandard: Int
        public var atStandardPercent: FixedDecimal
        public var averageCriteria: FixedDecimal
        public var bands: [Int]
        public var noData: Int
        public var standing: DistrictStanding?
    }

    public struct CommuneRow: Hashable, Sendable, Encodable {
        public var code: UnitCode
        public var name: String
        public var district: String
        public var criteriaMet: Int
        public var undeterminedCriteria: Int
        public var reachedStandard: Bool
        public var band: String
        public var unmetCriteria: [Int]
        public var registeredTargetYear: Int?
        public var usesIllustrativeThresholds: Bool
        /// False when the commune has no value on or before the day ("chưa có số liệu"); its band is then `no-data`.
        public var hasData: Bool
    }

    public var scope: EvaluationScope
    public var scopeName: String
    public var date: LocalDate
    public var criteriaSet: CriteriaSetID
    public var criteriaSetTitle: String
    public var legalBasis: String
    public var overlays: [String]
    public var bandScheme: String
    public var totalCriteria: Int
    public var communes: Int
    public var atStandard: Int
    public var atStandardPercent: FixedDecimal
    public var averageCriteria: FixedDecimal
    public var bands: [BandCount]
    public var alerts: [AlertCount]
    public var criteria: [CriterionCount]
    /// Criteria not met everywhere, fewest communes first: where to push.
    public var laggingCriteria: [CriterionCount]
    public var groups: [GroupSummary]
    public var districtsAtStandard: Int?
    public var districtsAssessed: Int?
    public var communeRows: [CommuneRow]
    public var undeterminedCommunes: Int
    /// Communes without any value on or before the day; not in any band.
    public var noDataCommunes: Int
    public var usesIllustrativeThresholds: Bool
}

extension LiveSummary {
    /// The summary as of now, with district standings where the scope covers whole districts.
    /// `includeCommunes: false` leaves out the per-commune rows (8,883 for the nation) that overview pages do not show.
    public func summary(engine: EvaluationEngine, language: Language = .vi, includeCommunes: Bool = true) -> ScopeSummary {
        let criteria = criteriaSet.criteria
        func counts(_ tally: Tally) -> [ScopeSummary.CriterionCount] {
            criteria.enumerated().map { index, criterion in
                ScopeSummary.CriterionCount(
                    number: criterion.number, name: criterion.name.text(language), communesMeeting: tally.criterionMet[index],
                    percent: FixedDecimal.percent(
                        numerator: Int64(tally.criterionMet[index]),
                        denominator: Int64(max(tally.communes, 1))
                    ).rounded(decimals: 2))
            }
        }
        let criterionCounts = counts(total)
        let lagging = criterionCounts.filter { $0.communesMeeting < total.communes }
            .sorted { ($0.communesMeeting, $0.number) < ($1.communesMeeting, $1.number) }
        let rows = includeCommunes ? members.indices.map { commune(at: $0, engine: engine) } : []
        let alerts = bands.scheme.alerts.map { alert in
            ScopeSummary.AlertCount(
                id: alert.id, below: alert.below,
                communes: members.indices.filter { outcomes[$0].hasData && outcomes[$0].metCount < alert.below }.map {
                    ScopeSummary.CommuneRef(
                        code: members[$0].unit.code, name: members[$0].unit.name,
                        district: groups[members[$0].group].name, criteriaMet: outcomes[$0].metCount)
                })
        }
        let wholeDistricts: Bool = if case .registered = scope { false } else { grouping == .district }
        var groupSummaries: [ScopeSummary.GroupSummary] = []
        for (index, group) in groups.enumerated() {
            let tally = groupTallies[index]
            let standing = wholeDistricts ? districtStanding(group, tally: tally, engine: engine) : nil
            groupSummaries.append(
                ScopeSummary.GroupSummary(
                    code: group.code, name: group.name, kind: group.kind, communes: tally.communes, atStandard: tally.atStandard,
                    atStandardPercent: tally.atStandardPercent, averageCriteria: tally.averageCriteria,
                    bands: tally.bandCounts, noData: tally.noDataCommunes, standing: standing))
        }
        let assessed = groupSummaries.compactMap(\.standing)
        return ScopeSummary(
            scope: scope, scopeName: scopeName(engine: engine, language: language), date: date,
            criteriaSet: criteriaSet.id, criteriaSetTitle: criteriaSet.title.text(language),
            legalBasis: criteriaSet.legalBasis.citation(language),
            overlays: Array(Set(roster.compiledSets.flatMap(\.set.appliedOverlays))).sorted(),
            bandScheme: bands.scheme.id, totalCriteria: criteria.count, communes: total.communes, atStandard: total.atStandard,
            atStandardPercent: total.atStandardPercent, averageCriteria: total.averageCriteria,
            bands: zip(bands.ids, zip(bands.ranges, total.bandCounts)).map {
                ScopeSummary.BandCount(id: $0, min: $1.0.lowerBound, max: $1.0.upperBound, communes: $1.1)
            },
            alerts: alerts, criteria: criterionCounts, laggingCriteria: lagging, groups: groupSummaries,
            districtsAtStandard: assessed.isEmpty ? nil : assessed.filter(\.reachedStandard).count,
            districtsAssessed: assessed.isEmpty ? nil : assessed.count,
            communeRows: rows, undeterminedCommunes: total.undeterminedCommunes, noDataCommunes: total.noDataCommunes,
            usesIllustrativeThresholds: total.illustrativeCommunes > 0)
    }

    private func commune(at index: Int, engine: EvaluationEngine) -> ScopeSummary.CommuneRow {
        let member = members[index], outcome = outcomes[index]
        return ScopeSummary.CommuneRow(
            code: member.unit.code, name: member.unit.name, district: groups[member.group].name,
            criteriaMet: outcome.metCount, undeterminedCriteria: outcome.undeterminedCount,
            reachedStandard: outcome.reachedStandard, band: outcome.hasData ? bands.ids[bands.index(forMet: outcome.metCount)] : "no-data",
            unmetCriteria: criteriaSet.criteria.indices.filter { !outcome.isMet(criterionAt: $0) }.map { criteriaSet.criteria[$0].number },
            registeredTargetYear: engine.registrations.targetYear(of: member.unit.code, on: date),
            usesIllustrativeThresholds: outcome.usesIllustrative, hasData: outcome.hasData)
    }

    /// Judges a district-level unit with the district set, its derived share taken from this summary's communes.
    private func districtStanding(_ group: GroupRow, tally: Tally, engine: EvaluationEngine) -> ScopeSummary.DistrictStanding? {
        guard let unit = engine.units.unit(group.code, on: date), unit.kind.isDistrictLevel,
            let compiledSet = try? engine.compiledSet(for: unit, level: .district, on: date),
            compiledSet.set.appliesTo.contains(unit.kind)
        else { return nil }
        let share = ObservationValue.ratio(numerator: Int64(tally.atStandard), denominator: Int64(tally.communes))
        let outcome = engine.outcome(of: unit, compiled: compiledSet, on: date, derived: tally.communes > 0 ? share : nil)
        let numbers = compiledSet.set.criteria.map(\.number)
        return ScopeSummary.DistrictStanding(
            criteriaSet: compiledSet.set.id, criteriaMet: outcome.metCount, totalCriteria: outcome.criteriaCount,
            unmetCriteria: numbers.indices.filter { !outcome.isMet(criterionAt: $0) && !outcome.isUndetermined(criterionAt: $0) }.map { numbers[$0] },
            undeterminedCriteria: numbers.indices.filter { outcome.isUndetermined(criterionAt: $0) }.map { numbers[$0] },
            preconditionsMet: outcome.preconditionsMet, reachedStandard: outcome.reachedStandard)
    }

    private func scopeName(engine: EvaluationEngine, language: Language) -> String {
        func unitName(_ code: UnitCode) -> String { engine.units.unit(code, on: date)?.name ?? code.rawValue }
        switch (scope, language) {
        case (.everything, .vi): return "Toàn quốc"
        case (.everything, .en): return "Whole country"
        case (.unit(let code), _): return unitName(code)
        case (.registered(let year, let within), .vi):
            return "Các xã đăng ký đạt chuẩn năm \(year)" + (within.map { " - \(unitName($0))" } ?? "")
        case (.registered(let year, let within), .en):
            return "Communes registered for \(year)" + (within.map { " - \(unitName($0))" } ?? "")
        }
    }
}
