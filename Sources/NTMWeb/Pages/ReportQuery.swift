import Foundation
import Hummingbird
import NTMCore
import NTMReports
import NTMTasks

/// What a report download asks for, read the same way by the "Báo cáo" page and the API: either a briefing
/// session's frozen figures (`session=ID`), or the overview's scope, date and bands with the parts
/// (`sections=summary,communes` or one `sections` per ticked box), the number, signer and date line; and the format.
struct ReportQuery: Sendable {
    enum Format: String, Sendable {
        case docx, pdf
    }

    enum Figures: Sendable {
        case cutOff(ReportDesk.BriefingRequest)
        case session(String)
    }

    var figures: Figures
    var format: Format

    init(request: Request, services: WebServices) async throws {
        format = try Self.format(request)
        if let given = request.uri.queryParameters.get("session") {
            let session = String(given)
            guard Directive.isValidID(session) else {
                throw AppError.badRequest(
                    LocalizedText(vi: "'\(session)' không phải mã cuộc họp", en: "'\(session)' is not a session id"), field: "session")
            }
            figures = .session(session)
            return
        }
        let overview = try await OverviewQuery(request: request, services: services)
        let query = Query(request: request)
        let codes = request.uri.queryParameters.getAll("sections").joined(separator: ",")
        // Refused as a 400 naming the field `sections` (ProblemDetails maps `ReportError`).
        let sections = try ReportSection.parse(codes)
        // An empty `issued` (the form's field left blank) means the cut-off day, as an absent one does.
        let issued = query.string("issued") == nil ? nil : try query.date("issued", default: overview.date)
        figures = .cutOff(
            ReportDesk.BriefingRequest(
                scope: overview.scope, date: overview.date, bands: overview.bands, sections: sections,
                number: try Self.text(query, "number", limit: 40), signer: try Self.text(query, "signer", limit: 120), issuedOn: issued))
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
