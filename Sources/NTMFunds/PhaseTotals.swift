import NTMCore

/// The five phase figures of some lines added up: planned, allocated, committed, disbursed, settled.
public struct PhaseTotals: Hashable, Sendable {
    /// In đồng, indexed by `FundPhase.order`; a fixed array keeps national sums (about a million additions) free of
    /// dictionary lookups.
    var dong: [Int64] = Array(repeating: 0, count: FundPhase.allCases.count)

    public init() {}

    public subscript(phase: FundPhase) -> Money { Money(dong: dong[phase.order]) }

    public var planned: Money { self[.planned] }
    public var allocated: Money { self[.allocated] }
    public var disbursed: Money { self[.disbursed] }

    /// Disbursed as a percentage of planned (four decimals), nil without a plan.
    public var disbursementRate: FixedDecimal? { disbursed.percent(of: planned) }

    public var isEmpty: Bool { dong.allSatisfy { $0 == 0 } }

    mutating func add(_ amount: Int64, at phase: Int) throws(MoneyError) {
        let (sum, overflow) = dong[phase].addingReportingOverflow(amount)
        guard !overflow else { throw .overflow }
        dong[phase] = sum
    }

    mutating func add(_ other: PhaseTotals) throws(MoneyError) {
        for phase in dong.indices { try add(other.dong[phase], at: phase) }
    }
}
