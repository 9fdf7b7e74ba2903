import Foundation
import NTMCore
import NTMData

/// Turns the rows of a template's data sheet into changes, collecting every problem with its cell.
struct TemplateRowReader {
    let file: String
    let sheet: XLSXReadSheet
    let engine: EvaluationEngine
    let set: CriteriaSet
    let date: LocalDate
    /// Cells converted from a legacy encoding, by row and column (a cell is read more than once).
    private var converted: Set<[Int]> = []
    var convertedCells: Int { converted.count }
    private var problems: [ImportProblem] = []
    private var columns: [TemplateColumn: Int] = [:]
    /// The row holding the column headings (0-based); the values start below it.
    private var headerRow = 0

    init(file: String, sheet: XLSXReadSheet, engine: EvaluationEngine, set: CriteriaSet, date: LocalDate) {
        self.file = file
        self.sheet = sheet
        self.engine = engine
        self.set = set
        self.date = date
    }

    mutating func changes() throws(ImportProblems) -> [ObservationChange] {
        locateColumns()
        let missing = [TemplateColumn.unit, .indicator, .revision, .newValue, .numerator, .denominator].filter { columns[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.map { "'\($0.header(.vi))'" }.joined(separator: ", ")
            throw ImportProblems([
                ImportProblem(
                    file: file, sheet: sheet.name, row: headerRow + 1,
                    message: LocalizedText(vi: "dòng tiêu đề thiếu cột \(names)", en: "the header lacks \(names)"),
                    fix: LocalizedText(
                        vi: "không đổi tên hay xóa cột của biểu mẫu; tạo biểu mẫu mới nếu cần",
                        en: "do not rename or delete the template's columns; make a new template if needed"))
            ])
        }
        var changes: [ObservationChange] = []
        var firstRow: [String: Int] = [:]
        for row in (headerRow + 1)..<max(sheet.rowCount, headerRow + 1) {
            let entries = TemplateColumn.allCases.filter(\.isEntry).map { cell(row, $0) }
            guard entries.contains(where: { !$0.isEmpty }) else { continue }
            guard let change = change(at: row) else { continue }
            let key = "\(change.observation.unit)|\(change.observation.indicator)"
            if let earlier = firstRow[key] {
                problem(
                    row, .indicator,
                    vi: "chỉ tiêu \(change.observation.indicator) của xã \(change.observation.unit) đã được nhập ở dòng \(earlier + 1)",
                    en: "commune \(change.observation.unit) indicator \(change.observation.indicator) is also filled in on row \(earlier + 1)",
                    fixVi: "mỗi xã, mỗi chỉ tiêu chỉ nhập một dòng", fixEn: "keep one row per commune and indicator")
                continue
            }
            firstRow[key] = row
            changes.append(change)
        }
        if !problems.isEmpty { throw ImportProblems(problems) }
        return changes
    }

    /// Finds the heading row among the first rows — the title lines above it are for people — and the column of
    /// each heading, so columns may be moved but not renamed.
    private mutating func locateColumns() {
        for row in 0..<min(sheet.rowCount, TemplateFormat.headerSearchRows) {
            let found = Self.headings(in: sheet, row: row)
            if found[.unit] != nil, found[.indicator] != nil {
                headerRow = row
                columns = found
                return
            }
        }
        columns = Self.headings(in: sheet, row: 0)
    }

    static func headings(in sheet: XLSXReadSheet, row: Int) -> [TemplateColumn: Int] {
        var found: [TemplateColumn: Int] = [:]
        for column in 0..<sheet.columnCount {
            let header = sheet.value(row: row, column: column).text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let match = TemplateColumn.allCases.first(where: { $0.header(.vi) == header || $0.header(.en) == header }),
                found[match] == nil
            {
                found[match] = column
            }
        }
        return found
    }

    /// Whether `sheet` has a template's heading row: the data sheet, whatever it was renamed to.
    static func isDataSheet(_ sheet: XLSXReadSheet) -> Bool {
        (0..<min(sheet.rowCount, TemplateFormat.headerSearchRows)).contains { row in
            let found = headings(in: sheet, row: row)
            return found[.unit] != nil && found[.indicator] != nil
        }
    }

    /// An entry cell as the spreadsheet holds it: numbers keep their format (a percent cell stores 0.8 for 80 %),
    /// text is trimmed and converted from TCVN3/VNI.
    private mutating func typedCell(_ row: Int, _ column: TemplateColumn) -> TypedCell {
        guard let index = columns[column] else { return .empty }
        switch sheet.value(row: row, column: index) {
        case .number(let lexical):
            switch sheet.numberFormat(row: row, column: index) {
            case .percent: return .number(lexical, .percent)
            case .date: return .number(lexical, .date)
            case .general, .number, .text: return .number(lexical, .plain)
            }
        case .bool(let flag): return .bool(flag)
        case .empty: return .empty
        case .text: return .text(cell(row, column))
        }
    }

    /// The cell's text, trimmed, converted from TCVN3/VNI when it is legacy text.
    private mutating func cell(_ row: Int, _ column: TemplateColumn) -> String {
        guard let index = columns[column] else { return "" }
        let raw = sheet.value(row: row, column: index).text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard raw.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return raw }
        let normalized = LegacyVietnamese.normalize(raw)
        if normalized.converted != nil { converted.insert([row, index]) }
        return normalized.text
    }

