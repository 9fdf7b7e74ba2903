import NTMCore

/// Every stored funding figure, indexed for "what was the money of this scope on this day": per line and phase,
/// the dated amounts (latest revision of each day) in date order, so a figure on a day is one binary search.
/// Built once per store change, read by every page, report and API call.
public struct FundBook: Sendable {
    /// One phase of one line: its dated amounts, dates ascending.
    struct Series: Sendable {
        var dates: [LocalDate] = []
        var amounts: [Int64] = []
        /// The document each amount was entered from, for exports that must re-import as they were.
        var documents: [String] = []

        /// The position of the latest entry dated on or before `date`, or nil.
        func latest(on date: LocalDate) -> Int? {
            var low = 0, high = dates.count
            while low < high {
                let middle = (low + high) / 2
                if dates[middle] <= date { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? nil : low - 1
        }

        /// The amount of the latest entry dated on or before `date`, or nil.
        func amount(on date: LocalDate) -> Int64? { latest(on: date).map { amounts[$0] } }
    }

    public let lines: [FundingLine]
    let positions: [FundingLine: Int]
    /// `series[line][phase.order]`.
    let series: [[Series]]
    let linesByUnit: [UnitCode: [Int]]
    let debts: [UnitCode: Series]
    /// The same figures laid out flat for scope totals, the hot path: the days (as ordinals) and amounts of line `l`,
    /// phase `p` sit at `bounds[l * 5 + p] ..< bounds[l * 5 + p + 1]`. Nested arrays cost a pointer chase per phase
    /// and line; the national figures took 62 ms with them in the release benchmark.
    let flatDays: [Int32]
    let flatAmounts: [Int64]
    let bounds: [Int32]

    /// The book of `amounts` and `debts` as stored (every revision): the highest revision of each slot counts.
    public init(amounts: [Recorded<FundAmount>], debts: [Recorded<ConstructionDebt>]) {
        var index: [FundingLine: Int] = [:]
        var lines: [FundingLine] = []
        // Per slot the highest revision, then per line and phase sorted by date.
        var latest: [Int: [FundPhase: [LocalDate: (revision: Int, amount: Int64, document: String)]]] = [:]
        for recorded in amounts {
            let entry = recorded.entry
            let position: Int
            if let known = index[entry.line] {
                position = known
            } else {
                position = lines.count
                index[entry.line] = position
                lines.append(entry.line)
            }
            let current = latest[position]?[entry.phase]?[entry.asOf]
            if current == nil || current?.revision ?? 0 < recorded.revision {
                latest[position, default: [:]][entry.phase, default: [:]][entry.asOf] = (recorded.revision, entry.amount.dong, entry.document)
            }
        }
        var series: [[Series]] = Array(repeating: Array(repeating: Series(), count: FundPhase.allCases.count), count: lines.count)
        var byUnit: [UnitCode: [Int]] = [:]
        for (position, line) in lines.enumerated() {
            byUnit[line.unit, default: []].append(position)
            for (phase, days) in latest[position] ?? [:] {
                let sorted = days.sorted { $0.key < $1.key }
                series[position][phase.order] = Series(
                    dates: sorted.map(\.key), amounts: sorted.map(\.value.amount), documents: sorted.map(\.value.document))
            }
        }
        var debtDays: [UnitCode: [LocalDate: (revision: Int, amount: Int64, document: String)]] = [:]
        for recorded in debts {
            let debt = recorded.entry
            if debtDays[debt.unit]?[debt.asOf].map({ $0.revision < recorded.revision }) ?? true {
                debtDays[debt.unit, default: [:]][debt.asOf] = (recorded.revision, debt.amount.dong, debt.document)
            }
        }
        var flatDays: [Int32] = [], flatAmounts: [Int64] = [], bounds: [Int32] = [0]
        bounds.reserveCapacity(lines.count * FundPhase.allCases.count + 1)
        for phases in series {
            for phase in phases {
                flatDays += phase.dates.map(\.ordinal)
                flatAmounts += phase.amounts
                bounds.append(Int32(flatDays.count))
            }
        }
        self.flatDays = flatDays
        self.flatAmounts = flatAmounts
        self.bounds = bounds
        self.lines = lines
        self.positions = index
        self.series = series
        self.linesByUnit = byUnit
        self.debts = debtDays.mapValues { days in
            let sorted = days.sorted { $0.key < $1.key }
            return Series(dates: sorted.map(\.key), amounts: sorted.map(\.value.amount), documents: sorted.map(\.value.document))
        }
    }

    public static let empty = FundBook(amounts: [], debts: [])

    public var isEmpty: Bool { lines.isEmpty && debts.isEmpty }

    /// The programme names integrated funds were stored under.
    public var programmes: Set<String> { Set(lines.compactMap(\.programme)) }

    /// The years that have funding lines, newest first.
    public var years: [Int] { Set(lines.map(\.year)).sorted(by: >) }

    /// The amount of `line` at `phase` on `date`, if any entry is dated on or before it.
    public func amount(of line: FundingLine, phase: FundPhase, on date: LocalDate) -> Money? {
        guard let position = positions[line] else { return nil }
        return series[position][phase.order].amount(on: date).map(Money.init(dong:))
    }

    /// The figures in force of `units` dated on or before `date` (the latest revision of each), lines in the order
    /// they were first stored, phases in order, days ascending: what an export writes and an import reads back.
    public func entries(of units: Set<UnitCode>, through date: LocalDate) -> FundBatch {
        var batch = FundBatch()
        for (position, line) in lines.enumerated() where units.contains(line.unit) {
            for phase in FundPhase.allCases {
                let series = series[position][phase.order]
                for index in series.dates.indices where series.dates[index] <= date {
                    batch.amounts.append(
                        FundAmount(
                            line: line, phase: phase, asOf: series.dates[index], amount: Money(dong: series.amounts[index]),
                            document: series.documents[index]))
                }
            }
        }
        for unit in units.sorted() {
            guard let series = debts[unit] else { continue }
            for index in series.dates.indices where series.dates[index] <= date {
                batch.debts.append(
                    ConstructionDebt(
                        unit: unit, asOf: series.dates[index], amount: Money(dong: series.amounts[index]), document: series.documents[index]))
            }
        }
        return batch
    }

    /// The lines of `unit` itself (not its communes).
    public func lines(of unit: UnitCode) -> [FundingLine] { (linesByUnit[unit] ?? []).map { lines[$0] } }

    /// The construction debt of `unit` on `date` (its latest record on or before it) with that record's date.
    public func debt(of unit: UnitCode, on date: LocalDate) -> (amount: Money, asOf: LocalDate)? {
        guard let series = debts[unit], let index = series.latest(on: date) else { return nil }
        return (Money(dong: series.amounts[index]), series.dates[index])
    }

    /// Adds the phase figures on `date` of line `position` to `totals`.
    func add(line position: Int, on date: LocalDate, to totals: inout PhaseTotals) throws(MoneyError) {
        let day = date.ordinal
        for phase in 0..<5 {
            let slot = position * 5 + phase
            let start = Int(bounds[slot])
            var low = start, high = Int(bounds[slot + 1])
            while low < high {
                let middle = (low + high) / 2
                if flatDays[middle] <= day { low = middle + 1 } else { high = middle }
            }
            if low > start { try totals.add(flatAmounts[low - 1], at: phase) }
        }
    }

    /// Lines where more is disbursed than allocated (or, with no allocation recorded, than planned) on `date`.
    public func advances(among lines: some Sequence<FundingLine>, on date: LocalDate) -> [FundWarning] {
        var warnings: [FundWarning] = []
        var seen: Set<FundingLine> = []
        for line in lines where seen.insert(line).inserted {
            guard let position = positions[line],
                let disbursed = series[position][FundPhase.disbursed.order].amount(on: date)
            else { continue }
            let allocated = series[position][FundPhase.allocated.order].amount(on: date)
            let (ceiling, phase) =
                allocated.map { ($0, FundPhase.allocated) } ?? (series[position][FundPhase.planned.order].amount(on: date), .planned)
            guard let ceiling, disbursed > ceiling else { continue }
            let over = Money(dong: disbursed), limit = Money(dong: ceiling)
            warnings.append(
                FundWarning(
                    line: line,
                    message: LocalizedText(
                        vi: "giải ngân \(over.vietnamese) đồng vượt \(phase.name.vi.lowercased()) \(limit.vietnamese) đồng (tạm ứng?)",
                        en:
                            "disbursed \(over.english) đồng exceeds \(phase.name.en?.lowercased() ?? phase.rawValue) \(limit.english) đồng (an advance?)"
                    )))
        }
        return warnings
    }
}
