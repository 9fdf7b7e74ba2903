/// Reads numbers as people type them in Vietnamese and English spreadsheets and forms.
///
/// Vietnamese writes `1.250,5` (dots group thousands, the comma is the decimal mark), English `1,250.5`; both
/// are read right. Text that the two conventions read differently — one separator followed by exactly three
/// digits, `1.250` or `1,250` — is refused with a hint rather than guessed: 1 250 and 1,25 are both plausible.
public enum NumberText {
    /// Why a text is not a number.
    public enum Problem: Error, Hashable, Sendable {
        case empty
        case notANumber
        /// `1.250` or `1,250`: a thousands group or three decimals.
        case ambiguousSeparator
        /// More than four decimals, which values never need.
        case tooPrecise
        /// More than 14 digits before the decimal mark.
        case tooLarge
    }

    /// The number in `text`; a trailing `%` is not accepted here (see `percent`).
    public static func decimal(_ text: some StringProtocol) throws(Problem) -> FixedDecimal {
        var body = Substring(text).filter { !isSpace($0) }[...]
        guard !body.isEmpty else { throw .empty }
        var negative = false
        if body.first == "-" || body.first == "−" {
            negative = true
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCIIDigit || first == "." || first == "," else { throw .notANumber }
        let (whole, fraction) = try split(body)
        guard whole.count <= 14 else { throw .tooLarge }
        guard fraction.count <= 4 else { throw .tooPrecise }
        let padded = fraction + String(repeating: "0", count: 4 - fraction.count)
        guard let wholeValue = Int64(whole.isEmpty ? "0" : whole), let fractionValue = Int64(padded) else { throw .notANumber }
        let magnitude = wholeValue * FixedDecimal.scale + fractionValue
        return FixedDecimal(scaled: negative ? -magnitude : magnitude)
    }

    /// `45`, `45,5 %`, `80%`: the number and whether a per cent sign followed it.
    public static func percent(_ text: some StringProtocol) throws(Problem) -> (value: FixedDecimal, hadSign: Bool) {
        var body = Substring(text).filter { !isSpace($0) }[...]
        let hadSign = body.last == "%"
        if hadSign { body = body.dropLast() }
        return (try decimal(body), hadSign)
    }

    /// The whole and fractional digits of an unsigned number, with its separators resolved.
    private static func split(_ body: Substring) throws(Problem) -> (whole: String, fraction: String) {
        guard body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else { throw .notANumber }
        let dots = body.count(where: { $0 == "." }), commas = body.count(where: { $0 == "," })
        switch (dots, commas) {
        case (0, 0):
            return (String(body), "")
        case (_, _) where dots > 0 && commas > 0:
            // Both marks: the last one is the decimal mark, the other groups thousands.
            guard let last = body.lastIndex(where: { $0 == "." || $0 == "," }) else { throw .notANumber }
            let decimalMark = body[last], groupMark: Character = decimalMark == "." ? "," : "."
            let integerPart = body[..<last], fraction = body[body.index(after: last)...]
            guard !integerPart.contains(decimalMark), !fraction.isEmpty else { throw .notANumber }
            return (try grouped(integerPart, by: groupMark), String(fraction))
        case (1, 0), (0, 1):
            let mark: Character = dots == 1 ? "." : ","
            let parts = body.split(separator: mark, omittingEmptySubsequences: false)
            let integerPart = parts[0], fraction = parts[1]
            guard !fraction.isEmpty else { throw .notANumber }
            if fraction.count == 3, (1...3).contains(integerPart.count), integerPart.first != "0" { throw .ambiguousSeparator }
            return (String(integerPart), String(fraction))
        default:
            // Several of one mark and none of the other: thousands groups (1.234.567 or 1,234,567).
            return (try grouped(body, by: dots > 0 ? "." : ","), "")
        }
    }

    /// Digits grouped by `mark` in threes after a first group of one to three digits.
    private static func grouped(_ text: Substring, by mark: Character) throws(Problem) -> String {
        let groups = text.split(separator: mark, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { throw .notANumber }
        return groups.joined()
    }

    /// The number written so that `decimal` reads it back as itself: `1.125` would read two ways, so it is written
    /// `1.1250`; every other value is its shortest form with a decimal point.
    public static func unambiguous(_ value: FixedDecimal) -> String {
        let text = value.plain
        let parts = text.split(separator: ".")
        guard parts.count == 2, parts[1].count == 3 else { return text }
        let whole = parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]
        return (1...3).contains(whole.count) && whole.first != "0" ? text + "0" : text
    }

    /// A number as a spreadsheet file stores it (`21.8`, `12.000000000000002`, `1E-3`): a dot decimal, perhaps with
    /// an exponent. Exact when it has at most four decimals, otherwise rounded to four (floating-point residue).
    public static func lexical(_ text: String) -> FixedDecimal? {
        if let exact = FixedDecimal(text) { return exact }
        guard let double = Double(text) else { return nil }
        return FixedDecimal(checking: double)
    }

    /// Spaces, no-break spaces and thin spaces may group thousands or pad a number.
    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "\u{2009}" || character == "\t"
    }
}

extension NumberText.Problem {
    /// What is wrong with `text`, and how to write it, in the user's language.
    public func text(_ typed: String, _ language: Language) -> String {
        switch (self, language) {
        case (.empty, .vi): "đang để trống"
        case (.empty, .en): "is empty"
        case (.notANumber, .vi): "'\(typed)' không phải là số (ví dụ 45, 45,5 hoặc 1.250,5)"
        case (.notANumber, .en): "'\(typed)' is not a number (e.g. 45, 45.5 or 1,250.5)"
        case (.ambiguousSeparator, .vi):
            "'\(typed)' có thể hiểu hai cách (nghìn hay thập phân); hãy viết không có dấu phân cách nghìn (1250) hoặc dùng dấu phẩy thập phân (1,25)"
        case (.ambiguousSeparator, .en):
            "'\(typed)' reads two ways (thousands or decimals); write it without a thousands separator (1250) or with two decimals (1.25)"
        case (.tooPrecise, .vi): "'\(typed)' có quá 4 chữ số thập phân"
        case (.tooPrecise, .en): "'\(typed)' has more than 4 decimals"
        case (.tooLarge, .vi): "'\(typed)' quá lớn"
        case (.tooLarge, .en): "'\(typed)' is too large"
        }
    }
}
