import NTMCore
import NTMFunds

/// Reads funding tables from CSV, the format `ntm export` writes and the demo ships:
/// `unit,year,source,programme,contribution,capital,origin,criterion,project,phase,as_of,amount,document`.
/// One row is one phase amount of one line, accumulated to `as_of`, in whole đồng. A row whose phase is `NO-DONG`
/// records a commune's outstanding construction debt instead (only `unit`, `as_of`, `amount`, `document`).
/// A row whose amount is empty is skipped. Every problem is reported at its line and column; nothing is returned when
/// there is one.
public enum FundsLoader {
    public static let columns = [
        "unit", "year", "source", "programme", "contribution", "capital", "origin", "criterion", "project", "phase", "as_of", "amount", "document",
    ]
    /// The phase code of a construction-debt row.
    public static let debtPhase = "NO-DONG"

    public static func parse(
        _ file: DataFile, units: UnitHierarchy, catalog: CriteriaCatalog, programmes: FundProgrammes
    ) throws(DataFileErrors) -> FundBatch {
        var collector = ErrorCollector()
        guard
            let table = collector.attempt({
                try CSVTable(file.text, file: file.name, required: ["unit", "year", "source", "capital", "phase", "as_of", "amount"])
            })
        else {
            try collector.throwIfAny()
            return FundBatch()
        }
        var batch = FundBatch()
        var lineOfAmount: [Int] = [], lineOfDebt: [Int] = []
        // A row without an amount is a line nobody filled in (the template offers one per unit and source).
        for row in table.rows where row.value("amount") != nil {
            switch collector.attempt({ try Self.entry(row, table: table) }) {
            case .amount(let amount)?:
                batch.amounts.append(amount)
                lineOfAmount.append(row.line)
            case .debt(let debt)?:
                batch.debts.append(debt)
                lineOfDebt.append(row.line)
            case nil: break
            }
        }
        // The rows that were read are checked too, so one pass reports every problem, in the file's order.
        batch = programmes.canonicalized(batch)
        for problem in batch.problems(units: units, catalog: catalog, programmes: programmes) {
            let line = problem.list == "amounts" ? lineOfAmount[problem.index] : lineOfDebt[problem.index]
            collector.add(DataFileError(file: file.name, line: line, column: Self.column(of: problem.field), message: problem.message))
        }
        try collector.throwIfAny()
        return batch
    }

    enum Entry {
        case amount(FundAmount)
        case debt(ConstructionDebt)
    }

    /// One row: a phase amount of a line, or a commune's debt.
    static func entry(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> Entry {
        let unit = UnitCode(try table.required(row, "unit"))
        guard let asOf = try UnitsLoader.date(row, "as_of", table: table) else {
            throw table.error(row, column: "as_of", UnitsLoader.emptyCell)
        }
        let amount = try Self.amount(row, table: table)
        let document = row.value("document") ?? ""
        if try table.required(row, "phase").caseInsensitiveCompare(debtPhase) == .orderedSame {
            return .debt(ConstructionDebt(unit: unit, asOf: asOf, amount: amount, document: document))
        }
        let contribution: ContributionKind? = row.value("contribution") == nil ? nil : try Self.code(row, "contribution", table: table)
        let origin: PlanOrigin = row.value("origin") == nil ? .currentYear : try Self.code(row, "origin", table: table)
        let line = FundingLine(
            year: try Self.year(row, table: table), unit: unit, source: try Self.code(row, "source", table: table),
            programme: row.value("programme"), contribution: contribution, capital: try Self.code(row, "capital", table: table),
            origin: origin, criterion: try Self.criterion(row, table: table), project: row.value("project"))
        let phase: FundPhase = try Self.code(
            row, "phase", table: table,
            extra: LocalizedText(vi: " hoặc \(debtPhase) (nợ đọng XDCB)", en: " or \(debtPhase) (outstanding construction debt)"))
        return .amount(FundAmount(line: line, phase: phase, asOf: asOf, amount: amount, document: document))
    }

    /// The CSV column a problem's field is read from.
    static func column(of field: String) -> String { field == "asOf" ? "as_of" : field }

    static func year(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> Int {
        let text = try table.required(row, "year")
        guard let year = Int(text) else {
            throw table.error(row, column: "year", LocalizedText(vi: "'\(text)' không phải năm hợp lệ", en: "'\(text)' is not a year"))
        }
        return year
    }

    static func criterion(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> Int? {
        guard let text = row.value("criterion") else { return nil }
        // "TC2", "tc 2" and "2" all name criterion 2.
        let digits = text.uppercased().replacingOccurrences(of: "TC", with: "").trimmingSpaces()
        guard let number = Int(digits), number > 0 else {
            throw table.error(
                row, column: "criterion",
                LocalizedText(vi: "'\(text)' không phải số tiêu chí (ví dụ 2 hoặc TC2)", en: "'\(text)' is not a criterion number (e.g. 2 or TC2)"))
        }
        return number
    }

    /// A whole-đồng amount: `1234567`, `1.234.567` or `1,234,567`; what reads two ways or has a fraction is refused.
    static func amount(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> Money {
        let text = try table.required(row, "amount")
        do { return try Money(parsing: text) } catch {
            throw table.error(
                row, column: "amount",
                LocalizedText(vi: error.text(.vi) + " (số tiền ghi bằng đồng)", en: error.text(.en) + " (amounts are in đồng)"))
        }
    }

    /// `extra` names what else the column accepts beside the codes, in both languages.
    static func code<Code: FundCode>(_ row: CSVTable.Row, _ column: String, table: CSVTable, extra: LocalizedText? = nil) throws(DataFileError)
        -> Code
    {
        let text = try table.required(row, column)
        guard let code = Code(typed: text) else {
            throw table.error(
                row, column: column,
                LocalizedText(
                    vi: "'\(text)' không có trong danh mục; dùng \(Code.accepted(.vi))\(extra?.vi ?? "")",
                    en: "'\(text)' is not known; use \(Code.accepted(.en))\(extra?.text(.en) ?? "")"))
        }
        return code
    }

    /// The bundled list of programmes integrated funds come from: `name,aliases,source`, aliases split by `|`.
    public static func programmes(_ file: DataFile) throws(DataFileErrors) -> [FundProgrammes.Programme] {
        var collector = ErrorCollector()
        guard let table = collector.attempt({ try CSVTable(file.text, file: file.name, required: ["name", "source"]) }) else {
            try collector.throwIfAny()
            return []
        }
        let programmes = table.rows.compactMap { row in
            collector.attempt { () throws(DataFileError) -> FundProgrammes.Programme in
                FundProgrammes.Programme(
                    name: try table.required(row, "name"),
                    aliases: row.value("aliases")?.split(separator: "|").map { String($0).trimmingSpaces() } ?? [],
                    source: try table.required(row, "source"))
            }
        }
        try collector.throwIfAny()
        return programmes
    }
}
