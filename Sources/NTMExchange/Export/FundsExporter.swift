import NTMCore
import NTMData
import NTMFunds

/// The funding figures of a scope as a sheet in the funding CSV's own columns (`FundsLoader.columns`), so an
/// exported `funds.csv` reads back with `ntm funds import` as it was: the latest revision of every figure dated on
/// or before the day, and communes' construction debts as `NO-DONG` rows.
public enum FundsExporter {
    public static func table(_ book: FundBook, within units: Set<UnitCode>, on date: LocalDate, language: Language) -> ExportTable {
        let vi = language == .vi
        let batch = book.entries(of: units, through: date)
        var rows: [[ExportTable.Cell]] = batch.amounts.map { entry in
            let line = entry.line
            return [
                .text(line.unit.rawValue), .year(line.year), .text(line.source.rawValue), .text(line.programme ?? ""),
                .text(line.contribution?.rawValue ?? ""), .text(line.capital.rawValue), .text(line.origin.rawValue),
                line.criterion.map { .integer($0) } ?? .empty, .text(line.project ?? ""), .text(entry.phase.rawValue), .date(entry.asOf),
                .money(entry.amount), .text(entry.document),
            ]
        }
        rows += batch.debts.map { debt in
            [
                .text(debt.unit.rawValue), .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty, .text(FundsLoader.debtPhase),
                .date(debt.asOf),
                .money(debt.amount), .text(debt.document),
            ]
        }
        let widths: [Double] = [10, 7, 14, 22, 10, 8, 14, 9, 16, 12, 12, 16, 28]
        return ExportTable(
            sheetName: vi ? "Nguồn vốn" : "Funds", title: vi ? "Nguồn vốn, lũy kế đến ngày \(date.vietnamese)" : "Funds accumulated to \(date.iso)",
            notes: [
                vi
                    ? "Số tiền bằng đồng, lũy kế đến ngày ghi ở cột as_of; cột theo tệp CSV nhập nguồn vốn (ntm funds import)."
                    : "Amounts in đồng, accumulated to the as_of day; columns as the funding CSV reads them (ntm funds import)."
            ],
            columns: zip(FundsLoader.columns, widths).map { ExportTable.Column($0, width: $1) }, rows: rows)
    }
}
