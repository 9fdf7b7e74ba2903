extension LegacyVietnamese {
    /// Turns VNI text (read as Latin-1/Windows-1252 characters) into Unicode letters.
    enum VNIDecoder {
        /// Decodes `text`; `capitalFont` uppercases every letter, as an all-capital font shows it.
        static func decode(_ text: String, capitalFont: Bool) -> String {
            let scalars = Array(text.unicodeScalars)
            var output = String.UnicodeScalarView()
            var index = 0
            while index < scalars.count {
                if index + 1 < scalars.count, let letter = combined(scalars[index], scalars[index + 1]) {
                    output.append(letter)
                    index += 2
                    continue
                }
                output.append(VNITable.singleLetters[scalars[index]] ?? scalars[index])
                index += 1
            }
            let decoded = String(output)
            return capitalFont ? LegacyVietnamese.uppercasingLetters(decoded) : decoded
        }

        /// The letter a base vowel and the mark byte after it make, when VNI combines them.
        static func combined(_ base: Unicode.Scalar, _ next: Unicode.Scalar) -> Unicode.Scalar? {
            guard let (vowel, isUppercase) = VNITable.baseVowel(base),
                let mark = VNITable.markByScalar[next],
                let shaped = VNITable.apply(mark, to: vowel)
            else { return nil }
            return vowelLetter(shaped, tone: mark.tone, uppercase: isUppercase)
        }
    }
}
