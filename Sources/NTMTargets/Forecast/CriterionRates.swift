import Foundation
import NTMCore

/// How fast unmet criteria got met in a province's recorded history: the reference classes a forecast draws on.
///
/// Each criterion of a set is one class. Between two recorded days of a unit, every criterion not met on the first
/// day was "exposed" for the days between; if it was met on the second day it counts as met halfway (the day it was
/// met is not known, only the interval). A class's daily rate is its met criteria over its exposed days, with one
/// extra met criterion at the province's pooled rate so a class seen rarely leans on the whole province rather than
/// on one or two cases. xã in the final stretch of their registration — the last half of the year they registered to
/// reach the standard in, or later — move at the rate times `registeredFactor`, estimated from the same history
/// (proportional rates, a few rounds of fitting): recognition comes at the year's end, and xã push for it then.
public struct CriterionRates: Hashable, Sendable {
    struct Key: Hashable, Sendable {
        var set: CriteriaSetID
        var criterion: Int
    }

    /// What the history shows for one class: criteria met, and days exposed, for xã registered for the
    /// interval's year and for the others.
    struct Tally: Hashable, Sendable {
        var metRegistered = 0.0
        var metOther = 0.0
        var daysRegistered = 0.0
        var daysOther = 0.0
        var met: Double { metRegistered + metOther }
    }

    /// The class unmet preconditions are forecast with: no criterion has this number, so it takes the pooled rate.
    public static let preconditions = 0

    /// Distinct days values were recorded on, across the units learned from, and the first of them.
    public private(set) var recordedDays = 0
    public private(set) var firstDay: LocalDate?
    /// Intervals between two recorded days of one unit, under one set.
    public private(set) var intervals = 0
    /// Criteria seen going from not met to met.
    public private(set) var metEvents = 0
    /// How many times faster criteria get met in xã in the final stretch of their registration (1 when the history
    /// cannot tell).
    public private(set) var registeredFactor = 1.0
    private var tallies: [Key: Tally] = [:]
    private var rates: [Key: Double] = [:]
    private var pooled: [CriteriaSetID: Double] = [:]

    /// Learns from `history` (as `EvaluationEngine.criteriaHistory` gives it); `registeredYear` tells the year a
    /// unit was registered to reach the standard, as known on a day.
    public init(history: [UnitCode: [CriteriaSnapshot]], registeredYear: (UnitCode, LocalDate) -> Int?) {
        var days: Set<LocalDate> = []
        for (code, snapshots) in history {
            days.formUnion(snapshots.map(\.date))
            for (before, after) in zip(snapshots, snapshots.dropFirst()) where before.criteriaSet == after.criteriaSet {
                let length = Double(before.date.days(to: after.date))
                guard length > 0 else { continue }
                intervals += 1
                let registered = Self.isFinishing(registeredYear: registeredYear(code, after.date), by: after.date)
                for (index, number) in before.criterionNumbers.enumerated() where !before.outcome.isMet(criterionAt: index) {
                    let metNow = after.outcome.isMet(criterionAt: index)
                    let exposed = metNow ? length / 2 : length
                    var tally = tallies[Key(set: before.criteriaSet, criterion: number), default: Tally()]
                    if registered {
                        tally.daysRegistered += exposed
                        if metNow { tally.metRegistered += 1 }
                    } else {
                        tally.daysOther += exposed
                        if metNow { tally.metOther += 1 }
                    }
                    tallies[Key(set: before.criteriaSet, criterion: number)] = tally
                    if metNow { metEvents += 1 }
                }
            }
        }
        recordedDays = days.count
        firstDay = days.min()
        fit()
    }

    /// Alternates between the class rates given the factor and the factor given the rates; three rounds settle
    /// it to well under 1% on the demo and the hand-made histories of the tests.
    private mutating func fit() {
        let sets = Set(tallies.keys.map(\.set))
        for _ in 0..<3 {
            for set in sets {
                let classes = tallies.filter { $0.key.set == set }
                let met = classes.values.reduce(0) { $0 + $1.met }
                let days = classes.values.reduce(0) { $0 + $1.daysOther + registeredFactor * $1.daysRegistered }
                guard met > 0, days > 0 else {
                    pooled[set] = nil
                    continue
                }
                let pool = met / days
                pooled[set] = pool
                for (key, tally) in classes {
                    rates[key] = (tally.met + 1) / (tally.daysOther + registeredFactor * tally.daysRegistered + 1 / pool)
                }
            }
            var metRegistered = 0.0, expectedRegistered = 0.0
            for (key, tally) in tallies {
                metRegistered += tally.metRegistered
                expectedRegistered += (rates[key] ?? 0) * tally.daysRegistered
            }
            // One extra met criterion at the plain rate keeps a thin history from claiming a large factor.
            registeredFactor = expectedRegistered > 0 ? (metRegistered + 1) / (expectedRegistered + 1) : 1
        }
    }

    /// Whether a xã registered for `registeredYear` is in its final stretch by `day`: on or after 1 July of that
    /// year. The one rule for learning the factor and for applying it.
    public static func isFinishing(registeredYear: Int?, by day: LocalDate) -> Bool {
        guard let year = registeredYear else { return false }
        return day.year > year || (day.year == year && day.month >= 7)
    }

    /// Whether the history can speak for `set` at all: met criteria were seen under it.
    public func knows(_ set: CriteriaSetID) -> Bool { pooled[set] != nil }

    /// The daily rate at which criterion `number` of `set` gets met; a class never exposed takes the pooled rate.
    public func dailyRate(_ set: CriteriaSetID, criterion number: Int, registered: Bool) -> Double {
        let base = rates[Key(set: set, criterion: number)] ?? pooled[set] ?? 0
        return registered ? base * registeredFactor : base
    }

    /// The chance that criterion `number`, not met now, is met within `days`.
    public func chance(_ set: CriteriaSetID, criterion number: Int, registered: Bool, within days: Double) -> Double {
        guard days > 0 else { return 0 }
        return 1 - exp(-dailyRate(set, criterion: number, registered: registered) * days)
    }
}
