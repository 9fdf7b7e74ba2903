import NTMCore
import NTMFunds

/// The funds page's tables as sheets, one each, in the order the page shows them: this year's plan and carried-over
/// funds, by source, by unit, by criterion, by capital type, the xã disbursing below the alert level and the
/// construction debts. Amounts stay whole đồng (the page rounds them to millions); rates are percent cells.
public enum FundFiguresExporter {
    public static func tables(_ figures: FundFigures, criterionName: (Int) -> String?, language: Language) -> [ExportTable] {
        let vi = language == .vi
        let title = "\(vi ? "Nguồn vốn" : "Funds") \(figures.scope.name) · \(figures.year) · \(vi ? figures.date.vietnamese : figures.date.iso)"
        let notes = [
            vi
                ? "Số tiền bằng đồng, lũy kế đến ngày đã chọn. Tỷ lệ giải ngân tính trên kế hoạch giao."
                : "Amounts in đồng, accumulated to the day chosen. Disbursement rates are of the planned amount.",
            figures.rateSentence(language) ?? "",
        ].filter { !$0.isEmpty }
        func columns(_ first: String) -> [ExportTable.Column] {
            [
                .init(first, width: 34), .init(vi ? "Kế hoạch giao (đồng)" : "Planned (đồng)", width: 18),
                .init(vi ? "Phân bổ (đồng)" : "Allocated (đồng)", width: 18), .init(vi ? "Giải ngân (đồng)" : "Disbursed (đồng)", width: 18),
                .init(vi ? "Tỷ lệ giải ngân" : "Disbursement rate", width: 12),
            ]
        }
        func row(_ label: String, _ totals: PhaseTotals) -> [ExportTable.Cell] {
            [
                .text(label), .money(totals.planned), .money(totals.allocated), .money(totals.disbursed),
                totals.disbursementRate.map { .percent($0.rounded(decimals: 1)) } ?? .empty,
            ]
        }
        func row(_ line: FundFigures.Line) -> [ExportTable.Cell] { row(line.label, line.totals) }
        func table(_ sheet: String, _ first: String, _ rows: [[ExportTable.Cell]]) -> ExportTable {
            ExportTable(sheetName: sheet, title: title, notes: notes, columns: columns(first), rows: rows, landscape: false)
        }
        var tables = [
            table(
                vi ? "Năm và chuyển nguồn" : "Origin", vi ? "Nguồn gốc" : "Origin",
                figures.origins(language).map(row)),
            table(
                vi ? "Theo nguồn vốn" : "By source", vi ? "Nguồn vốn" : "Source",
                FundingSource.allCases.compactMap { source in figures.bySource[source].map { row(source.name.text(language), $0) } }),
            table(
                vi ? "Theo đơn vị" : "By unit", vi ? "Đơn vị" : "Unit",
                figures.byUnit.map { row(figures.label(of: $0, language: language), $0.totals) }),
            table(
                vi ? "Theo tiêu chí" : "By criterion", vi ? "Tiêu chí" : "Criterion",
                figures.criteria(named: criterionName, language: language).map(row)),
            table(
                vi ? "Theo loại vốn" : "By capital type", vi ? "Loại vốn" : "Capital type",
                figures.capitals(language).map(row)),
        ]
        if !figures.lagging.isEmpty {
            tables.append(
                table(vi ? "Xã giải ngân chậm" : "Lagging", vi ? "Xã" : "Commune", figures.lagging.map { row($0.unit.name, $0.currentYear) }))
        }
        if !figures.debts.isEmpty {
            tables.append(
                ExportTable(
                    sheetName: vi ? "Nợ đọng XDCB" : "Debts", title: title, notes: notes,
                    columns: [
                        .init(vi ? "Xã" : "Commune", width: 30), .init(vi ? "Nợ đọng (đồng)" : "Debt (đồng)", width: 18),
                        .init(vi ? "Đến ngày" : "As of", width: 12),
                    ],
                    rows: figures.debts.map { [.text($0.unit.name), .money($0.amount), .date($0.asOf)] }, landscape: false))
        }
        return tables
    }
}
