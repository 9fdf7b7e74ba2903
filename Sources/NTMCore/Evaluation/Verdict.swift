/// The compact verdict used on the hot path; `IndicatorStatus` adds the reasons for display.
enum Verdict: UInt8, Sendable {
    case met, notMet, noData, notConfigured, notApplicable
}

extension CompiledCriteriaSet {
    /// Judges indicator `index` for the unit in `row` on `date`. `derived` supplies the value instead of the
    /// stored one: a derived indicator's value (computed from commune results) or a value being typed in.
    /// `condition` likewise overrides whether the indicator's not-applicable condition holds.
    @inline(__always)
    func judge(
        _ index: Int, row: Int?, table: ObservationIndex.Table?, date: LocalDate, slot: Int,
        derived: ObservationValue? = nil, condition: Bool? = nil
    ) -> (Verdict, ObservationIndex.Entry?) {
        if let condition {
            if condition { return (.notApplicable, nil) }
        } else if let conditionColumn = conditionColumns[index], let row, let table,
            let stored = table.latest(row: row, column: conditionColumn, onOrBefore: date),
            case .passFail(true) = stored.value
        {
            return (.notApplicable, nil)
        }
        var entry: ObservationIndex.Entry?
        if let derived {
            entry = ObservationIndex.Entry(date: date, provenance: -1, value: derived)
        } else if let column = columns[index], let row, let table {
            entry = table.latest(row: row, column: column, onOrBefore: date)
        }
        guard let limit = limits[slot &* indicators.count &+ index] else { return (.notConfigured, entry) }
        guard let entry else { return (.noData, nil) }
        return (verdict(of: entry.value, against: limit, indicator: index), entry)
    }

    @inline(__always)
    func verdict(of value: ObservationValue, against threshold: ThresholdValue, indicator index: Int) -> Verdict {
        switch (value, threshold) {
        case (.passFail(let met), .met):
            return met ? .met : .notMet
        case (.count(let count), .none):
            return count == 0 ? .met : .notMet
        case (_, .number(let number)):
            guard let comparator = comparators[index], let order = value.compare(to: number) else { return .noData }
            return comparator.isSatisfied(order) ? .met : .notMet
        default:
            // A value of the wrong shape cannot have passed validation; treat it as missing rather than guess.
            return .noData
        }
    }

    /// The slot to read thresholds from, after rules such as "xã ĐBKK use TDMNPB levels".
    func effectiveSlot(region: Region?, group: CommuneGroup?, row: Int?, table: ObservationIndex.Table?, date: LocalDate) -> Int {
        if let row, let table {
            for substitution in substitutions {
                if let entry = table.latest(row: row, column: substitution.column, onOrBefore: date),
                    case .passFail(true) = entry.value
                {
                    return substitution.slot
                }
            }
        }
        return slot(region: region, group: group)
    }

    /// Combines indicator verdicts into a criterion verdict under the criterion's rule.
    static func criterionStatus(
        met: Int, notMet: Int, undetermined: Int, notApplicable: Int, rule: CriterionRule,
        indicatorsComplete: Bool = true
    ) -> CriterionStatus {
        if !indicatorsComplete { return notMet > 0 && rule == .allApplicable ? .notMet : .undetermined }
        let applicable = met + notMet + undetermined
        if applicable == 0 { return notApplicable > 0 ? .notApplicable : .undetermined }
        switch rule {
        case .allApplicable:
            if notMet > 0 { return .notMet }
            return undetermined > 0 ? .undetermined : .met
        case .atLeast(let needed):
            if met >= needed { return .met }
            return met + undetermined >= needed ? .undetermined : .notMet
        }
    }
}
