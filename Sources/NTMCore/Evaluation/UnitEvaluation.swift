/// One indicator's verdict with everything needed to explain it.
public struct IndicatorResult: Hashable, Sendable, Encodable {
    public var code: IndicatorCode
    public var name: String
    public var nameIllustrative: Bool
    public var kind: IndicatorKind?
    public var comparator: Comparator?
    public var unit: String?
    public var status: IndicatorStatus
    public var value: ObservationValue?
    /// The value as a number: the derived percentage for ratios.
    public var number: FixedDecimal?
    public var observedOn: LocalDate?
    public var observationSource: String?
    public var evidence: String?
    public var threshold: ThresholdValue?
    public var thresholdScope: ThresholdScope?
    public var thresholdYear: Int?
    public var thresholdSource: SourceReference?
    public var thresholdIllustrative: Bool
    public var thresholdOrigin: ThresholdOrigin?
    public var gap: Gap?
}

/// One criterion's verdict and its indicators.
public struct CriterionResult: Hashable, Sendable, Encodable {
    public var number: Int
    public var name: String
    public var status: CriterionStatus
    public var metIndicators: Int
    public var applicableIndicators: Int
    public var responsible: DepartmentAssignment?
    public var indicators: [IndicatorResult]
}

/// The full evaluation of one commune or district-level unit on one day.
public struct UnitEvaluation: Hashable, Sendable, Encodable {
    public var unit: UnitCode
    public var name: String
    public var kind: UnitKind
    public var date: LocalDate
    public var criteriaSet: CriteriaSetID
    /// The set's title in the evaluation's language: what people read instead of the id.
    public var criteriaSetTitle: String
    public var legalBasis: String
    public var overlays: [String]
    public var region: Region?
    public var communeGroup: CommuneGroup?
    public var criteria: [CriterionResult]
    public var preconditions: [IndicatorResult]
    public var criteriaMet: Int
    public var totalCriteria: Int
    public var undeterminedCriteria: Int
    public var reachedStandard: Bool
    public var usesIllustrativeThresholds: Bool
    public var registeredTargetYear: Int?
    /// False when no indicator has a value on or before the day: "chưa có số liệu", not "0 criteria met".
    public var hasData: Bool
}

extension CompiledCriteriaSet {
    /// The explained verdict on one indicator, sharing `judge` with the hot path.
    func result(
        _ index: Int, row: Int?, table: ObservationIndex.Table?, observations: ObservationIndex,
        date: LocalDate, slot: Int, derived: ObservationValue?, overrides: [IndicatorCode: ObservationValue],
        language: Language
    ) -> IndicatorResult {
        let indicator = indicators[index]
        var condition: Bool?
        if let rule = indicator.notApplicableWhen, case .passFail(let holds)? = overrides[rule.condition] { condition = holds }
        let (verdict, entry) = judge(
            index, row: row, table: table, date: date, slot: slot,
            derived: isDerived[index] ? derived : overrides[indicator.code], condition: condition)
        let resolution = thresholds[slot][index]
        var threshold: Threshold?
        if case .found(let found) = resolution { threshold = found }
        let status: IndicatorStatus
        switch verdict {
        case .met: status = .met
        case .notMet: status = .notMet
        case .noData: status = .noData
        case .notApplicable: status = .notApplicable(condition: indicator.notApplicableWhen?.condition ?? "")
        case .notConfigured:
            if case .notConfigured(let reason) = resolution { status = .notConfigured(reason) } else { status = .notConfigured(.kindNotSet) }
        }
        let provenance = entry.flatMap { observations.provenance($0.provenance) }
        var gap: Gap?
        if let value = entry?.value.number, let limit = threshold?.value.number, verdict == .met || verdict == .notMet {
            gap = Self.gap(value: value, threshold: limit, comparator: indicator.comparator ?? .equal)
        } else if case .count(let count)? = entry?.value, threshold?.value == ThresholdValue.none {
            gap = Gap(difference: FixedDecimal(Int(count)), toMeet: FixedDecimal(Int(count)))
        }
        return IndicatorResult(
            code: indicator.code, name: indicator.displayName(language), nameIllustrative: indicator.nameIllustrative,
            kind: indicator.kind, comparator: indicator.effectiveComparator, unit: indicator.unit?.text(language),
            status: status, value: verdict == .notApplicable ? nil : entry?.value, number: entry?.value.number,
            observedOn: verdict == .notApplicable || isDerived[index] || overrides[indicator.code] != nil ? nil : entry?.date,
            observationSource: provenance?.source, evidence: provenance?.evidence,
            threshold: threshold?.value, thresholdScope: threshold?.scope, thresholdYear: threshold?.year,
            thresholdSource: threshold.flatMap { set.source($0.source) } ?? threshold.map { SourceReference(id: $0.source, title: $0.source) },
            thresholdIllustrative: threshold?.illustrative ?? false, thresholdOrigin: threshold?.origin, gap: gap)
    }

