/// The compact result for one unit that roll-ups add up: which criteria are met, as bit sets.
public struct UnitOutcome: Hashable, Sendable {
    /// Bit `i` is set when the set's `i`-th criterion counts as met (met or not applicable).
    public var metCriteria: UInt64 = 0
    /// Bit `i` is set when the `i`-th criterion is undetermined (missing data or thresholds).
    public var undeterminedCriteria: UInt64 = 0
    public var criteriaCount: Int = 0
    public var preconditionsMet: Bool = true
    /// Whether any threshold used was only illustrative.
    public var usesIllustrative: Bool = false
    /// Whether any indicator has a value on or before the day. A commune without any is "chưa có số liệu",
    /// which is not the same as meeting no criteria.
    public var hasData: Bool = false

    public init() {}

    /// An outcome from the criteria met, by position in the set (for hand-made histories).
    public init(criteriaCount: Int, met: [Int], undetermined: [Int] = [], hasData: Bool = true) {
        self.criteriaCount = criteriaCount
        for index in met { metCriteria |= 1 << UInt64(index) }
        for index in undetermined { undeterminedCriteria |= 1 << UInt64(index) }
        self.hasData = hasData
    }

    public var metCount: Int { metCriteria.nonzeroBitCount }
    public var undeterminedCount: Int { undeterminedCriteria.nonzeroBitCount }
    /// Every criterion (and precondition) met: the unit reaches the NTM standard.
    public var reachedStandard: Bool { criteriaCount > 0 && metCount == criteriaCount && preconditionsMet }

    public func isMet(criterionAt index: Int) -> Bool { metCriteria & (1 << UInt64(index)) != 0 }
    public func isUndetermined(criterionAt index: Int) -> Bool { undeterminedCriteria & (1 << UInt64(index)) != 0 }
}

extension CompiledCriteriaSet {
    /// Judges every indicator of the unit in `row` and folds them into criteria; the hot path.
    func outcome(
        row: Int?, table: ObservationIndex.Table?, date: LocalDate, slot: Int,
        derived: ObservationValue? = nil
    ) -> UnitOutcome {
        var outcome = UnitOutcome()
        outcome.criteriaCount = criterionRanges.count
        let illustrativeRow = illustrative[slot]
        for (criterionIndex, range) in criterionRanges.enumerated() {
            var met = 0, notMet = 0, undetermined = 0, notApplicable = 0
            for index in range {
                let (verdict, entry) = judge(
                    index, row: row, table: table, date: date, slot: slot,
                    derived: isDerived[index] ? derived : nil)
                if entry != nil && !isDerived[index] { outcome.hasData = true }
                switch verdict {
                case .met: met += 1
                case .notMet: notMet += 1
                case .noData, .notConfigured: undetermined += 1
                case .notApplicable: notApplicable += 1
                }
                if illustrativeRow[index] && verdict != .notApplicable { outcome.usesIllustrative = true }
            }
            let status = Self.criterionStatus(
                met: met, notMet: notMet, undetermined: undetermined,
                notApplicable: notApplicable, rule: criterionRules[criterionIndex],
                indicatorsComplete: criterionComplete[criterionIndex])
            if status.countsAsMet { outcome.metCriteria |= 1 << UInt64(criterionIndex) }
            if status == .undetermined { outcome.undeterminedCriteria |= 1 << UInt64(criterionIndex) }
        }
        for index in preconditionRange {
            let (verdict, _) = judge(
                index, row: row, table: table, date: date, slot: slot,
                derived: isDerived[index] ? derived : nil)
            if verdict != .met && verdict != .notApplicable { outcome.preconditionsMet = false }
        }
        return outcome
    }
}
