import Foundation
import Hummingbird
import NTMCore
import NTMExchange

/// "Xuất Excel" / "Xuất CSV" on the pages with tables: `?format=xlsx` or `?format=csv` on the page's own address
/// returns the table on screen, built from the same summary the page renders.
enum ExportFormat: String, Sendable {
    case xlsx, csv

    /// The format asked for, or nil for the page itself.
    static func requested(_ request: Request) throws -> ExportFormat? {
        guard let text = request.uri.queryParameters.get("format") else { return nil }
        guard let format = ExportFormat(rawValue: String(text)) else {
            throw AppError.badRequest(
                LocalizedText(vi: "định dạng xuất '\(text)' không có; dùng xlsx hoặc csv", en: "no export format '\(text)'; use xlsx or csv"),
                field: "format")
        }
        return format
    }
}

enum PageExport {
    struct Links {
        let xlsx: String
        let csv: String
    }

    static func links(_ path: String, _ items: [String: String?]) -> Links {
        Links(
            xlsx: Paths.with(path, items.merging(["format": "xlsx"]) { $1 }),
            csv: Paths.with(path, items.merging(["format": "csv"]) { $1 }))
    }

    /// The tables as a workbook (one sheet each), or the first table as CSV with a byte order mark.
    static func response(_ tables: [ExportTable], name: String, date: LocalDate, format: ExportFormat, language: Language) throws -> Response {
        let base = "\(name)_\(date.iso)"
        switch format {
        case .xlsx:
            let data = try XLSXWriter.write(TableExport.workbook(tables, language: language))
            return FileDownload.response(data, fileName: base + ".xlsx", contentType: FileDownload.xlsx)
        case .csv:
            let text = tables.first.map(ResultsExporter.csv) ?? ""
            return FileDownload.response(Data(text.utf8), fileName: base + ".csv", contentType: FileDownload.csv)
        }
    }
}
