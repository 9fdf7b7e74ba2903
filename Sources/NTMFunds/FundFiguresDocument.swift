import NTMCore

/// Phase totals in whole đồng, with the rate of disbursement of the plan (per cent, four decimals) when there is one.
public struct PhaseTotalsDocument: Hashable, Sendable, Encodable {
    public let planned: Int64
    public let allocated: Int64
    public let committed: Int64
    public let disbursed: Int64
    public let settled: Int64
    public let disbursementRate: String?

    public init(_ totals: PhaseTotals) {
        planned = totals[.planned].dong
        allocated = totals[.allocated].dong
        committed = totals[.committed].dong
        disbursed = totals[.disbursed].dong
        settled = totals[.settled].dong
        disbursementRate = totals.disbursementRate?.plain
    }
}

/// A scope's funding figures as JSON: what `GET /api/v1/funds` returns and `ntm funds summary --format json` prints,
/// one shape for both. Amounts in whole đồng; rates in per cent, four decimals.
public struct FundFiguresDocument: Hashable, Sendable, Encodable {
    public struct Keyed: Hashable, Sendable, Encodable {
        public let key: String
        public let name: String
        public let totals: PhaseTotalsDocument
        /// For sources: the share of the scope's plan and of what was disbursed, in per cent.
        public var shareOfPlanned: String? = nil
        public var shareOfDisbursed: String? = nil
    }

    public struct UnitLine: Hashable, Sendable, Encodable {
        public let unit: String
        public let name: String
        public let totals: PhaseTotalsDocument
        public let currentYear: PhaseTotalsDocument
        public let lagging: Bool
    }

    public struct Debt: Hashable, Sendable, Encodable {
        public let unit: String
        public let name: String
        public let amount: Int64
        public let asOf: String
    }

    public let scope: String
    public let year: Int
    public let date: String
    public let alert: String
    /// The rates in words, each with its denominator.
    public let sentence: String?
    public let total: PhaseTotalsDocument
    public let currentYear: PhaseTotalsDocument
    public let carriedOver: PhaseTotalsDocument
    public let bySource: [Keyed]
    public let byCapital: [Keyed]
    public let byCriterion: [Keyed]
    public let byProgramme: [Keyed]
    public let byUnit: [UnitLine]
    public let lagging: [UnitLine]
    public let debts: [Debt]

    public init(_ figures: FundFigures, language: Language) {
        scope = figures.scope.code.rawValue
        year = figures.year
        date = figures.date.iso
        alert = figures.alert.plain
        sentence = figures.rateSentence(language)
        total = PhaseTotalsDocument(figures.total)
        currentYear = PhaseTotalsDocument(figures.currentYear)
        carriedOver = PhaseTotalsDocument(figures.carriedOver)
        bySource = FundingSource.allCases.compactMap { source in
            figures.bySource[source].map {
                Keyed(
                    key: source.rawValue, name: source.name.text(language), totals: PhaseTotalsDocument($0),
                    shareOfPlanned: figures.share(of: source, at: .planned)?.plain, shareOfDisbursed: figures.share(of: source, at: .disbursed)?.plain
                )
            }
        }
        byCapital = CapitalType.allCases.compactMap { capital in
            figures.byCapital[capital].map { Keyed(key: capital.rawValue, name: capital.name.text(language), totals: PhaseTotalsDocument($0)) }
        }
        byCriterion = figures.byCriterion.sorted { ($0.key ?? .max) < ($1.key ?? .max) }.map {
            Keyed(key: $0.key.map(String.init) ?? "", name: $0.key.map { "TC\($0)" } ?? "", totals: PhaseTotalsDocument($0.value))
        }
        byProgramme = figures.byProgramme.sorted { $0.key < $1.key }.map { Keyed(key: $0.key, name: $0.key, totals: PhaseTotalsDocument($0.value)) }
        let lagging = Set(figures.lagging.map(\.unit.code))
        let line = { (row: FundFigures.UnitRow) in
            UnitLine(
                unit: row.unit.code.rawValue, name: row.unit.name, totals: PhaseTotalsDocument(row.totals),
                currentYear: PhaseTotalsDocument(row.currentYear),
                lagging: lagging.contains(row.unit.code))
        }
        byUnit = figures.byUnit.map(line)
        self.lagging = figures.lagging.map(line)
        debts = figures.debts.map { Debt(unit: $0.unit.code.rawValue, name: $0.unit.name, amount: $0.amount.dong, asOf: $0.asOf.iso) }
    }
}
