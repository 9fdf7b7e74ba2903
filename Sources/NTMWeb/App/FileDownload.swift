import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A file the browser saves rather than shows, named so Vietnamese names survive every browser (RFC 6266: an
/// ASCII `filename` for old clients and the UTF-8 `filename*`).
enum FileDownload {
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let csv = "text/csv; charset=utf-8"
    static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let pdf = "application/pdf"

    static func response(_ data: Data, fileName: String, contentType: String) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "no-store"]
        headers[.contentDisposition] = disposition(fileName)
        headers[.contentLength] = String(data.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `attachment; filename="mau-nhap-lieu.xlsx"; filename*=UTF-8''m%E1%BA%ABu.xlsx`.
    static func disposition(_ fileName: String) -> String {
        let ascii = String(
            String.UnicodeScalarView(
                fileName.decomposedStringWithCanonicalMapping.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    if scalar == "đ" { return "d" }
                    if scalar == "Đ" { return "D" }
                    guard scalar.isASCII else { return nil }
                    return scalar == "\"" || scalar == "\\" || scalar.value < 0x20 ? "_" : scalar
                }))
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
