import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NTMCore
import NTMData
import NTMExchange
import NTMFunds
import NTMReports
import NTMStore
import NTMTasks

/// RFC 9457 problem details, the API's error body (`application/problem+json`).
struct ProblemDetails: Encodable, Sendable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var errors: [ProblemField]?
    /// The `Allow` header of a 405; not part of the body.
    var allow: String?
    /// The `Retry-After` header of a 429, in seconds.
    var retryAfter: Int?

    private enum CodingKeys: String, CodingKey { case type, title, status, detail, errors }

    struct ProblemField: Encodable, Sendable {
        var field: String
        var message: String
    }

    /// Maps anything a handler throws to a status and a message a person can act on.
    static func from(_ error: any Error, language: Language) -> ProblemDetails {
        switch error {
        case let error as AppError:
            var details = make(error.status, slug(error), error.detail(language))
            if case .methodNotAllowed(let methods) = error { details.allow = methods.map(\.rawValue).joined(separator: ", ") }
            if case .throttled(let seconds) = error { details.retryAfter = seconds }
            if case .invalid(let problems) = error {
                details.errors = problems.map { ProblemField(field: $0.field, message: $0.message.text(language)) }
            }
            return details
        case let error as StoreError:
            switch error {
            case .conflict, .documentChanged: return make(.conflict, "conflict", error.text(language))
            case .review: return make(.conflict, "review-state", error.text(language))
            case .noValue, .unknownDocument: return make(.notFound, "not-found", error.text(language))
            case .duplicateInBatch: return make(.unprocessableContent, "duplicate", error.text(language))
            case .textTooLong: return make(.unprocessableContent, "too-long", error.text(language))
            case .backupFailed, .unsupported: return make(.internalServerError, "store", error.text(language))
            }
        case let error as TaskError:
            switch error {
            case .invalid(let problems):
                var details = make(.unprocessableContent, "invalid", error.text(language))
                details.errors = problems.map { ProblemField(field: $0.field, message: $0.message.text(language)) }
                return details
            case .unknownTask, .unknownDirective, .unknownSession: return make(.notFound, "not-found", error.text(language))
            case .directiveExists, .taskExists, .taskClosed, .sessionExists: return make(.conflict, "conflict", error.text(language))
            case .noFigures: return make(.unprocessableContent, "no-figures", error.text(language))
            case .snapshotAltered: return make(.internalServerError, "altered", error.text(language))
            case .forbidden: return make(.forbidden, "forbidden", error.text(language))
            }
        case let error as FundError:
            switch error {
            case .invalid(let problems):
                var details = make(.unprocessableContent, "invalid", error.text(language))
                details.errors = problems.map { ProblemField(field: $0.path, message: $0.message.text(language)) }
                return details
            case .forbidden: return make(.forbidden, "forbidden", error.text(language))
            case .overflow: return make(.unprocessableContent, "overflow", error.text(language))
            }
        case let error as ReportError:
            switch error {
            case .noDirective: return make(.notFound, "not-found", error.text(language))
            case .unknownSection:
                var details = make(.badRequest, "bad-request", error.text(language))
                details.errors = [ProblemField(field: "sections", message: error.text(language))]
                return details
            // Not the client's fault and not a bug: this server cannot make PDFs. The .docx is still available.
            case .pdfUnavailable: return make(.notImplemented, "pdf-unavailable", error.text(language))
            case .conversionFailed: return make(.internalServerError, "conversion", error.text(language))
            }
        case let error as MoneyError:
            return make(.unprocessableContent, "overflow", error.text(language))
        case let error as EngineError:
            if case .unknownUnit = error { return make(.notFound, "unknown-unit", error.text(language)) }
            return make(.unprocessableContent, "invalid-value", error.text(language))
        case let error as CatalogError:
            return make(.unprocessableContent, "no-criteria-set", error.text(language))
        case let error as ValueParseError:
            return make(.unprocessableContent, "invalid-value", error.text(language))
        case let error as ImportProblems:
            var details = make(.unprocessableContent, "invalid-file", error.text(language))
            details.errors = error.problems.map {
                ProblemField(
                    field: [$0.sheet, $0.row.map { "row \($0)" }, $0.column].compactMap { $0 }.joined(separator: ", "),
                    message: $0.message.text(language))
            }
            return details
        case let error as DataFileErrors:
            var details = make(.unprocessableContent, "invalid-file", error.text(language))
            details.errors = error.errors.map { problem in
                ProblemField(
                    field: problem.line.map { "\(problem.file):\($0)" } ?? problem.file, message: problem.localized.text(language))
            }
            return details
        case is NIOTooManyBytesError:
            return make(
                .contentTooLarge, "too-large",
                language == .vi
                    ? "Nội dung gửi lên quá lớn cho địa chỉ này (tệp tối đa \(BodyLimits.upload >> 20) MB, biểu mẫu tối đa \(BodyLimits.form >> 10) KB)."
                    : "The request body is too large for this address (files up to \(BodyLimits.upload >> 20) MB, forms up to \(BodyLimits.form >> 10) KB)."
            )
        case let error as HTTPError:
            return make(error.status, "http", error.body ?? StatusTitle.detail(error.status, language))
        case let error as DecodingError:
            // The field and what was wrong, never the decoder's internals.
            var details = make(.badRequest, "malformed", language == .vi ? "Nội dung JSON không đúng định dạng." : "The JSON body is malformed.")
            if let field = Self.field(of: error) { details.errors = [ProblemField(field: field.path, message: field.problem.text(language))] }
            return details
        default:
            return make(.internalServerError, "internal", language == .vi ? "Lỗi máy chủ." : "Internal server error.")
        }
    }

    /// Where a JSON body went wrong, as a path such as `changes[0].value`, and what kind of problem it was.
    static func field(of error: DecodingError) -> (path: String, problem: LocalizedText)? {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), LocalizedText(vi: "thiếu trường này", en: "this field is missing"))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return (path(context.codingPath), LocalizedText(vi: "sai kiểu dữ liệu", en: "has the wrong type"))
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            return (field.isEmpty ? "body" : field, LocalizedText(vi: "giá trị không hợp lệ", en: "is not a valid value"))
        @unknown default:
            return nil
        }
    }

    static func make(_ status: HTTPResponse.Status, _ slug: String, _ detail: String) -> ProblemDetails {
        ProblemDetails(type: "https://ntm.example/problems/\(slug)", title: status.reasonPhrase, status: status.code, detail: detail)
    }

    private static func slug(_ error: AppError) -> String {
        switch error {
        case .unauthenticated: "unauthenticated"
        case .forbidden: "forbidden"
        case .csrf: "csrf"
        case .notFound: "not-found"
        case .badRequest: "bad-request"
        case .invalid: "invalid"
        case .unsupportedMediaType: "unsupported-media-type"
        case .throttled: "throttled"
        case .methodNotAllowed: "method-not-allowed"
        }
    }

    var httpStatus: HTTPResponse.Status { HTTPResponse.Status(code: status) }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var headers: HTTPFields = [.contentType: "application/problem+json", .cacheControl: "no-store"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        if let allow { headers[.allow] = allow }
        return Response(status: httpStatus, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
