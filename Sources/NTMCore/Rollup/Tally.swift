/// Additive counts over a set of communes, so one commune's change is subtract-then-add.
public struct Tally: Hashable, Sendable {
    public internal(set) var communes = 0
    public internal(set) var atStandard = 0
    public internal(set) var criteriaSum = 0
    public internal(set) var bandCounts: [Int]
    public internal(set) var criterionMet: [Int]
    /// Communes with at least one criterion that could not be decided.
    public internal(set) var undeterminedCommunes = 0
    public internal(set) var illustrativeCommunes = 0
    /// Communes without any value on or before the day: counted apart, never as "below N criteria".
    public internal(set) var noDataCommunes = 0

    public var communesWithData: Int { communes - noDataCommunes }

    init(bands: Int, criteria: Int) {
        bandCounts = Array(repeating: 0, count: bands)
        criterionMet = Array(repeating: 0, count: criteria)
    }

    mutating func add(_ outcome: UnitOutcome, band: Int, sign: Int) {
        communes += sign
        if outcome.reachedStandard { atStandard += sign }
        criteriaSum += sign * outcome.metCount
        if outcome.hasData { bandCounts[band] += sign } else { noDataCommunes += sign }
        if outcome.undeterminedCriteria != 0 { undeterminedCommunes += sign }
        if outcome.usesIllustrative { illustrativeCommunes += sign }
        var bits = outcome.metCriteria
        while bits != 0 {
            let index = bits.trailingZeroBitCount
            if index < criterionMet.count { criterionMet[index] += sign }
            bits &= bits - 1
        }
    }

    /// Adds another tally's counts: a total from its groups' tallies.
    mutating func add(_ other: Tally) {
        communes += other.communes
        atStandard += other.atStandard
        criteriaSum += other.criteriaSum
        undeterminedCommunes += other.undeterminedCommunes
        illustrativeCommunes += other.illustrativeCommunes
        noDataCommunes += other.noDataCommunes
        for index in bandCounts.indices { bandCounts[index] += other.bandCounts[index] }
        for index in criterionMet.indices { criterionMet[index] += other.criterionMet[index] }
    }

    public var atStandardPercent: FixedDecimal {
        FixedDecimal.percent(numerator: Int64(atStandard), denominator: Int64(max(communes, 1))).rounded(decimals: 2)
    }

    /// Over the communes that have data: a commune not yet assessed does not pull the average down.
    public var averageCriteria: FixedDecimal {
        FixedDecimal.quotient(Int64(criteriaSum), Int64(communesWithData)).rounded(decimals: 2)
    }
}
