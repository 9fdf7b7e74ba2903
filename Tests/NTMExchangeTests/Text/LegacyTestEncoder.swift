import Foundation

/// Encodes Unicode Vietnamese into TCVN3 or VNI (as Latin-1 characters) to feed the decoder in tests.
///
/// Built independently of the library's tables: letters are split by Unicode canonical
/// decomposition and looked up in per-vowel rows written out here, so a wrong library entry
/// shows up as a round-trip failure instead of being mirrored.
enum LegacyTestEncoder {
    /// Tones in the column order of the rows below.
    static let toneMarks: [Unicode.Scalar?] = [nil, "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]

    /// TCVN3 codes: vowel (toneless lowercase) → codes for level, grave, acute, hook, tilde, dot.
    static let tcvn3Rows: [String: [UInt8]] = [
        "a": [0x61, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9],
        "ă": [0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6],
        "â": [0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB],
        "e": [0x65, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1],
        "ê": [0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6],
        "i": [0x69, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE],
        "o": [0x6F, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4],
        "ô": [0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9],
        "ơ": [0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE],
        "u": [0x75, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4],
        "ư": [0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9],
        "y": [0x79, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE],
    ]
    /// TCVN3 capitals that have their own code (the rest share the lowercase code, drawn by the H font).
    static let tcvn3Capitals: [String: UInt8] = [
        "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    ]

    /// VNI mark bytes (lowercase) by shape, in tone column order; uppercase marks are 0x20 lower.
    static let vniToneOnly: [UInt8?] = [nil, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF]
    static let vniCircumflex: [UInt8] = [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4]
    static let vniBreve: [UInt8] = [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB]
    /// VNI single-byte toned i (lowercase; uppercase is 0x20 lower), by tone column.
    static let vniToneI: [UInt8?] = [nil, 0xEC, 0xED, 0xE6, 0xF3, 0xF2]

    static func tcvn3(_ text: String) -> String {
        encodeLetters(text) { letter in
            let lower = letter.lowercased()
            if lower == "đ" { return [letter == "Đ" ? 0xA7 : 0xAE] }
            if let capital = tcvn3Capitals[letter] { return [capital] }
            guard let (vowel, tone) = split(lower), let row = tcvn3Rows[vowel] else { return nil }
            let code = row[tone]
            // A capital toned vowel keeps the lowercase code: the ".Vn…H" font draws it as a capital.
            if code < 0x80 && letter != lower { return [code - 0x20] }
            return [code]
        }
    }

    static func vni(_ text: String) -> String {
        encodeLetters(text) { letter in
            let isUpper = letter != letter.lowercased()
            let shift: UInt8 = isUpper ? 0x20 : 0
            let lower = letter.lowercased()
            if lower == "đ" { return [0xF1 - shift] }
            guard let (vowel, tone) = split(lower) else { return nil }
            let base = { (ascii: UInt8) in isUpper ? ascii - 0x20 : ascii }
            switch vowel {
            case "â", "ê", "ô":
                let ascii: UInt8 = vowel == "â" ? 0x61 : vowel == "ê" ? 0x65 : 0x6F
                return [base(ascii), vniCircumflex[tone] - shift]
            case "ă":
                return [base(0x61), vniBreve[tone] - shift]
            case "i":
                return tone == 0 ? [base(0x69)] : vniToneI[tone].map { [$0 - shift] }
            case "y" where tone == 5:
                return [0xEE - shift]
            default:
                let single: [String: UInt8] = ["ơ": 0xF4, "ư": 0xF6, "a": 0x61, "e": 0x65, "o": 0x6F, "u": 0x75, "y": 0x79]
                guard let head = single[vowel] else { return nil }
                let first = head < 0x80 ? base(head) : head - shift
                return [first] + (vniToneOnly[tone].map { [$0 - shift] } ?? [])
            }
        }
    }

    /// Splits a lowercase vowel letter into its toneless vowel and tone column, via NFD.
    static func split(_ letter: String) -> (String, Int)? {
        var marks = Array(letter.decomposedStringWithCanonicalMapping.unicodeScalars)
        var tone = 0
        // Canonical order may put the dot below before the circumflex, so look at every mark.
        if let position = marks.firstIndex(where: { toneMarks.dropFirst().contains($0) }),
            let index = toneMarks.firstIndex(of: marks[position])
        {
            tone = index
            marks.remove(at: position)
        }
        let vowel = String(String.UnicodeScalarView(marks)).precomposedStringWithCanonicalMapping
        return tcvn3Rows[vowel] == nil ? nil : (vowel, tone)
    }

    /// Encodes each Vietnamese letter with `code`, leaving everything else (ASCII consonants, spaces) as is.
    static func encodeLetters(_ text: String, code: (String) -> [UInt8]?) -> String {
        var output = String.UnicodeScalarView()
        for character in text.precomposedStringWithCanonicalMapping {
            let letter = String(character)
            if character.isASCII && !"aeiouyAEIOUY".contains(character) {
                output.append(contentsOf: letter.unicodeScalars)
            } else if let bytes = code(letter) {
                output.append(contentsOf: bytes.map { Unicode.Scalar($0) })
            } else {
                output.append(contentsOf: letter.unicodeScalars)
            }
        }
        return String(output)
    }
}