    static func gap(value: FixedDecimal, threshold: FixedDecimal, comparator: Comparator) -> Gap {
        let difference = value - threshold
        let toMeet: FixedDecimal
        switch comparator {
        case .atLeast: toMeet = difference < .zero ? difference.magnitude : .zero
        case .atMost: toMeet = difference > .zero ? difference : .zero
        case .equal: toMeet = difference.magnitude
        }
        return Gap(difference: difference, toMeet: toMeet)
    }

    /// Explains every criterion of the unit in `row`.
    func evaluation(
        of unit: AdministrativeUnit, row: Int?, table: ObservationIndex.Table?, observations: ObservationIndex,
        date: LocalDate, region: Region?, group: CommuneGroup?, derived: ObservationValue?,
        overrides: [IndicatorCode: ObservationValue] = [:], registeredYear: Int?, language: Language
    ) -> UnitEvaluation {
        let slot = effectiveSlot(region: region, group: group, row: row, table: table, date: date)
        var criteria: [CriterionResult] = []
        var usesIllustrative = false
        for (criterionIndex, criterion) in set.criteria.enumerated() {
            let results = criterionRanges[criterionIndex].map {
                result(
                    $0, row: row, table: table, observations: observations, date: date, slot: slot, derived: derived,
                    overrides: overrides, language: language)
            }
            var met = 0, notMet = 0, undetermined = 0, notApplicable = 0
            for result in results {
                switch result.status {
                case .met: met += 1
                case .notMet: notMet += 1
                case .noData, .notConfigured: undetermined += 1
                case .notApplicable: notApplicable += 1
                }
                if result.thresholdIllustrative, result.status.code != "not-applicable" { usesIllustrative = true }
            }
            let status =
                results.isEmpty && criterion.indicators.isEmpty
                ? CriterionStatus.undetermined
                : Self.criterionStatus(
                    met: met, notMet: notMet, undetermined: undetermined, notApplicable: notApplicable,
                    rule: criterion.rule, indicatorsComplete: criterion.indicatorsComplete)
            criteria.append(
                CriterionResult(
                    number: criterion.number, name: criterion.name.text(language), status: status,
                    metIndicators: met, applicableIndicators: met + notMet + undetermined,
                    responsible: criterion.responsible, indicators: results))
        }
        let preconditions = preconditionRange.map {
            result(
                $0, row: row, table: table, observations: observations, date: date, slot: slot, derived: derived,
                overrides: overrides, language: language)
        }
        let metCount = criteria.filter { $0.status.countsAsMet }.count
        let preconditionsMet = preconditions.allSatisfy { $0.status == .met || $0.status.code == "not-applicable" }
        return UnitEvaluation(
            unit: unit.code, name: unit.name, kind: unit.kind, date: date, criteriaSet: set.id,
            criteriaSetTitle: set.title.text(language), legalBasis: set.legalBasis.citation(language), overlays: set.appliedOverlays, region: region,
            communeGroup: group,
            criteria: criteria, preconditions: preconditions, criteriaMet: metCount, totalCriteria: criteria.count,
            undeterminedCriteria: criteria.filter { $0.status == .undetermined }.count,
            reachedStandard: !criteria.isEmpty && metCount == criteria.count && preconditionsMet,
            usesIllustrativeThresholds: usesIllustrative, registeredTargetYear: registeredYear,
            hasData: (criteria.flatMap(\.indicators) + preconditions).contains { $0.value != nil && $0.observedOn != nil })
    }
}