    private mutating func problem(_ row: Int, _ column: TemplateColumn, vi: String, en: String, fixVi: String? = nil, fixEn: String? = nil) {
        let letter = columns[column].map(XLSXColumn.letters) ?? "?"
        problems.append(
            ImportProblem(
                file: file, sheet: sheet.name, row: row + 1, column: "\(letter) (\(column.header(.vi)))",
                message: LocalizedText(vi: vi, en: en),
                fix: fixVi.map { LocalizedText(vi: $0, en: fixEn ?? $0) }))
    }

    private mutating func change(at row: Int) -> ObservationChange? {
        let unitCode = UnitCode(cell(row, .unit))
        guard let unit = engine.units.unit(unitCode, on: date), unit.kind.countsAsNTMCommune else {
            problem(
                row, .unit, vi: "không có xã mã '\(unitCode)' vào ngày \(date.vietnamese)",
                en: "unknown commune code '\(unitCode)' on \(date.vietnamese)",
                fixVi: "giữ nguyên mã xã của biểu mẫu", fixEn: "use the codes the template was made with")
            return nil
        }
        let code = IndicatorCode(cell(row, .indicator))
        guard let observable = engine.observableKind(unit: unitCode, set: set.id, code: code, on: date) else {
            problem(
                row, .indicator, vi: "bộ tiêu chí \(set.id) không có chỉ tiêu '\(code)'", en: "criteria set \(set.id) has no indicator '\(code)'",
                fixVi: "giữ nguyên mã chỉ tiêu của biểu mẫu", fixEn: "use the indicator codes the template was made with")
            return nil
        }
        guard let value = value(at: row, observable: observable, code: code) else { return nil }
        let revisionText = cell(row, .revision)
        let revisionNumber = revisionText.isEmpty ? FixedDecimal.zero : try? NumberText.decimal(revisionText)
        guard let revisionNumber, revisionNumber.isInteger, revisionNumber >= .zero, revisionNumber < FixedDecimal(1_000_000_000) else {
            problem(
                row, .revision, vi: "'\(revisionText)' không phải số phiên bản", en: "'\(revisionText)' is not a revision number",
                fixVi: "không sửa cột Phiên bản", fixEn: "do not edit the Revision column")
            return nil
        }
        let observation = Observation(
            unit: unitCode, criteriaSet: set.id, indicator: code, date: date, value: value,
            source: nonEmpty(cell(row, .source)), evidence: nonEmpty(cell(row, .evidence)))
        do {
            try engine.validate(observation)
        } catch {
            if case .invalidValue(_, _, let valueError) = error {
                let fix = fix(for: valueError)
                problem(row, valueColumn(for: valueError), vi: valueError.text(.vi), en: valueError.text(.en), fixVi: fix?.vi, fixEn: fix?.en)
            } else {
                problem(row, .indicator, vi: error.text(.vi), en: error.text(.en))
            }
            return nil
        }
        let revision = Int(revisionNumber.scaled / FixedDecimal.scale)
        return ObservationChange(observation, expected: revision == 0 ? .none : .revision(revision), comment: nonEmpty(cell(row, .note)))
    }

