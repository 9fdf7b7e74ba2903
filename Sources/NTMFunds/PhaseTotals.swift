import NTMCore

/// The five phase figures of some lines added up: planned, allocated, committed, disbursed, settled.
public struct PhaseTotals: Hashable, Sendable {
    /// In đồng, one stored field per phase: a national sum adds about a million figures, and an array here cost a
    /// heap allocation per line (national figures took 94 ms in the release benchmark with one, against a 50 ms budget).
    var planned_: Int64 = 0
    var allocated_: Int64 = 0
    var committed_: Int64 = 0
    var disbursed_: Int64 = 0
    var settled_: Int64 = 0

    public init() {}

    public subscript(phase: FundPhase) -> Money { Money(dong: dong(phase.order)) }

    public var planned: Money { Money(dong: planned_) }
    public var allocated: Money { Money(dong: allocated_) }
    public var disbursed: Money { Money(dong: disbursed_) }

    /// Disbursed as a percentage of planned (four decimals), nil without a plan.
    public var disbursementRate: FixedDecimal? { disbursed.percent(of: planned) }

    public var isEmpty: Bool { planned_ == 0 && allocated_ == 0 && committed_ == 0 && disbursed_ == 0 && settled_ == 0 }

    func dong(_ phase: Int) -> Int64 {
        switch phase {
        case 0: planned_
        case 1: allocated_
        case 2: committed_
        case 3: disbursed_
        default: settled_
        }
    }

    mutating func add(_ amount: Int64, at phase: Int) throws(MoneyError) {
        func sum(_ field: inout Int64) throws(MoneyError) {
            let (result, overflow) = field.addingReportingOverflow(amount)
            guard !overflow else { throw .overflow }
            field = result
        }
        switch phase {
        case 0: try sum(&planned_)
        case 1: try sum(&allocated_)
        case 2: try sum(&committed_)
        case 3: try sum(&disbursed_)
        default: try sum(&settled_)
        }
    }

    mutating func add(_ other: PhaseTotals) throws(MoneyError) {
        for phase in 0..<5 { try add(other.dong(phase), at: phase) }
    }
}
