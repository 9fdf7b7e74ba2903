import Foundation
import NTMCore
import Yams

/// A YAML node that knows its file, so every accessor can fail with `file:line`.
struct YAMLNode {
    let node: Node
    let file: String

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> DataFileError {
        DataFileError(file: file, line: line, message: message)
    }

    /// A problem at this node, worded in Vietnamese and English.
    func error(_ message: LocalizedText) -> DataFileError {
        DataFileError(file: file, line: line, message: message)
    }

    func error(vi: String, en: String) -> DataFileError {
        error(LocalizedText(vi: vi, en: en))
    }

    /// Parses a whole document, turning YAML syntax errors into located errors.
    static func parse(_ text: String, file: String) throws(DataFileError) -> YAMLNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DataFileError(file: file, line: 1, message: LocalizedText(vi: "tệp đang trống", en: "the file is empty"))
            }
            return YAMLNode(node: node, file: file)
        } catch let error as DataFileError {
            throw error
        } catch let error as YamlError {
            throw Self.located(error, file: file)
        } catch {
            throw DataFileError(
                file: file, line: nil, message: LocalizedText(vi: "tệp không đúng cú pháp YAML: \(error)", en: "not valid YAML: \(error)"))
        }
    }

    private static func located(_ error: YamlError, file: String) -> DataFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return DataFileError(
                file: file, line: mark.line, message: LocalizedText(vi: "tệp không đúng cú pháp YAML: \(problem)", en: "not valid YAML: \(problem)"))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return DataFileError(
                file: file, line: context.mark.line,
                message: LocalizedText(
                    vi: "khóa \(keys) xuất hiện hai lần trong cùng một khối", en: "key \(keys) appears twice in the same mapping"))
        default:
            return DataFileError(
                file: file, line: nil, message: LocalizedText(vi: "tệp không đúng cú pháp YAML: \(error)", en: "not valid YAML: \(error)"))
        }
    }

    func mapping(allowing keys: Set<String>) throws -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            throw error(vi: "cần một khối gồm các dòng 'khóa: giá trị'", en: "expected a mapping (key: value lines)")
        }
        let result = YAMLMapping(mapping: mapping, file: file, line: line)
        try result.rejectUnknownKeys(allowed: keys)
        return result
    }

    func sequence() throws -> [YAMLNode] {
        guard case .sequence(let sequence) = node else { throw error(vi: "cần một danh sách", en: "expected a list") }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    var isNull: Bool {
        if case .scalar(let scalar) = node { return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) }
        return false
    }

    func string() throws -> String {
        guard case .scalar(let scalar) = node else { throw error(vi: "cần một giá trị dạng chữ", en: "expected a text value") }
        return scalar.string.precomposedStringWithCanonicalMapping
    }

    func nonEmptyString() throws -> String {
        let text = try string().trimmingCharacters(in: .whitespaces)
        if text.isEmpty { throw error(vi: "cần ghi nội dung, không được để trống", en: "expected a non-empty text") }
        return text
    }

    func int() throws -> Int {
        let text = try string()
        guard let value = Int(text) else {
            throw error(vi: "cần một số nguyên, nhưng đang ghi '\(text)'", en: "expected a whole number, found '\(text)'")
        }
        return value
    }

    func bool() throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "có": return true
        case "false", "no", "không": return false
        case let other:
            throw error(vi: "cần true hoặc false (có hoặc không), nhưng đang ghi '\(other)'", en: "expected true or false, found '\(other)'")
        }
    }

    func date() throws -> LocalDate {
        let text = try string()
        guard let date = LocalDate(iso: text) else {
            throw error(vi: "cần ngày dạng YYYY-MM-DD, nhưng đang ghi '\(text)'", en: "expected a date YYYY-MM-DD, found '\(text)'")
        }
        return date
    }

    func decimal() throws -> FixedDecimal {
        let text = try string()
        guard let value = FixedDecimal(text) else {
            throw error(vi: "cần một số, ví dụ 45 hoặc 21.8, nhưng đang ghi '\(text)'", en: "expected a number such as 45 or 21.8, found '\(text)'")
        }
        return value
    }

    /// `{vi: "…", en: "…"}` or a plain Vietnamese string.
    func localizedText() throws -> LocalizedText {
        if case .scalar = node { return LocalizedText(vi: try nonEmptyString()) }
        let map = try mapping(allowing: ["vi", "en"])
        return LocalizedText(vi: try map.required("vi").nonEmptyString(), en: try map.optional("en")?.nonEmptyString())
    }

    func stringList() throws -> [String] {
        if case .scalar = node { return [try nonEmptyString()] }
        return try sequence().map { try $0.nonEmptyString() }
    }
}

/// A YAML mapping with located lookups.
struct YAMLMapping {
    let mapping: Node.Mapping
    let file: String
    let line: Int?

    func optional(_ key: String) -> YAMLNode? {
        guard let value = mapping[key] else { return nil }
        let node = YAMLNode(node: value, file: file)
        return node.isNull ? nil : node
    }

    func required(_ key: String) throws -> YAMLNode {
        guard let node = optional(key) else {
            throw DataFileError(file: file, line: line, message: LocalizedText(vi: "thiếu khóa '\(key)'", en: "missing '\(key)'"))
        }
        return node
    }

    func has(_ key: String) -> Bool { mapping[key] != nil }

    func rejectUnknownKeys(allowed: Set<String>) throws {
        for (key, _) in mapping {
            let name = key.string ?? "?"
            if !allowed.contains(name) {
                let expected = allowed.sorted().joined(separator: ", ")
                throw DataFileError(
                    file: file, line: key.mark?.line ?? line,
                    message: LocalizedText(
                        vi: "khóa '\(name)' không hợp lệ (dùng một trong: \(expected))",
                        en: "unknown key '\(name)' (expected one of: \(expected))"))
            }
        }
    }
}
