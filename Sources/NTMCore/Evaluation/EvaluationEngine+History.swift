/// One unit's criteria on one day values were recorded for it.
public struct CriteriaSnapshot: Hashable, Sendable {
    public var date: LocalDate
    /// The national set the unit was judged against; a change of set breaks the history in two.
    public var criteriaSet: CriteriaSetID
    /// The set's criterion numbers, in the order of the outcome's bits.
    public var criterionNumbers: [Int]
    public var outcome: UnitOutcome

    public init(date: LocalDate, criteriaSet: CriteriaSetID, criterionNumbers: [Int], outcome: UnitOutcome) {
        self.date = date
        self.criteriaSet = criteriaSet
        self.criterionNumbers = criterionNumbers
        self.outcome = outcome
    }
}

extension EvaluationEngine {
    /// The days on which any value of the unit was recorded, up to and including `date`, oldest first.
    public func recordedDays(of code: UnitCode, through date: LocalDate) -> [LocalDate] {
        var days: Set<LocalDate> = []
        for table in observations.tables.values {
            guard let row = table.rows[code] else { continue }
            let width = table.columnCodes.count
            for column in 0..<width {
                for entry in table.entries(row: row, column: column) where entry.date <= date { days.insert(entry.date) }
            }
        }
        return days.sorted()
    }

    /// Each unit's criteria on every day it has values recorded, up to `date`: the history a forecast learns from.
    /// A unit that did not exist, or was not assessed, on a day has no snapshot for it.
    public func criteriaHistory(of codes: [UnitCode], through date: LocalDate) -> [UnitCode: [CriteriaSnapshot]] {
        snapshots(of: codes) { recordedDays(of: $0, through: date) }
    }

    /// Each unit's criteria on `date` itself (values in force that day, thresholds of that year); units not assessed
    /// on the day are left out.
    public func criteriaSnapshots(of codes: [UnitCode], on date: LocalDate) -> [UnitCode: CriteriaSnapshot] {
        snapshots(of: codes) { _ in [date] }.compactMapValues(\.first)
    }

    /// Compiled sets come from the engine's cache; units under the same parent share a province, so each parent, level
    /// and day looks its set up once (finding a unit's province and set costs more than judging it).
    private func snapshots(of codes: [UnitCode], days: (UnitCode) -> [LocalDate]) -> [UnitCode: [CriteriaSnapshot]] {
        struct Key: Hashable {
            var parent: UnitCode?
            var level: AssessmentLevel
            var day: LocalDate
        }
        var sets: [Key: (compiled: CompiledCriteriaSet, numbers: [Int])?] = [:]
        var history: [UnitCode: [CriteriaSnapshot]] = [:]
        history.reserveCapacity(codes.count)
        for code in codes {
            var snapshots: [CriteriaSnapshot] = []
            for day in days(code) {
                guard let unit = units.unit(code, on: day) else { continue }
                let level = unit.kind.assessmentLevel
                let key = Key(parent: unit.parent, level: level, day: day)
                let found: (compiled: CompiledCriteriaSet, numbers: [Int])?
                if let cached = sets[key] {
                    found = cached
                } else {
                    found = (try? compiledSet(for: unit, level: level, on: day)).map { ($0, $0.set.criteria.map(\.number)) }
                    sets[key] = found
                }
                guard let (compiled, numbers) = found, compiled.set.appliesTo.contains(unit.kind) else { continue }
                let derived = level == .district ? try? communeShare(under: code, on: day) : nil
                snapshots.append(
                    CriteriaSnapshot(
                        date: day, criteriaSet: compiled.set.id, criterionNumbers: numbers,
                        outcome: outcome(of: unit, compiled: compiled, on: day, derived: derived)))
            }
            history[code] = snapshots
        }
        return history
    }
}
