import NTMCore
import NTMData
import NTMFunds

/// The funding table of a commune or district as an .xlsx to fill in: the first sheet in the funding CSV's columns
/// (row 1 the headings `FundsLoader` reads, so a filled template imports like a CSV, with errors at Excel's rows),
/// prefilled with every figure in force of the unit and its communes for the year, and one blank row per unit and
/// source to add to; drop-down lists for the coded columns; a second sheet explains the codes in Vietnamese and
/// English. Rows whose amount is left empty are not read.
public enum FundsTemplate {
    /// District budgets ended with the district level: the two-level local government applies from 01/07/2025
    /// (amended Constitution, art. 110; `criteria-2021-2025.md` §7).
    static let districtsAbolished = LocalDate(year: 2025, month: 7, day: 1) ?? LocalDate(dayNumber: 0)

    public static func workbook(
        unit: AdministrativeUnit, year: Int, on date: LocalDate, book: FundBook, units: UnitHierarchy, language: Language
    ) -> XLSXWorkbook {
        let scope = [unit.code] + units.descendants(of: unit.code, on: date).filter { $0.kind.isCommuneLevel }.map(\.code)
        let current = book.entries(of: Set(scope), through: date)
        let body = XLSXStyle(border: true), entry = XLSXStyle.entry.with(nil)
        let dateStyle = body.with(.date), moneyStyle = entry.with(.integer)
        func row(_ values: [String?], asOf: LocalDate, amount: Money?, document: String, style: XLSXStyle) -> [XLSXCell] {
            values.map { .text($0 ?? "", style: style) } + [
                .number(String(asOf.spreadsheetSerial), style: dateStyle),
                amount.map { .number(String($0.dong), style: moneyStyle) } ?? XLSXCell(.empty, style: moneyStyle), .text(document, style: entry),
            ]
        }
        var rows: [[XLSXCell]] = [FundsLoader.columns.map { .text($0, style: .header) }]
        for figure in current.amounts where figure.line.year == year {
            let line = figure.line
            rows.append(
                row(
                    [
                        line.unit.rawValue, String(line.year), line.source.rawValue, line.programme, line.contribution?.rawValue,
                        line.capital.rawValue,
                        line.origin.rawValue, line.criterion.map(String.init), line.project, figure.phase.rawValue,
                    ], asOf: figure.asOf, amount: figure.amount, document: figure.document, style: body))
        }
        for code in scope {
            for source in FundingSource.allCases where source != .districtBudget || date < districtsAbolished {
                rows.append(
                    row(
                        [
                            code.rawValue, String(year), source.rawValue, nil, nil, CapitalType.investment.rawValue, PlanOrigin.currentYear.rawValue,
                            nil, nil,
                            FundPhase.disbursed.rawValue,
                        ],
                        asOf: date, amount: nil, document: "", style: entry))
            }
        }
        let last = rows.count - 1
        func list(_ column: Int, _ choices: [String], _ prompt: String) -> XLSXDataValidation {
            XLSXDataValidation(
                range: XLSXRange(firstRow: 1, firstColumn: column, lastRow: max(last, 1), lastColumn: column), choices: choices, prompt: prompt,
                error: language == .vi ? "Chọn một mã trong danh sách (xem trang Hướng dẫn)." : "Choose a code from the list (see the Guide sheet).")
        }
        let table = XLSXSheet(
            name: language == .vi ? "Nguồn vốn" : "Funds", rows: rows, columnWidths: [10, 7, 14, 24, 10, 8, 14, 9, 18, 13, 12, 18, 28], frozenRows: 1,
            autoFilter: XLSXRange(firstRow: 0, firstColumn: 0, lastRow: max(last, 1), lastColumn: FundsLoader.columns.count - 1),
            validations: [
                list(2, FundingSource.allCases.map(\.rawValue), FundingSource.accepted(language)),
                list(4, ContributionKind.allCases.map(\.rawValue), ContributionKind.accepted(language)),
                list(5, CapitalType.allCases.map(\.rawValue), CapitalType.accepted(language)),
                list(6, PlanOrigin.allCases.map(\.rawValue), PlanOrigin.accepted(language)),
                list(9, FundPhase.allCases.map(\.rawValue) + [FundsLoader.debtPhase], FundPhase.accepted(language)),
            ],
            page: XLSXPageSetup(orientation: .landscape, fitToWidth: true, repeatRows: 1, footer: "&L\(unit.name) \(year)&R&P/&N"))
        return XLSXWorkbook(sheets: [table, guide(unit: unit, year: year, on: date, language: language)])
    }

    static func guide(unit: AdministrativeUnit, year: Int, on date: LocalDate, language: Language) -> XLSXSheet {
        let vi = language == .vi
        let lines: [String] = [
            vi
                ? "Bảng nguồn vốn \(unit.name), năm \(year), số liệu đến ngày \(date.vietnamese)"
                : "Funding table of \(unit.name), \(year), figures to \(date.iso)",
            vi
                ? "Mỗi dòng là số lũy kế của một giai đoạn (phase) của một dòng vốn đến ngày as_of, bằng đồng (amount). Dòng để trống số tiền không được đọc."
                : "Each row is the amount of one phase of one funding line accumulated to as_of, in đồng (amount). Rows with no amount are not read.",
            vi
                ? "Số tiền ghi bằng đồng: 1234567, 1.234.567 hoặc 1,234,567 đều được; 1.250 bị từ chối vì hiểu hai cách. Không nhập số âm."
                : "Amounts in đồng: 1234567, 1.234.567 or 1,234,567 are read; 1.250 is refused as ambiguous. No negative amounts.",
            vi
                ? "Ngày as_of nằm trong năm (quyết toán có thể sang năm sau). Sửa số đã nhập: ghi lại cùng dòng, cùng ngày với số mới (lưu thành bản sửa, giữ lịch sử)."
                : "as_of falls within the year (settlement may fall in the next). To correct a figure, enter the same line and day with the new amount (kept as a revision).",
            vi
                ? "Nợ đọng XDCB của xã: giai đoạn NO-DONG, chỉ ghi unit, as_of, amount, document."
                : "A commune's construction debt: phase NO-DONG with unit, as_of, amount, document only.",
            "",
            "source: " + FundingSource.accepted(language),
            "programme: " + (vi ? "tên chương trình nguồn, chỉ cho LONG-GHEP" : "the originating programme, LONG-GHEP only"),
            "contribution: " + ContributionKind.accepted(language) + (vi ? " — chỉ cho DAN-GOP" : " — DAN-GOP only"),
            "capital: " + CapitalType.accepted(language), "origin: " + PlanOrigin.accepted(language),
            "criterion: "
                + (vi
                    ? "số tiêu chí được đầu tư (ví dụ 2 hoặc TC2), có thể để trống" : "the criterion the money serves (e.g. 2 or TC2), may be empty"),
            "phase: " + FundPhase.accepted(language) + ", \(FundsLoader.debtPhase)",
        ]
        return XLSXSheet(
            name: vi ? "Hướng dẫn" : "Guide",
            rows: lines.enumerated().map { [.text($1, style: $0 == 0 ? XLSXStyle(bold: true) : XLSXStyle(wrap: true))] },
            columnWidths: [140])
    }
}
