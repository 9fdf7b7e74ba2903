import Foundation
import Hummingbird

/// A `multipart/form-data` body (RFC 7578): the form that uploads a file, with its other fields.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        /// Set for file parts: the name the browser gave, never used as a path.
        var filename: String?
        var contentType: String?
        var data: Data
    }

    let parts: [Part]

    /// The boundary named by a `multipart/form-data` content type, if that is what it is.
    static func boundary(_ contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            // RFC 2046: 1–70 characters.
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    /// Nil when the body is not a well-formed multipart body for `boundary`.
    init?(_ buffer: ByteBuffer, boundary: String) {
        let bytes = Data(buffer: buffer)
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [Part] = []
        guard var position = bytes.range(of: delimiter)?.upperBound else { return nil }
        while position < bytes.endIndex {
            // "--" after a delimiter ends the body.
            if bytes[position...].starts(with: Data("--".utf8)) { break }
            guard bytes[position...].starts(with: Data("\r\n".utf8)) else { return nil }
            position += 2
            guard let headerEnd = bytes.range(of: Data("\r\n\r\n".utf8), in: position..<bytes.endIndex) else { return nil }
            let headerText = String(decoding: bytes[position..<headerEnd.lowerBound], as: UTF8.self)
            guard let next = bytes.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<bytes.endIndex) else { return nil }
            let content = bytes[headerEnd.upperBound..<next.lowerBound]
            guard let part = Self.part(headers: headerText, data: Data(content)) else { return nil }
            parts.append(part)
            position = next.upperBound
        }
        self.parts = parts
    }

    private static func part(headers: String, data: Data) -> Part? {
        var name: String?, filename: String?, contentType: String?
        for line in headers.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "content-disposition":
                for attribute in pair[1].split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    let keyValue = attribute.split(separator: "=", maxSplits: 1).map(String.init)
                    guard keyValue.count == 2 else { continue }
                    var value = keyValue[1]
                    if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                    switch keyValue[0].lowercased() {
                    case "name": name = value
                    case "filename": filename = value
                    default: break
                    }
                }
            case "content-type": contentType = pair[1]
            default: break
            }
        }
        guard let name else { return nil }
        return Part(name: name, filename: filename, contentType: contentType, data: data)
    }

    /// A text field's value.
    func text(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The first file part named `name`.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename != nil }
    }
}
