import Hummingbird
import NTMCore

/// Errors the web layer raises itself, each with its HTTP status and a message in both languages.
enum AppError: Error, Sendable {
    case unauthenticated
    case forbidden(LocalizedText)
    case csrf
    case notFound(LocalizedText)
    case badRequest(LocalizedText, field: String? = nil)
    case invalid([FieldProblem])
    case unsupportedMediaType
    case throttled(retryAfter: Int)
    case methodNotAllowed([HTTPRequest.Method])

    var status: HTTPResponse.Status {
        switch self {
        case .unauthenticated: .unauthorized
        case .forbidden, .csrf: .forbidden
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .invalid: .unprocessableContent
        case .unsupportedMediaType: .unsupportedMediaType
        case .throttled: .tooManyRequests
        case .methodNotAllowed: .methodNotAllowed
        }
    }

    func detail(_ language: Language) -> String {
        switch (self, language) {
        case (.unauthenticated, .vi): "Cần đăng nhập."
        case (.unauthenticated, .en): "Sign in first."
        case (.forbidden(let text), _): text.text(language)
        case (.csrf, .vi): "Yêu cầu thiếu hoặc sai mã chống giả mạo (CSRF); hãy tải lại trang và thử lại."
        case (.csrf, .en): "The request's anti-forgery (CSRF) token is missing or wrong; reload the page and try again."
        case (.notFound(let what), .vi): "Không tìm thấy \(what.vi)."
        case (.notFound(let what), .en): "\(what.text(.en)) was not found."
        case (.badRequest(let text, _), _): text.text(language)
        case (.invalid(let problems), _): problems.map { $0.message.text(language) }.joined(separator: "; ")
        case (.unsupportedMediaType, .vi): "Nội dung phải là JSON (Content-Type: application/json)."
        case (.unsupportedMediaType, .en): "The body must be JSON (Content-Type: application/json)."
        case (.throttled(let seconds), .vi): "Đăng nhập sai quá nhiều lần; thử lại sau \(seconds / 60 + 1) phút."
        case (.throttled(let seconds), .en): "Too many failed sign-ins; try again in \(seconds / 60 + 1) minutes."
        case (.methodNotAllowed(let methods), .vi): "Địa chỉ này chỉ nhận \(methods.map(\.rawValue).joined(separator: ", "))."
        case (.methodNotAllowed(let methods), .en): "This address accepts only \(methods.map(\.rawValue).joined(separator: ", "))."
        }
    }
}

/// One invalid part of a request, named by its field (`changes[3].value`) for forms and API clients.
public struct FieldProblem: Sendable, Encodable {
    public var field: String
    public var message: LocalizedText

    public init(field: String, message: LocalizedText) {
        self.field = field
        self.message = message
    }
}
