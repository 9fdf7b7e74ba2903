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
                    file: file, sheet: sheet.name, row: 1,
                    message: LocalizedText(vi: "dòng tiêu đề thiếu cột \(names)", en: "the header lacks \(names)"),
                    fix: LocalizedText(
                        vi: "không đổi tên hay xóa cột của biểu mẫu; tạo biểu mẫu mới nếu cần",
                        en: "do not rename or delete the template's columns; make a new template if needed"))
            ])
        }
        var changes: [ObservationChange] = []
        var firstRow: [String: Int] = [:]
        for row in 1..<max(sheet.rowCount, 1) {
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

    private mutating func locateColumns() {
        for column in 0..<sheet.columnCount {
            let header = sheet.value(row: 0, column: column).text.trimmingSpaces()
            if let match = TemplateColumn.allCases.first(where: { $0.header(.vi) == header || $0.header(.en) == header }) {
                columns[match] = column
            }
        }
    }

    /// The cell's text, trimmed, converted from TCVN3/VNI when it is legacy text.
    private mutating func cell(_ row: Int, _ column: TemplateColumn) -> String {
        guard let index = columns[column] else { return "" }
        let raw = sheet.value(row: row, column: index).text.trimmingSpaces()
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
        guard let value = value(at: row, observable: observable) else { return nil }
        let revisionText = cell(row, .revision)
        guard let revision = Int(revisionText.isEmpty ? "0" : CellNumber.wholeNumberText(revisionText) ?? "x"), revision >= 0 else {
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
        return ObservationChange(observation, expected: revision == 0 ? .none : .revision(revision), comment: nonEmpty(cell(row, .note)))
    }

    private mutating func value(at row: Int, observable: ObservableKind) -> ObservationValue? {
        let text = cell(row, .newValue), numerator = cell(row, .numerator), denominator = cell(row, .denominator)
        switch observable {
        case .derived:
            problem(
                row, .indicator, vi: "chỉ tiêu này được tính từ kết quả các xã, không nhập",
                en: "this indicator is computed from commune results and cannot be entered")
            return nil
        case .indicator(nil):
            problem(
                row, .indicator, vi: "bộ tiêu chí chưa xác định cách đo chỉ tiêu này nên chưa nhập được",
                en: "the criteria set does not say how this indicator is measured, so no value can be entered",
                fixVi: "để trống dòng này cho đến khi Văn phòng Điều phối cấu hình chỉ tiêu",
                fixEn: "leave this row empty until the office configures the indicator")
            return nil
        case .condition, .indicator(.passFail?):
            guard let met = CellNumber.passFail(text) else {
                problem(
                    row, .newValue, vi: "'\(text)' không phải Đạt/Không đạt (hoặc Có/Không)", en: "'\(text)' is not Đạt/Không đạt (or Có/Không)",
                    fixVi: "ghi Đạt hoặc Không đạt", fixEn: "write Đạt or Không đạt")
                return nil
            }
            return .passFail(met)
        case .indicator(.percentage?):
            if !numerator.isEmpty || !denominator.isEmpty {
                guard let n = number(row, .numerator, numerator, whole: true), let d = number(row, .denominator, denominator, whole: true) else {
                    return nil
                }
                if !text.isEmpty {
                    problem(
                        row, .newValue, vi: "chỉ nhập tỷ lệ % hoặc tử số và mẫu số, không nhập cả hai",
                        en: "give either a percentage or a numerator and denominator, not both", fixVi: "xóa một trong hai",
                        fixEn: "clear one of them")
                    return nil
                }
                return .ratio(numerator: n.scaled / FixedDecimal.scale, denominator: d.scaled / FixedDecimal.scale)
            }
            guard let percent = number(row, .newValue, text.hasSuffix("%") ? String(text.dropLast()) : text, whole: false) else { return nil }
            return .percent(percent)
        case .indicator(.amount?):
            return number(row, .newValue, text, whole: false).map(ObservationValue.amount)
        case .indicator(.count?), .indicator(.mustBeNone?):
            return number(row, .newValue, text, whole: true).map { .count($0.scaled / FixedDecimal.scale) }
        }
    }

    private mutating func number(_ row: Int, _ column: TemplateColumn, _ text: String, whole: Bool) -> FixedDecimal? {
        guard !text.isEmpty else {
            problem(
                row, column, vi: "đang để trống", en: "is empty",
                fixVi: column == .newValue ? "nhập giá trị" : "nhập cả tử số và mẫu số",
                fixEn: column == .newValue ? "enter the value" : "enter both numerator and denominator")
            return nil
        }
        guard let value = CellNumber.decimal(text), !whole || value.isInteger else {
            problem(
                row, column, vi: "'\(text)' không phải \(whole ? "số nguyên" : "số")",
                en: "'\(text)' is not \(whole ? "a whole number" : "a number")",
                fixVi: whole ? "chỉ nhập chữ số, ví dụ 1250" : "nhập số, ví dụ 45 hoặc 45,5",
                fixEn: whole ? "enter digits only, e.g. 1250" : "enter a number such as 45 or 45,5")
            return nil
        }
        return value
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
