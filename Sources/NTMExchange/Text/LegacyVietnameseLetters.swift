extension LegacyVietnamese {
    /// A Vietnamese tone; the raw value is the column in `vowelRows`.
    enum Tone: Int, CaseIterable, Sendable {
        case level = 0
        case grave, acute, hook, tilde, dot
    }

    /// The twelve Vietnamese vowel letters, each row in `Tone` order (level, grave, acute, hook, tilde, dot).
    ///
    /// Written as scalar escapes so the table cannot change under editor normalisation;
    /// every entry is the precomposed (NFC) code point.
    static let vowelRows: [[Unicode.Scalar]] = [
        ["a", "\u{E0}", "\u{E1}", "\u{1EA3}", "\u{E3}", "\u{1EA1}"],
        ["\u{103}", "\u{1EB1}", "\u{1EAF}", "\u{1EB3}", "\u{1EB5}", "\u{1EB7}"],
        ["\u{E2}", "\u{1EA7}", "\u{1EA5}", "\u{1EA9}", "\u{1EAB}", "\u{1EAD}"],
        ["e", "\u{E8}", "\u{E9}", "\u{1EBB}", "\u{1EBD}", "\u{1EB9}"],
        ["\u{EA}", "\u{1EC1}", "\u{1EBF}", "\u{1EC3}", "\u{1EC5}", "\u{1EC7}"],
        ["i", "\u{EC}", "\u{ED}", "\u{1EC9}", "\u{129}", "\u{1ECB}"],
        ["o", "\u{F2}", "\u{F3}", "\u{1ECF}", "\u{F5}", "\u{1ECD}"],
        ["\u{F4}", "\u{1ED3}", "\u{1ED1}", "\u{1ED5}", "\u{1ED7}", "\u{1ED9}"],
        ["\u{1A1}", "\u{1EDD}", "\u{1EDB}", "\u{1EDF}", "\u{1EE1}", "\u{1EE3}"],
        ["u", "\u{F9}", "\u{FA}", "\u{1EE7}", "\u{169}", "\u{1EE5}"],
        ["\u{1B0}", "\u{1EEB}", "\u{1EE9}", "\u{1EED}", "\u{1EEF}", "\u{1EF1}"],
        ["y", "\u{1EF3}", "\u{FD}", "\u{1EF7}", "\u{1EF9}", "\u{1EF5}"],
    ]

    /// Lowercase đ, the only Vietnamese consonant letter outside ASCII.
    static let smallDStroke: Unicode.Scalar = "\u{111}"
    /// Uppercase Đ.
    static let capitalDStroke: Unicode.Scalar = "\u{110}"

    /// A vowel letter split into its toneless lowercase vowel, its tone and its case.
    struct VowelParts: Sendable, Equatable {
        /// The lowercase toneless vowel (one of the twelve row heads).
        let vowel: Unicode.Scalar
        let tone: Tone
        let isUppercase: Bool
    }

    /// Every toned or toneless vowel letter, both cases, to its parts.
    static let vowelPartsByScalar: [Unicode.Scalar: VowelParts] = {
        var table: [Unicode.Scalar: VowelParts] = [:]
        for row in vowelRows {
            for (column, letter) in row.enumerated() {
                let tone = Tone(rawValue: column) ?? .level
                table[letter] = VowelParts(vowel: row[0], tone: tone, isUppercase: false)
                if let upper = uppercaseScalar(letter) {
                    table[upper] = VowelParts(vowel: row[0], tone: tone, isUppercase: true)
                }
            }
        }
        return table
    }()

    /// The precomposed letter for a toneless lowercase vowel, a tone and a case.
    static func vowelLetter(_ vowel: Unicode.Scalar, tone: Tone, uppercase: Bool) -> Unicode.Scalar? {
        guard let row = vowelRows.first(where: { $0[0] == vowel }) else { return nil }
        let letter = row[tone.rawValue]
        return uppercase ? uppercaseScalar(letter) : letter
    }

    /// The single-scalar uppercase form of a Vietnamese letter (all of them have one).
    static func uppercaseScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let upper = String(scalar).uppercased().unicodeScalars
        return upper.count == 1 ? upper.first : nil
    }

    /// The single-scalar lowercase form of a letter.
    static func lowercaseScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let lower = String(scalar).lowercased().unicodeScalars
        return lower.count == 1 ? lower.first : nil
    }
}
