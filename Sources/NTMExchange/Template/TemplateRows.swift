import NTMCore

/// The data sheet of a template: the heading lines, the column header and one line per indicator, with drop-down
/// lists on the cells that take a fixed answer and the print setup of a landscape A4 form.
struct TemplateRows {
    /// A fixed set of answers offered as a drop-down list in the new-value cell.
    enum Choice {
        case passFail, yesNo

        func options(_ language: Language) -> [String] {
            switch (self, language) {
            case (.passFail, .vi): ["Đạt", "Không đạt"]
            case (.passFail, .en): ["Met", "Not met"]
            case (.yesNo, .vi): ["Có", "Không"]
            case (.yesNo, .en): ["Yes", "No"]
            }
        }
    }

    struct Line {
        var commune: AdministrativeUnit
        var criterion: String
        var code: IndicatorCode
        var name: String
        var hint: String
        var threshold: String
        var choice: Choice?
        var inForce: ObservationRecord?
        var revision: Int
    }

    let language: Language
    private var lines: [Line] = []

    init(language: Language) { self.language = language }

    mutating func append(_ line: Line) { lines.append(line) }

    static let cell = XLSXStyle(border: true)
    static let wrapped = XLSXStyle(wrap: true, border: true)
    static let entry = XLSXStyle(locked: false, fill: "FFF2CC", border: true)
    static let header = XLSXStyle(bold: true, wrap: true, fill: "DDEBF7", border: true, horizontal: .center)

    func sheet(heading: TemplateHeading) -> XLSXSheet {
        let columns = TemplateColumn.allCases
        let lastColumn = columns.count - 1
        var rows: [[XLSXCell]] = heading.lines.enumerated().map { index, text in
            [.text(text, style: index == 0 ? XLSXStyle(bold: true) : XLSXStyle(italic: index == heading.lines.count - 1))]
        }
        rows.append([])
        let headerRow = rows.count
        rows.append(columns.map { .text($0.header(language), style: Self.header) })
        var choiceCells: [Choice: [XLSXRange]] = [:]
        for line in lines {
            if let choice = line.choice {
                choiceCells[choice, default: []].append(
                    XLSXRange(
                        firstRow: rows.count, firstColumn: TemplateColumn.newValue.rawValue, lastRow: rows.count,
                        lastColumn: TemplateColumn.newValue.rawValue))
            }
            rows.append(columns.map { cell($0, line) })
        }
        let validations = [Choice.passFail, .yesNo].map { choice in
            XLSXDataValidation(
                ranges: choiceCells[choice] ?? [], choices: choice.options(language),
                prompt: language == .vi ? "Chọn trong danh sách" : "Pick from the list",
                error: language == .vi
                    ? "Chỉ chọn \(choice.options(.vi).joined(separator: " hoặc "))"
                    : "Pick \(choice.options(.en).joined(separator: " or "))")
        }
        let footer =
            language == .vi
            ? "&L\(heading.footer)&RTrang &P/&N" : "&L\(heading.footer)&RPage &P of &N"
        return XLSXSheet(
            name: TemplateFormat.dataSheet(language), rows: rows, columnWidths: columns.map(\.width), frozenRows: headerRow + 1,
            isProtected: true,
            merges: (0..<heading.lines.count).map { XLSXRange(firstRow: $0, firstColumn: 0, lastRow: $0, lastColumn: lastColumn) },
            validations: validations,
            page: XLSXPageSetup(orientation: .landscape, fitToWidth: true, repeatRows: headerRow + 1, footer: footer))
    }

    private func cell(_ column: TemplateColumn, _ line: Line) -> XLSXCell {
        let style = column.wraps ? Self.wrapped : Self.cell
        switch column {
        case .unit: return .text(line.commune.code.rawValue, style: style)
        case .unitName: return .text(line.commune.name, style: style)
        case .criterion: return .text(line.criterion, style: style)
        case .indicator: return .text(line.code.rawValue, style: style)
        case .indicatorName: return .text(line.name, style: style)
        case .howToEnter: return .text(line.hint, style: style)
        case .threshold: return .text(line.threshold, style: style)
        case .currentValue: return .text(line.inForce?.value.text(language) ?? "", style: style)
        case .valueDate:
            guard let date = line.inForce?.slot.date else { return XLSXCell(.empty, style: style) }
            return .number(String(date.spreadsheetSerial), style: style.with(.date))
        case .status: return .text(line.inForce?.status.name(language) ?? "", style: style)
        case .revision: return .number(String(line.revision), style: style)
        case .newValue, .numerator, .denominator, .source, .evidence, .note: return XLSXCell(.empty, style: Self.entry)
        }
    }
}

/// What the template is for, printed above its table and on its instructions sheet.
struct TemplateHeading {
    let lines: [String]
    let footer: String
    let unitName: String
    let date: LocalDate
    let language: Language

    init(unit: AdministrativeUnit, parent: AdministrativeUnit?, date: LocalDate, set: CriteriaSet, communes: Int, language: Language) {
        let vi = language == .vi
        let place = unit.name + (parent.map { " – \($0.name)" } ?? "")
        let scope = "\(place) (\(communes) xã)"
        lines = [
            vi ? "BIỂU CẬP NHẬT SỐ LIỆU XÂY DỰNG NÔNG THÔN MỚI" : "NEW RURAL DEVELOPMENT DATA-ENTRY FORM",
            vi ? "Đơn vị: \(scope) — Số liệu đến ngày \(date.vietnamese)" : "Unit: \(scope) — values as of \(date.vietnamese)",
            (vi ? "Bộ tiêu chí: " : "Criteria set: ") + "\(set.title.text(language)) (\(set.legalBasis.decision))",
            vi
                ? "Chỉ nhập vào các ô màu vàng; không sửa các cột khác. Cách nhập: xem trang \"\(TemplateFormat.instructionsSheet(.vi))\"."
                : "Enter values in the yellow cells only; do not edit the other columns. See the \"\(TemplateFormat.instructionsSheet(.en))\" sheet.",
        ]
        footer = "\(unit.name) — \(date.vietnamese)"
        unitName = place
        self.date = date
        self.language = language
    }
}