    /// The value typed on `row`, read by the core's one parser, with each problem put at its cell.
    private mutating func value(at row: Int, observable: ObservableKind, code: IndicatorCode) -> ObservationValue? {
        let input = ValueInput(value: typedCell(row, .newValue), numerator: typedCell(row, .numerator), denominator: typedCell(row, .denominator))
        do {
            guard let value = try ValueParser.parse(input, as: observable, code: code) else {
                problem(
                    row, .newValue, vi: "đang để trống", en: "is empty", fixVi: "nhập giá trị, hoặc tử số và mẫu số",
                    fixEn: "enter the value, or the numerator and denominator")
                return nil
            }
            return value
        } catch {
            let column: TemplateColumn
            switch error.field {
            case .value: column = .newValue
            case .numerator: column = .numerator
            case .denominator: column = .denominator
            }
            let fix = Self.fix(for: error.reason)
            problem(row, column, vi: error.text(.vi), en: error.text(.en), fixVi: fix?.vi, fixEn: fix?.en)
            return nil
        }
    }

    /// What to do about a value that cannot be read.
    private static func fix(for reason: ValueParseError.Reason) -> LocalizedText? {
        switch reason {
        case .notYesNo: LocalizedText(vi: "chọn Đạt hoặc Không đạt trong danh sách", en: "pick Đạt or Không đạt from the list")
        case .notWhole: LocalizedText(vi: "chỉ nhập chữ số, ví dụ 1250", en: "enter digits only, e.g. 1250")
        case .notANumber: LocalizedText(vi: "nhập số, ví dụ 45 hoặc 45,5", en: "enter a number such as 45 or 45,5")
        case .bothValueAndRatio: LocalizedText(vi: "xóa một trong hai", en: "clear one of them")
        case .missingPart: LocalizedText(vi: "nhập cả tử số và mẫu số", en: "enter both numerator and denominator")
        case .kindNotSet:
            LocalizedText(
                vi: "để trống dòng này cho đến khi Văn phòng Điều phối cấu hình chỉ tiêu",
                en: "leave this row empty until the office configures the indicator")
        default: nil
        }
    }

    private func valueColumn(for error: ObservationValueError) -> TemplateColumn {
        switch error {
        case .numeratorExceedsDenominator: .numerator
        case .zeroDenominator: .denominator
        default: .newValue
        }
    }

    private func fix(for error: ObservationValueError) -> LocalizedText? {
        switch error {
        case .zeroDenominator: LocalizedText(vi: "nhập tổng số (mẫu số) lớn hơn 0", en: "enter the total (denominator) above 0")
        case .numeratorExceedsDenominator:
            LocalizedText(
                vi: "tử số là một phần của mẫu số; kiểm tra lại hai số",
                en: "the numerator counts part of the denominator; check both numbers")
        case .percentOutOfRange: LocalizedText(vi: "nhập tỷ lệ từ 0 đến 100", en: "enter a percentage between 0 and 100")
        case .negativeCount, .negativeAmount: LocalizedText(vi: "nhập giá trị từ 0 trở lên", en: "enter a value of 0 or more")
        default: nil
        }
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
