import Foundation
import NTMCore
import NTMData

/// Reads filled data-entry templates (.xlsx) back into changes, checking every row before anything is written.
public enum TemplateImporter {
    public static func plan(_ data: Data, file: String, engine: EvaluationEngine) throws(ImportProblems) -> ImportPlan {
        let sheets: [XLSXReadSheet]
        do { sheets = try XLSXReader.read(data) } catch {
            throw ImportProblems([
                ImportProblem(
                    file: file, message: LocalizedText(vi: "không đọc được tệp Excel: \(error.description)", en: error.description),
                    fix: LocalizedText(
                        vi: "lưu tệp dưới dạng Excel (.xlsx) hoặc CSV rồi nhập lại",
                        en: "save the file as an Excel workbook (.xlsx) or a CSV file and import it again"))
            ])
        }
        let metadata = try readMetadata(sheets, file: file)
        let visible = sheets.filter { !$0.isHidden && $0.name != TemplateFormat.metadataSheet }
        guard let dataSheet = visible.first(where: TemplateRowReader.isDataSheet) ?? visible.first else {
            throw ImportProblems([
                ImportProblem(
                    file: file, message: LocalizedText(vi: "tệp không có trang dữ liệu", en: "the workbook has no data sheet"),
                    fix: LocalizedText(
                        vi: "dùng biểu mẫu tải từ NTM Monitor (\"Tải mẫu Excel\" hoặc lệnh `ntm template`)",
                        en: "use a template downloaded from NTM Monitor (\"Excel template\" or `ntm template`)"))
            ])
        }
        let national: CriteriaSet
        do { national = try engine.catalog.setInForce(level: .commune, on: metadata.date, for: .commune) } catch {
            throw ImportProblems([
                ImportProblem(
                    file: file, sheet: TemplateFormat.metadataSheet,
                    message: LocalizedText(
                        vi: "ngày của biểu mẫu (\(metadata.date.vietnamese)) nằm ngoài thời gian hiệu lực của mọi bộ tiêu chí",
                        en: "the template's date \(metadata.date.vietnamese) is outside every criteria set's validity (\(error.description))"),
                    fix: LocalizedText(
                        vi: "tạo biểu mẫu mới cho một ngày trong thời gian hiệu lực của bộ tiêu chí",
                        en: "make a new template for a date within a criteria set's validity"))
            ])
        }
        guard national.id == metadata.set else {
            throw ImportProblems([
                ImportProblem(
                    file: file, sheet: TemplateFormat.metadataSheet,
                    message: LocalizedText(
                        vi:
                            "biểu mẫu này dùng bộ tiêu chí '\(metadata.set)', nhưng ngày \(metadata.date.vietnamese) áp dụng bộ '\(national.id)' (\(national.legalBasis.decision))",
                        en:
                            "this template is for criteria set '\(metadata.set)', but '\(national.id)' (\(national.legalBasis.decision)) is in force on \(metadata.date.vietnamese)"
                    ),
                    fix: LocalizedText(
                        vi: "tải biểu mẫu mới (\"Tải mẫu Excel\" hoặc lệnh `ntm template`) rồi chép số liệu sang",
                        en: "download a new template (\"Excel template\" or `ntm template`) and copy the values into it"))
            ])
        }
        var reader = TemplateRowReader(file: file, sheet: dataSheet, engine: engine, set: national, date: metadata.date)
        let changes = try reader.changes()
        return ImportPlan(changes: changes, convertedCells: reader.convertedCells, criteriaSet: national.id, date: metadata.date)
    }

    struct Metadata {
        var set: CriteriaSetID
        var date: LocalDate
    }

    static func readMetadata(_ sheets: [XLSXReadSheet], file: String) throws(ImportProblems) -> Metadata {
        guard let sheet = sheets.first(where: { $0.name == TemplateFormat.metadataSheet }) else {
            throw ImportProblems([
                ImportProblem(
                    file: file,
                    message: LocalizedText(
                        vi: "tệp này không phải biểu mẫu NTM Monitor (không có trang '_ntm')",
                        en: "this workbook is not an NTM Monitor template (it has no '_ntm' sheet)"),
                    fix: LocalizedText(
                        vi: "tải biểu mẫu từ NTM Monitor (\"Tải mẫu Excel\" hoặc lệnh `ntm template`), hoặc nhập tệp CSV",
                        en: "download the template from NTM Monitor (\"Excel template\" or `ntm template`), or import a CSV file"))
            ])
        }
        var values: [String: String] = [:]
        for row in 0..<sheet.rowCount {
            if case .text(let key) = sheet.value(row: row, column: 0) { values[key] = sheet.value(row: row, column: 1).text }
        }
        guard values[TemplateFormat.Key.format.rawValue] == TemplateFormat.identifier else {
            throw ImportProblems([
                ImportProblem(
                    file: file, sheet: sheet.name,
                    message: LocalizedText(
                        vi: "trang '_ntm' không mô tả biểu mẫu NTM Monitor", en: "the '_ntm' sheet does not describe an NTM Monitor template"),
                    fix: LocalizedText(
                        vi: "tải lại biểu mẫu (\"Tải mẫu Excel\" hoặc lệnh `ntm template`)",
                        en: "download the template again (\"Excel template\" or `ntm template`)"))
            ])
        }
        guard let set = values[TemplateFormat.Key.criteriaSet.rawValue], let dateText = values[TemplateFormat.Key.date.rawValue],
            let date = LocalDate(iso: dateText)
        else {
            throw ImportProblems([
                ImportProblem(
                    file: file, sheet: sheet.name,
                    message: LocalizedText(vi: "biểu mẫu thiếu bộ tiêu chí hoặc ngày", en: "the template's criteria set or date is missing"),
                    fix: LocalizedText(
                        vi: "tải lại biểu mẫu (\"Tải mẫu Excel\" hoặc lệnh `ntm template`)",
                        en: "download the template again (\"Excel template\" or `ntm template`)"))
            ])
        }
        return Metadata(set: CriteriaSetID(set), date: date)
    }
}

extension XLSXValue {
    /// The cell as text, numbers in their stored form; empty cells give "".
    var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .empty: ""
        }
    }
}
