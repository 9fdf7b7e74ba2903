extension LegacyVietnamese {
    /// Turns TCVN3 text (read as Latin-1/Windows-1252 characters) into Unicode letters.
    enum TCVN3Decoder {
        /// A decoded scalar and whether its case is still to be decided from context.
        struct Glyph: Sendable {
            var scalar: Unicode.Scalar
            let caseIsAmbiguous: Bool
        }

        /// Decodes `text`; `capitalFont` reads the codes as an all-capital ".Vn…H" font draws them.
        static func decode(_ text: String, capitalFont: Bool) -> String {
            var glyphs = text.unicodeScalars.map { scalar -> Glyph in
                guard let entry = TCVN3Table.entryByScalar[scalar] else {
                    return Glyph(scalar: scalar, caseIsAmbiguous: false)
                }
                if capitalFont {
                    return Glyph(scalar: entry.capital, caseIsAmbiguous: false)
                }
                return Glyph(scalar: entry.normal, caseIsAmbiguous: TCVN3Table.hasAmbiguousCase(entry))
            }
            if capitalFont {
                // The ".Vn…H" fonts draw every letter, ASCII included, as a capital.
                let decoded = String(String.UnicodeScalarView(glyphs.map(\.scalar)))
                return TCVN3SoftHyphenRepair.repair(LegacyVietnamese.uppercasingLetters(decoded))
            }
            TCVN3CaseInference.resolve(&glyphs)
            return TCVN3SoftHyphenRepair.repair(String(String.UnicodeScalarView(glyphs.map(\.scalar))))
        }
    }

    /// Uppercases ASCII and Vietnamese letters only, leaving other characters (µ, ß, …) alone.
    static func uppercasingLetters(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isVietnameseLower = scalar == smallDStroke || (vowelPartsByScalar[scalar].map { !$0.isUppercase } ?? false)
            if ("a"..."z").contains(scalar) || isVietnameseLower, let upper = uppercaseScalar(scalar) {
                scalars.append(upper)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
