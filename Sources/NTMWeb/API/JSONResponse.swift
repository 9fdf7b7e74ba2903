import Foundation
import Hummingbird
import NTMCore

/// JSON bodies with stable key order, so clients and tests can compare them as text.
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        make(data: try encoder.encode(value), status: status)
    }

    static func make(data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some WebContext) async throws -> T {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else { throw AppError.unsupportedMediaType }
        let body = try await request.body.collect(upTo: BodyLimits.form)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(buffer: body))
    }
}

/// Reads query parameters with a located error when they do not parse.
struct Query {
    let request: Request

    func string(_ name: String) -> String? {
        guard let value = request.uri.queryParameters.get(name), !value.isEmpty else { return nil }
        return value
    }

    /// A date parameter; absent means `fallback`, but an empty or malformed one is an error.
    func date(_ name: String = "date", default fallback: LocalDate) throws -> LocalDate {
        guard let text = request.uri.queryParameters.get(name) else { return fallback }
        guard let date = LocalDate(parsing: text) else {
            throw AppError.badRequest(.init(vi: "'\(text)' không phải ngày (YYYY-MM-DD)", en: "'\(text)' is not a date (YYYY-MM-DD)"), field: name)
        }
        return date
    }

    func bool(_ name: String, default fallback: Bool) throws -> Bool {
        switch request.uri.queryParameters.get(name) {
        case nil: return fallback
        case "true": return true
        case "false": return false
        case let text?:
            throw AppError.badRequest(
                .init(
                    vi: "'\(name)' phải là true hoặc false, không phải '\(text)'",
                    en: "'\(name)' must be true or false, not '\(text)'"), field: name)
        }
    }

    func int(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw AppError.badRequest(
                .init(
                    vi: "'\(name)' phải là số trong khoảng \(range.lowerBound)–\(range.upperBound)",
                    en: "'\(name)' must be a number in \(range.lowerBound)–\(range.upperBound)"), field: name)
        }
        return value
    }
}
