import Foundation
import Hummingbird
import NTMCore
import NTMReports

/// What a report download asks for, read the same way by the "Báo cáo" page and the API: the overview's scope,
/// date and bands, the parts (`sections=summary,communes` or one `sections` per ticked box), the number, signer
/// and date line, and the format.
struct ReportQuery: Sendable {
    enum Format: String, Sendable {
        case docx, pdf
    }

    var request: ReportDesk.BriefingRequest
    var format: Format

    init(request: Request, services: WebServices) async throws {
        let overview = try await OverviewQuery(request: request, services: services)
        let query = Query(request: request)
        let codes = request.uri.queryParameters.getAll("sections").joined(separator: ",")
        let sections: Set<ReportSection>
        switch ReportSection.parse(codes) {
        case .success(let parsed): sections = parsed
        case .failure(let unknown): throw AppError.badRequest(LocalizedText(ReportError.unknownSection(unknown.code)), field: "sections")
        }
        self.request = ReportDesk.BriefingRequest(
            scope: overview.scope, date: overview.date, bands: overview.bands, sections: sections,
            number: try Self.text(query, "number", limit: 40), signer: try Self.text(query, "signer", limit: 120),
            issuedOn: try query.string("issued").map { _ in try query.date("issued", default: overview.date) })
        format = try Self.format(request)
    }

    /// A free-text field printed in the document, within the length the form allows.
    static func text(_ query: Query, _ name: String, limit: Int) throws -> String? {
        guard let text = query.string(name) else { return nil }
        guard text.count <= limit else {
            throw AppError.badRequest(
                LocalizedText(vi: "'\(name)' dài quá \(limit) ký tự", en: "'\(name)' is longer than \(limit) characters"), field: name)
        }
        return text
    }

    /// `docx` unless `format=pdf`; anything else is refused, naming the field.
    static func format(_ request: Request) throws -> Format {
        guard let text = request.uri.queryParameters.get("format") else { return .docx }
        guard let format = Format(rawValue: String(text)) else {
            throw AppError.badRequest(
                LocalizedText(vi: "định dạng '\(text)' không có; dùng docx hoặc pdf", en: "no format '\(text)'; use docx or pdf"), field: "format")
        }
        return format
    }

    /// The file, as .docx or converted to PDF; PDF without LibreOffice is refused with the reason.
    static func response(docx: Data, name: String, format: Format, services: WebServices) async throws -> Response {
        switch format {
        case .docx:
            return FileDownload.response(docx, fileName: name, contentType: FileDownload.docx)
        case .pdf:
            guard let converter = services.pdf else { throw ReportError.pdfUnavailable }
            let pdf = try await converter.pdf(from: docx)
            return FileDownload.response(pdf, fileName: String(name.dropLast(".docx".count)) + ".pdf", contentType: FileDownload.pdf)
        }
    }
}

extension LocalizedText {
    init(_ error: ReportError) { self.init(vi: error.text(.vi), en: error.text(.en)) }
}
