import Foundation

/// The Vietnamese letters outside ASCII, built from Unicode composition (not from the library's tables).
enum VietnameseAlphabet {
    static let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    static let toneMarks = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]

    /// The 67 lowercase precomposed letters: 60 toned vowels, ă â ê ô ơ ư and đ.
    static let lowercase: [String] = {
        var letters: [String] = []
        for vowel in vowels {
            for mark in toneMarks {
                let letter = (vowel + mark).precomposedStringWithCanonicalMapping
                if !letter.allSatisfy(\.isASCII) { letters.append(letter) }
            }
        }
        return letters + ["đ"]
    }()

    /// The 67 uppercase counterparts.
    static let uppercase: [String] = lowercase.map { $0.uppercased() }

    /// All 134 precomposed letters.
    static let all: [String] = lowercase + uppercase
}

/// The exact scalars of `text` once in NFC, so tests compare code points, not canonical equivalence
/// (Swift's `==` would call NFD and NFC spellings equal).
func nfcScalars(_ text: String) -> [Unicode.Scalar] {
    Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
}

/// Whether `result` is exactly the NFC spelling of `expected`, scalar by scalar.
func isExactlyNFC(_ result: String, _ expected: String) -> Bool {
    Array(result.unicodeScalars) == nfcScalars(expected)
}
