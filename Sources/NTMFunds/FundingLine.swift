import NTMCore

/// One line of a unit's funding table: a year's money of one source and capital type for one unit, optionally
/// earmarked for a criterion or a project. Its amounts are phase rows (`FundAmount`); the line itself is only
/// the key they hang on, so two entries with the same key are the same line.
public struct FundingLine: Hashable, Sendable, Codable {
    public var year: Int
    public var unit: UnitCode
    public var source: FundingSource
    /// The originating programme of integrated funds (*lồng ghép*): required for that source, absent otherwise.
    public var programme: String?
    /// What the people gave, for `community` lines.
    public var contribution: ContributionKind?
    public var capital: CapitalType
    public var origin: PlanOrigin
    /// The criterion the money serves (its number in the set in force, e.g. 2 for transport), if earmarked.
    public var criterion: Int?
    public var project: String?

    public init(
        year: Int, unit: UnitCode, source: FundingSource, programme: String? = nil, contribution: ContributionKind? = nil,
        capital: CapitalType, origin: PlanOrigin = .currentYear, criterion: Int? = nil, project: String? = nil
    ) {
        self.year = year
        self.unit = unit
        self.source = source
        self.programme = programme
        self.contribution = contribution
        self.capital = capital
        self.origin = origin
        self.criterion = criterion
        self.project = project
    }
}

/// An amount of one line at one phase, accumulated up to `asOf` (*lũy kế đến ngày*): the figure of a phase on a
/// day is its latest entry dated on or before it. A later entry for the same line, phase and day is a correction
/// and becomes a new revision; the earlier one stays in the history.
public struct FundAmount: Hashable, Sendable, Codable {
    public var line: FundingLine
    public var phase: FundPhase
    public var asOf: LocalDate
    public var amount: Money
    /// The document the figure comes from (a decision, a treasury statement), as the officer cites it.
    public var document: String

    public init(line: FundingLine, phase: FundPhase, asOf: LocalDate, amount: Money, document: String = "") {
        self.line = line
        self.phase = phase
        self.asOf = asOf
        self.amount = amount
        self.document = document
    }
}

/// Outstanding construction debt (*nợ đọng xây dựng cơ bản*) of a commune's NTM works as of a day. Zero records
/// that it was paid off. A commune with debt cannot be recognised (QĐ 18/2022, design note 2.9).
public struct ConstructionDebt: Hashable, Sendable, Codable {
    public var unit: UnitCode
    public var asOf: LocalDate
    public var amount: Money
    public var document: String

    public init(unit: UnitCode, asOf: LocalDate, amount: Money, document: String = "") {
        self.unit = unit
        self.asOf = asOf
        self.amount = amount
        self.document = document
    }
}

/// A stored entry: what was entered, its revision within its slot, and who entered it when.
public struct Recorded<Entry: Hashable & Sendable>: Hashable, Sendable {
    public var entry: Entry
    public var revision: Int
    public var by: String
    public var at: String

    public init(_ entry: Entry, revision: Int, by: String, at: String) {
        self.entry = entry
        self.revision = revision
        self.by = by
        self.at = at
    }
}

/// What an import or a form writes at once: all of it or nothing.
public struct FundBatch: Hashable, Sendable {
    public var amounts: [FundAmount]
    public var debts: [ConstructionDebt]

    public init(amounts: [FundAmount] = [], debts: [ConstructionDebt] = []) {
        self.amounts = amounts
        self.debts = debts
    }

    public var isEmpty: Bool { amounts.isEmpty && debts.isEmpty }
}
