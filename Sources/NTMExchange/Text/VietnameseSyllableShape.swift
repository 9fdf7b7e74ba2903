extension LegacyVietnamese {
    /// A compact check that a word is shaped like one Vietnamese syllable: an optional
    /// initial consonant, a known rhyme, at most one tone, and only sắc or nặng before
    /// the stop finals p, t, c, ch. It judges shape, not whether the syllable is in use.
    enum SyllableShape {
        /// Initial consonants, longest first so "ngh" is tried before "ng".
        static let initials: [String] = [
            "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
        ]

        /// Toneless rhymes (glide, vowel nucleus and final) of standard orthography,
        /// including the few loanword rhymes in common use (oong, ooc).
        static let rhymes: Set<String> = [
            "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
            "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
            "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
            "e", "ec", "em", "en", "eng", "eo", "ep", "et",
            "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
            "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
            "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
            "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
            "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
            "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet",
            "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
            "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
            "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut",
            "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uơ",
            "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
            "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
            "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
            "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
            "y", "yêm", "yên", "yêng", "yêt", "yêu",
        ]

        /// Initials that spelling allows only before e, ê, i, y, and those it forbids there.
        static let frontOnlyInitials: Set<String> = ["k", "gh", "ngh"]
        static let backOnlyInitials: Set<String> = ["c", "ng"]
        static let frontVowels: Set<Character> = ["e", "ê", "i", "y"]
        static let stopFinals = ["p", "t", "c", "ch"]

        /// Whether `word` (letters only) is shaped like one Vietnamese syllable.
        static func isValid<S: StringProtocol>(_ word: S) -> Bool {
            guard !word.isEmpty, word.count <= 7, hasConsistentCase(word) else { return false }
            var skeleton: [Unicode.Scalar] = []
            var tone = Tone.level
            var toneIndex: Int?
            for scalar in word.lowercased().unicodeScalars {
                if let parts = vowelPartsByScalar[scalar] {
                    if parts.tone != .level {
                        guard toneIndex == nil else { return false }
                        tone = parts.tone
                        toneIndex = skeleton.count
                    }
                    skeleton.append(parts.vowel)
                } else if ("a"..."z").contains(scalar) || scalar == smallDStroke {
                    skeleton.append(scalar)
                } else {
                    return false
                }
            }
            let spelled = String(String.UnicodeScalarView(skeleton))
            return initials.contains { initial in
                guard spelled.hasPrefix(initial),
                    let split = split(Array(skeleton.dropFirst(initial.unicodeScalars.count)), after: initial)
                else { return false }
                let rhyme = String(String.UnicodeScalarView(split.rhyme))
                let tonePosition = toneIndex.map { $0 - split.initialLength }
                return toneFits(tone, rhyme: rhyme) && toneSitsWell(tonePosition, in: split.rhyme)
            }
        }

        /// The initial's length and the rhyme, when spelling allows the rhyme after the initial.
        /// The i of gi and the u of qu may double as the rhyme's first vowel ("gìn", "quỳnh").
        static func split(_ rest: [Unicode.Scalar], after initial: String) -> (initialLength: Int, rhyme: [Unicode.Scalar])? {
            let length = initial.unicodeScalars.count
            let rhyme = String(String.UnicodeScalarView(rest))
            guard let first = rest.first else {
                // "gi" alone is a syllable (gì, gỉ) whose vowel is the i; no other initial stands alone.
                return initial == "gi" ? (1, ["i"]) : nil
            }
            switch initial {
            case "qu":
                guard !["o", "u", "\u{1B0}"].contains(first) else { return nil }
                if rhymes.contains(rhyme) { return (length, rest) }
                return rhymes.contains("u" + rhyme) ? (1, ["u"] + rest) : nil
            case "gi":
                guard first != "i" else { return nil }
                if rhymes.contains(rhyme) { return (length, rest) }
                return rhymes.contains("i" + rhyme) ? (1, ["i"] + rest) : nil
            case "g":
                return rhymes.contains(rhyme) && first != "e" && first != "\u{EA}" ? (length, rest) : nil
            case _ where frontOnlyInitials.contains(initial):
                return rhymes.contains(rhyme) && frontVowels.contains(Character(first)) ? (length, rest) : nil
            case _ where backOnlyInitials.contains(initial):
                return rhymes.contains(rhyme) && !frontVowels.contains(Character(first)) ? (length, rest) : nil
            default:
                return rhymes.contains(rhyme) ? (length, rest) : nil
            }
        }

        static let modifiedVowels: Set<Unicode.Scalar> = ["\u{103}", "\u{E2}", "\u{EA}", "\u{F4}", "\u{1A1}", "\u{1B0}"]
        static let plainVowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

        /// Whether the tone mark sits on a vowel where either spelling convention puts it:
        /// on the (last) vowel with a circumflex, breve or horn; else on the last vowel before a
        /// final consonant, the middle of three vowels, or the first of two (either of oa, oe, uy).
        static func toneSitsWell(_ position: Int?, in rhyme: [Unicode.Scalar]) -> Bool {
            guard let position else { return true }
            let nucleus = rhyme.prefix { modifiedVowels.contains($0) || plainVowels.contains($0) }
            guard nucleus.indices.contains(position) else { return false }
            if let modified = nucleus.lastIndex(where: modifiedVowels.contains) { return position == modified }
            if nucleus.count < rhyme.count { return position == nucleus.count - 1 }
            switch nucleus.count {
            case 1: return true
            case 2: return position == 0 || ["oa", "oe", "uy"].contains(String(String.UnicodeScalarView(nucleus)))
            default: return position == 1
            }
        }

        /// All lowercase, all uppercase, or one capital followed by lowercase.
        static func hasConsistentCase<S: StringProtocol>(_ word: S) -> Bool {
            let tail = word.dropFirst()
            return tail.allSatisfy { !$0.isUppercase } || word.allSatisfy { !$0.isLowercase }
        }

        /// Stop finals take only the rising (sắc) or heavy (nặng) tone.
        static func toneFits(_ tone: Tone, rhyme: String) -> Bool {
            guard stopFinals.contains(where: { rhyme.hasSuffix($0) }) else { return true }
            return tone == .acute || tone == .dot
        }
    }
}
