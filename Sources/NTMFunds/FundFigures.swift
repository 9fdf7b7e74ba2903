import NTMCore

/// The money of a scope in a year as it stood on a day: totals by phase, by origin, source, capital type,
/// criterion and unit, the disbursement rates with their denominators, the lagging communes and the debts.
public struct FundFigures: Sendable {
    public var scope: AdministrativeUnit
    public var year: Int
    public var date: LocalDate
    /// The province's alert level: a commune disbursing less of its year's plan than this is lagging. A setting of
    /// the province, not a legal figure.
    public var alert: FixedDecimal

    public var total = PhaseTotals()
    public var currentYear = PhaseTotals()
    public var carriedOver = PhaseTotals()
    public var bySource: [FundingSource: PhaseTotals] = [:]
    public var byCapital: [CapitalType: PhaseTotals] = [:]
    /// By criterion number; nil holds the money not earmarked for a criterion.
    public var byCriterion: [Int?: PhaseTotals] = [:]
    /// By integrated programme's name.
    public var byProgramme: [String: PhaseTotals] = [:]
    /// Per unit directly under the scope (districts of a province, communes of a district), and the scope's own
    /// lines under the scope itself.
    public var byUnit: [UnitRow] = []
    /// Communes with a plan for the year whose disbursement of it is below `alert`, lowest first.
    public var lagging: [UnitRow] = []
    /// Communes with outstanding construction debt on the day.
    public var debts: [DebtRow] = []

    public struct UnitRow: Sendable {
        public var unit: AdministrativeUnit
        public var totals: PhaseTotals
        /// Of this year's plan only.
        public var currentYear: PhaseTotals
        public var rate: FixedDecimal? { currentYear.disbursementRate }
    }

    public struct DebtRow: Sendable {
        public var unit: AdministrativeUnit
        public var amount: Money
        public var asOf: LocalDate
    }

    /// Disbursed of this year's plan, as a percentage of that plan.
    public var currentYearRate: FixedDecimal? { currentYear.disbursementRate }
    /// Disbursed of this year's plan and of carried-over funds, as a percentage of both.
    public var overallRate: FixedDecimal? { total.disbursementRate }

    /// `source`'s share of the total at `phase`, in per cent.
    public func share(of source: FundingSource, at phase: FundPhase) -> FixedDecimal? {
        (bySource[source] ?? PhaseTotals())[phase].percent(of: total[phase])
    }

    /// The sentence that states each rate with its denominator: "giải ngân 44,5% kế hoạch năm 2019; 83% tính cả vốn
    /// chuyển nguồn". Nil when the year has no plan.
    public func rateSentence(_ language: Language) -> String? {
        guard let current = currentYearRate ?? overallRate else { return nil }
        let percent = { (value: FixedDecimal) in language == .vi ? value.vietnamese(decimals: 1) + "%" : value.rounded(decimals: 1).plain + "%" }
        var sentence =
            currentYearRate == nil
            ? (language == .vi
                ? "giải ngân \(percent(current)) vốn chuyển nguồn sang năm \(year)" : "disbursed \(percent(current)) of funds carried into \(year)")
            : (language == .vi ? "giải ngân \(percent(current)) kế hoạch năm \(year)" : "disbursed \(percent(current)) of the \(year) plan")
        if currentYearRate != nil, carriedOver.planned.dong != 0, let overall = overallRate {
            sentence += language == .vi ? "; \(percent(overall)) tính cả vốn chuyển nguồn" : "; \(percent(overall)) including funds carried over"
        }
        return sentence
    }
}

