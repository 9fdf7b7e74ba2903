extension LegacyVietnamese {
    /// Decides whether text is TCVN3 or VNI read as Windows-1252, conservatively.
    ///
    /// Each word containing the encoding's special characters is converted on its own and
    /// must come out as a Vietnamese syllable while its original spelling is not one. Words
    /// whose original spelling could pass for an ordinary European word ("où", "sí") give
    /// only half the evidence of words no European text would contain ("Kh¸nh", "Vieät"),
    /// so a lone such word never converts a string.
    enum Detector {
        /// How well one encoding explains a text.
        struct Assessment: Sendable, Equatable {
            let encoding: LegacyVietnameseEncoding
            var changedWords = 0
            var changedWordsValidAfter = 0
            var countedWords = 0
            var countedWordsValid = 0
            var evidence = 0.0

            /// Whether the assessment is strong enough to convert.
            var isConvincing: Bool {
                changedWords > 0
                    && evidence >= 1
                    && Double(changedWordsValidAfter) >= 0.8 * Double(changedWords)
                    && Double(countedWordsValid) >= 0.8 * Double(countedWords)
            }
        }

        static func detect(_ text: String) -> LegacyVietnameseEncoding? {
            guard text.unicodeScalars.allSatisfy(isWindows1252Character) else { return nil }
            let convincing = LegacyVietnameseEncoding.allCases
                .map { assess(text, as: $0) }
                .filter(\.isConvincing)
                .sorted { lhs, rhs in
                    (lhs.evidence, lhs.changedWordsValidAfter) > (rhs.evidence, rhs.changedWordsValidAfter)
                }
            guard let best = convincing.first else { return nil }
            // Text that reads equally well both ways stays as it is rather than risk the wrong table.
            if convincing.count > 1, convincing[1].evidence == best.evidence,
                convincing[1].changedWordsValidAfter == best.changedWordsValidAfter
            {
                return nil
            }
            return best.encoding
        }

        static func assess(_ text: String, as encoding: LegacyVietnameseEncoding) -> Assessment {
            var assessment = Assessment(encoding: encoding)
            for word in words(in: text, for: encoding) {
                let converted = decodeWord(word, as: encoding)
                let isUnchanged = converted.unicodeScalars.elementsEqual(word.unicodeScalars)
                if isUnchanged {
                    // Acronyms (UBND, THCS) and single letters say nothing either way.
                    let isNeutral = word.count == 1 || word.allSatisfy { $0.isASCII && $0.isUppercase }
                    if !isNeutral {
                        assessment.countedWords += 1
                        if SyllableShape.isValid(word) { assessment.countedWordsValid += 1 }
                    }
                    continue
                }
                assessment.changedWords += 1
                assessment.countedWords += 1
                guard SyllableShape.isValid(converted) else { continue }
                assessment.changedWordsValidAfter += 1
                assessment.countedWordsValid += 1
                if !SyllableShape.isValid(word) {
                    let strong = isUnmistakable(word, as: encoding) && !readsAsOtherEncoding(word, than: encoding)
                    assessment.evidence += strong ? 1 : 0.5
                }
            }
            return assessment
        }

        /// Whether the other legacy encoding also turns the word into a syllable: TCVN3 "huû"
        /// is "huỷ" and VNI "huû" is "hủ", so such a word cannot tell the two apart.
        static func readsAsOtherEncoding(_ word: String, than encoding: LegacyVietnameseEncoding) -> Bool {
            let other: LegacyVietnameseEncoding = encoding == .tcvn3 ? .vni : .tcvn3
            let converted = decodeWord(word, as: other)
            return !converted.unicodeScalars.elementsEqual(word.unicodeScalars) && SyllableShape.isValid(converted)
        }

        static func decodeWord(_ word: String, as encoding: LegacyVietnameseEncoding) -> String {
            switch encoding {
            case .tcvn3: TCVN3Decoder.decode(word, capitalFont: false)
            case .vni: VNIDecoder.decode(word, capitalFont: false)
            }
        }

        /// Maximal runs of ASCII letters, Latin-1 letters and the encoding's letter codes
        /// (TCVN3 uses symbols such as ¸ µ § as letters).
        static func words(in text: String, for encoding: LegacyVietnameseEncoding) -> [String] {
            var result: [String] = []
            var current = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if isWordScalar(scalar, for: encoding) {
                    current.append(scalar)
                } else if !current.isEmpty {
                    result.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            if !current.isEmpty { result.append(String(current)) }
            return result
        }

        static func isWordScalar(_ scalar: Unicode.Scalar, for encoding: LegacyVietnameseEncoding) -> Bool {
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) { return true }
            if (0xC0...0xFF).contains(scalar.value) && scalar.value != 0xD7 && scalar.value != 0xF7 { return true }
            return encoding == .tcvn3 && TCVN3Table.entryByScalar[scalar] != nil
        }

        /// Whether a word's original spelling could not be an ordinary European word.
        static func isUnmistakable(_ word: String, as encoding: LegacyVietnameseEncoding) -> Bool {
            switch encoding {
            case .tcvn3: isUnmistakableTCVN3(word)
            case .vni: isUnmistakableVNI(word)
            }
        }

        /// A TCVN3 letter written with a symbol (¸ µ § ©…), a capital inside a lowercase word
        /// ("ViÖt"), or two or more TCVN3 codes in one word.
        static func isUnmistakableTCVN3(_ word: String) -> Bool {
            let scalars = Array(word.unicodeScalars)
            let codes = scalars.filter { TCVN3Table.entryByScalar[$0] != nil }
            if codes.count >= 2 { return true }
            if codes.contains(where: { $0.value < 0xC0 || $0.value == 0xD7 || $0.value == 0xF7 }) { return true }
            let hasLowercase = scalars.contains { $0.properties.isLowercase }
            return hasLowercase
                && scalars.dropFirst().contains {
                    TCVN3Table.entryByScalar[$0] != nil && $0.properties.isUppercase
                }
        }

        /// Two or more VNI codes in one word, or a vowel-and-mark pair that European
        /// spelling does not use (it does use où, oû, aï, oï, uï, aú, aë).
        static func isUnmistakableVNI(_ word: String) -> Bool {
            let scalars = Array(word.unicodeScalars)
            var codes = 0
            var distinctivePair = false
            var index = 0
            while index < scalars.count {
                if index + 1 < scalars.count, VNIDecoder.combined(scalars[index], scalars[index + 1]) != nil {
                    codes += 1
                    let pair = String(String.UnicodeScalarView([scalars[index], scalars[index + 1]])).lowercased()
                    if !europeanVowelPairs.contains(pair) { distinctivePair = true }
                    index += 2
                    continue
                }
                if VNITable.singleLetters[scalars[index]] != nil { codes += 1 }
                index += 1
            }
            return codes >= 2 || distinctivePair
        }

        /// Vowel + accented-vowel pairs found in French, Spanish and Dutch words (où, goût,
        /// naïf, égoïste, ambiguïté, aún, Israël) that VNI would read as one letter.
        static let europeanVowelPairs: Set<String> = [
            "o\u{F9}", "o\u{FB}", "a\u{EF}", "o\u{EF}", "u\u{EF}", "a\u{FA}", "a\u{EB}",
        ]

        /// Characters a Windows-1252 reader can produce: Latin-1 (with C1 controls for the
        /// five undefined bytes) plus the 27 punctuation and letter code points of 0x80–0x9F.
        static func isWindows1252Character(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value <= 0xFF || Windows1252.byteByScalar[scalar] != nil
        }
    }
}
