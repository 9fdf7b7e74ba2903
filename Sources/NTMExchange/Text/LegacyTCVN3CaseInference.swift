extension LegacyVietnamese {
    /// Restores the case of TCVN3 toned vowels, which the normal font only has in lowercase.
    ///
    /// Typists got capitals such as "Ủ" by switching that text to the ".Vn…H" capital font,
    /// which draws the same code; plain text and CSV files lose the font, so the case is
    /// inferred from the letters whose case the code does carry (ASCII, Ă Â Ê Ô Ơ Ư Đ):
    /// a word whose other letters are capitals is all caps, a word with no such letters
    /// follows its nearest word, and a word-initial toned vowel is a capital where the
    /// text shows capitalisation there (sentence start in capitalised text, or inside a
    /// run of capitalised words such as a person's name).
    enum TCVN3CaseInference {
        /// The case a word's own explicit letters show.
        enum WordCase: Sendable, Equatable {
            case lower, upper, undetermined
        }

        /// A maximal run of letters.
        struct Word: Sendable {
            let range: Range<Int>
            let wordCase: WordCase
        }

        static func resolve(_ glyphs: inout [TCVN3Decoder.Glyph]) {
            guard glyphs.contains(where: \.caseIsAmbiguous) else { return }
            let words = segment(glyphs)
            var initialIsUpper = words.map { word in isExplicitUpper(glyphs[word.range.lowerBound]) }
            for index in words.indices {
                let word = words[index]
                guard glyphs[word.range].contains(where: \.caseIsAmbiguous) else { continue }
                let wordIsUpper =
                    word.wordCase == .upper
                    || (word.wordCase == .undetermined && nearestDeterminedCase(words, around: index) == .upper)
                for position in word.range where glyphs[position].caseIsAmbiguous {
                    var upper = wordIsUpper
                    if position == word.range.lowerBound && !upper {
                        upper =
                            (startsSentence(glyphs, words, index) && hasExplicitUpper(glyphs, words, except: index))
                            || continuesCapitalizedRun(glyphs, words, index, initialIsUpper: initialIsUpper)
                    }
                    if upper, let capital = uppercaseScalar(glyphs[position].scalar) {
                        glyphs[position].scalar = capital
                        if position == word.range.lowerBound { initialIsUpper[index] = true }
                    }
                }
            }
        }

        static func segment(_ glyphs: [TCVN3Decoder.Glyph]) -> [Word] {
            var words: [Word] = []
            var start: Int?
            for position in 0...glyphs.count {
                let isLetter = position < glyphs.count && glyphs[position].scalar.properties.isAlphabetic
                if isLetter, start == nil { start = position }
                if !isLetter, let first = start {
                    words.append(Word(range: first..<position, wordCase: classify(glyphs[first..<position])))
                    start = nil
                }
            }
            return words
        }

        /// Lower when the first letter or any later explicit letter is lowercase; upper when
        /// later explicit letters exist and are all capitals; otherwise undetermined.
        static func classify(_ letters: ArraySlice<TCVN3Decoder.Glyph>) -> WordCase {
            guard let first = letters.first else { return .undetermined }
            if !first.caseIsAmbiguous && first.scalar.properties.isLowercase { return .lower }
            var sawUpper = false
            for glyph in letters.dropFirst() where !glyph.caseIsAmbiguous {
                if glyph.scalar.properties.isLowercase { return .lower }
                if glyph.scalar.properties.isUppercase { sawUpper = true }
            }
            return sawUpper ? .upper : .undetermined
        }

        static func nearestDeterminedCase(_ words: [Word], around index: Int) -> WordCase {
            for distance in 1..<max(words.count, 1) {
                for candidate in [index - distance, index + distance] where words.indices.contains(candidate) {
                    if words[candidate].wordCase != .undetermined { return words[candidate].wordCase }
                }
            }
            return .lower
        }

        static func isExplicitUpper(_ glyph: TCVN3Decoder.Glyph) -> Bool {
            !glyph.caseIsAmbiguous && glyph.scalar.properties.isUppercase
        }

        static func hasExplicitUpper(_ glyphs: [TCVN3Decoder.Glyph], _ words: [Word], except index: Int) -> Bool {
            words.indices.contains { other in
                other != index && glyphs[words[other].range].contains(where: isExplicitUpper)
            }
        }

        /// The first word, or the first after ".", "!", "?" or a line break.
        static func startsSentence(_ glyphs: [TCVN3Decoder.Glyph], _ words: [Word], _ index: Int) -> Bool {
            guard index > 0 else { return true }
            let gap = glyphs[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            return gap.contains { [".", "!", "?", "\n", "\r"].contains($0.scalar) }
        }

        /// Whether the word sits in a run of capitalised words such as "Nguyễn Thị Ánh": it follows
        /// a capitalised word with only spaces between, the next word (if it directly follows) does
        /// not start lowercase, and the capital before it is not merely the sentence's first letter
        /// unless a capital follows too ("Nhà ở" stays lowercase, "Xã Ấp Bắc" does not).
        static func continuesCapitalizedRun(
            _ glyphs: [TCVN3Decoder.Glyph], _ words: [Word], _ index: Int, initialIsUpper: [Bool]
        ) -> Bool {
            guard index > 0, initialIsUpper[index - 1], onlySpacesBetween(glyphs, words, index - 1, index) else {
                return false
            }
            let previousStartsSentence = startsSentence(glyphs, words, index - 1)
            guard index + 1 < words.count, onlySpacesBetween(glyphs, words, index, index + 1) else {
                return !previousStartsSentence
            }
            let next = glyphs[words[index + 1].range.lowerBound]
            if isExplicitUpper(next) { return true }
            return !previousStartsSentence && (next.caseIsAmbiguous || !next.scalar.properties.isLowercase)
        }

        static func onlySpacesBetween(_ glyphs: [TCVN3Decoder.Glyph], _ words: [Word], _ left: Int, _ right: Int) -> Bool {
            glyphs[words[left].range.upperBound..<words[right].range.lowerBound].allSatisfy {
                $0.scalar == " " || $0.scalar == "\u{A0}"
            }
        }
    }
}