extension FundBook {
    /// The figures of `scope` (a unit code; its lines and those of every unit under it) for `year` on `date`, with
    /// `alert` as the lagging level. Nil when the scope is not a unit on that day.
    public func figures(
        scope code: UnitCode, year: Int, on date: LocalDate, units: UnitHierarchy, alert: FixedDecimal
    ) throws(MoneyError) -> FundFigures? {
        guard let scope = units.unit(code, on: date) else { return nil }
        var figures = FundFigures(scope: scope, year: year, date: date, alert: alert)
        // Which row of `byUnit` each unit's money goes to: the child it lies in, or the scope itself.
        var rowOf: [UnitCode: Int] = [code: 0]
        var rows = [FundFigures.UnitRow(unit: scope, totals: PhaseTotals(), currentYear: PhaseTotals())]
        for child in units.children(of: code, on: date) {
            rowOf[child.code] = rows.count
            for descendant in units.descendants(of: child.code, on: date) { rowOf[descendant.code] = rows.count }
            rows.append(FundFigures.UnitRow(unit: child, totals: PhaseTotals(), currentYear: PhaseTotals()))
        }
        // Sums by source, capital type and criterion in arrays, turned into dictionaries once at the end: a
        // dictionary update per line was most of the national figures' time.
        let sources = FundingSource.allCases, capitals = CapitalType.allCases
        var bySource = Array(repeating: PhaseTotals(), count: sources.count)
        var byCapital = Array(repeating: PhaseTotals(), count: capitals.count)
        var byCriterion = Array(repeating: PhaseTotals(), count: 64)
        var communes: [(unit: UnitCode, totals: PhaseTotals, currentYear: PhaseTotals)] = []
        for (unit, row) in rowOf {
            guard let positions = linesByUnit[unit] else { continue }
            var unitTotals = PhaseTotals(), unitCurrent = PhaseTotals()
            for position in positions where lines[position].year == year {
                let line = lines[position]
                var amounts = PhaseTotals()
                try add(line: position, on: date, to: &amounts)
                guard !amounts.isEmpty else { continue }
                try unitTotals.add(amounts)
                if line.origin == .currentYear {
                    try unitCurrent.add(amounts)
                } else {
                    try figures.carriedOver.add(amounts)
                }
                try bySource[line.source.index].add(amounts)
                try byCapital[line.capital == .investment ? 0 : 1].add(amounts)
                if let criterion = line.criterion, (1..<64).contains(criterion) {
                    try byCriterion[criterion].add(amounts)
                } else {
                    try byCriterion[0].add(amounts)
                }
                if let programme = line.programme { try figures.byProgramme[programme, default: PhaseTotals()].add(amounts) }
            }
            guard !unitTotals.isEmpty else { continue }
            try figures.total.add(unitTotals)
            try figures.currentYear.add(unitCurrent)
            try rows[row].totals.add(unitTotals)
            try rows[row].currentYear.add(unitCurrent)
            communes.append((unit, unitTotals, unitCurrent))
        }
        for (index, totals) in bySource.enumerated() where !totals.isEmpty { figures.bySource[sources[index]] = totals }
        for (index, totals) in byCapital.enumerated() where !totals.isEmpty { figures.byCapital[capitals[index]] = totals }
        for (number, totals) in byCriterion.enumerated() where !totals.isEmpty { figures.byCriterion[number == 0 ? nil : number] = totals }
        // The scope's own row only when it has lines of its own; a commune scope is its own only row.
        figures.byUnit = rows.enumerated().filter { $0.offset > 0 || !$0.element.totals.isEmpty }.map(\.element)
        for money in communes {
            guard let unit = units.unit(money.unit, on: date), unit.kind.isCommuneLevel, money.currentYear.planned.dong != 0,
                let rate = money.currentYear.disbursementRate, rate < alert
            else { continue }
            figures.lagging.append(FundFigures.UnitRow(unit: unit, totals: money.totals, currentYear: money.currentYear))
        }
        figures.lagging.sort { ($0.rate ?? .zero, $0.unit.code) < ($1.rate ?? .zero, $1.unit.code) }
        for code in rowOf.keys {
            guard let debt = debt(of: code, on: date), debt.amount.dong > 0, let unit = units.unit(code, on: date) else { continue }
            figures.debts.append(FundFigures.DebtRow(unit: unit, amount: debt.amount, asOf: debt.asOf))
        }
        figures.debts.sort { ($0.amount, $0.unit.code) > ($1.amount, $1.unit.code) }
        return figures
    }

    /// Planned and disbursed of `scope` for `year` at each of `dates`: the chart of a year's money over time.
    public func timeline(
        scope code: UnitCode, year: Int, at dates: [LocalDate], units: UnitHierarchy
    ) throws(MoneyError) -> [(date: LocalDate, totals: PhaseTotals)] {
        var points: [(date: LocalDate, totals: PhaseTotals)] = []
        for date in dates {
            var totals = PhaseTotals()
            let inScope = [code] + units.descendants(of: code, on: date).map(\.code)
            for unit in inScope {
                for position in linesByUnit[unit] ?? [] where lines[position].year == year { try add(line: position, on: date, to: &totals) }
            }
            points.append((date, totals))
        }
        return points
    }
}
