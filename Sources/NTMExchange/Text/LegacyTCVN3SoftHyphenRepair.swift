extension LegacyVietnamese {
    /// Puts back the ư of "ươ" when TCVN3 text lost it.
    ///
    /// TCVN3 stores ư at 0xAD, the Latin-1 soft hyphen, which browsers and copy-paste often
    /// drop ("Tr­êng" becomes "Trêng", read "Trờng"). Only a word that is not a syllable as it
    /// stands, and becomes one with ư restored before its ơ, is repaired: "Trờng" → "Trường",
    /// "Khơng" → "Khương", while "Mời" (a word in its own right) is left as it is.
    enum TCVN3SoftHyphenRepair {
        static let smallHornO: Unicode.Scalar = "\u{1A1}"
        static let smallHornU: Unicode.Scalar = "\u{1B0}"

        static func repair(_ text: String) -> String {
            var scalars = Array(text.unicodeScalars)
            var index = scalars.count
            // Walk backwards so insertions do not shift the words still to visit.
            while index > 0 {
                var start = index
                while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
                if start < index, let repaired = repairedWord(Array(scalars[start..<index])) {
                    scalars.replaceSubrange(start..<index, with: repaired)
                }
                index = start > 0 && start == index ? start - 1 : start
                while index > 0, !scalars[index - 1].properties.isAlphabetic { index -= 1 }
            }
            return String(String.UnicodeScalarView(scalars))
        }

        static func repairedWord(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
            let spelled = String(String.UnicodeScalarView(word))
            guard !SyllableShape.isValid(spelled) else { return nil }
            guard let position = word.indices.first(where: { vowelPartsByScalar[word[$0]]?.vowel == smallHornO }),
                position > 0, isConsonant(word[position - 1]),
                let parts = vowelPartsByScalar[word[position]],
                let hornU = vowelLetter(smallHornU, tone: .level, uppercase: parts.isUppercase)
            else { return nil }
            var candidate = word
            candidate.insert(hornU, at: position)
            return SyllableShape.isValid(String(String.UnicodeScalarView(candidate))) ? candidate : nil
        }

        static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
            guard let lower = lowercaseScalar(scalar) else { return false }
            return lower == smallDStroke || (("a"..."z").contains(lower) && !"aeiouy".unicodeScalars.contains(lower))
        }
    }
}
