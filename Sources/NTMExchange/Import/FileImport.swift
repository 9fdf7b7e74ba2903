import Foundation
import NTMCore

/// Which importer reads a file, decided once for the command line and the web: an Excel template by its content
/// (a ZIP package) or its name, a CSV by its name; old binary Excel and OpenDocument files get a clear refusal.
public enum FileImport {
    public enum Format: Sendable, Equatable {
        case template, csv
    }

    public static func format(of data: Data, fileName: String) throws(ImportProblems) -> Format {
        let lower = fileName.lowercased()
        let zip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let compound = data.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        if lower.hasSuffix(".xls") || compound {
            throw refusal(
                fileName,
                LocalizedText(vi: "tệp Excel 97–2003 (.xls) không được hỗ trợ", en: "Excel 97–2003 files (.xls) are not supported"),
                fix: LocalizedText(
                    vi: "mở tệp bằng Excel, chọn Lưu thành… \"Excel Workbook (.xlsx)\" rồi nhập lại",
                    en: "open it in Excel, Save As… \"Excel Workbook (.xlsx)\" and import that"))
        }
        if lower.hasSuffix(".ods") {
            throw refusal(
                fileName, LocalizedText(vi: "tệp OpenDocument (.ods) không được hỗ trợ", en: "OpenDocument files (.ods) are not supported"),
                fix: LocalizedText(vi: "lưu tệp dưới dạng Excel (.xlsx) rồi nhập lại", en: "save it as an Excel workbook (.xlsx) and import that"))
        }
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || zip { return .template }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".txt") { return .csv }
        throw refusal(
            fileName,
            LocalizedText(vi: "không nhận dạng được loại tệp", en: "the kind of file is not recognised"),
            fix: LocalizedText(
                vi: "nhập biểu mẫu Excel (.xlsx) tải từ NTM Monitor, hoặc tệp CSV số liệu",
                en: "import an Excel template (.xlsx) downloaded from NTM Monitor, or an observations CSV file"))
    }

    /// Reads and checks the whole file; nothing is written.
    public static func plan(_ data: Data, fileName: String, engine: EvaluationEngine) throws(ImportProblems) -> ImportPlan {
        switch try format(of: data, fileName: fileName) {
        case .template: try TemplateImporter.plan(data, file: fileName, engine: engine)
        case .csv: try CSVImporter.plan(data, file: fileName, engine: engine)
        }
    }

    private static func refusal(_ file: String, _ message: LocalizedText, fix: LocalizedText) -> ImportProblems {
        ImportProblems([ImportProblem(file: file, message: message, fix: fix)])
    }
}
