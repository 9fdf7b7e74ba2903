// VNI for Windows ("VNI-Times", "VNI-Helve", …): a vowel is its ASCII base letter followed by one
// mark byte that carries the circumflex or breve and the tone together; ơ, ư, đ, the toned i's
// and ỵ are single bytes. Bytes are given as the Latin-1 scalars a Windows-1252 reader produces.
//
// Cross-checked entry by entry (May 2026) against independent public sources:
// - UniKey's VnConv "VNI-WIN" double-byte table (vn-input/ibus-unikey, ukengine/data.cpp),
// - xvnkb's VNI table (lamdao/xvnkb, vni.h),
// - duydev/vietnamese-conversion (src/charsets.ts).
// All three agree, including the single bytes Î/î for Ỵ/ỵ (not "y" plus a mark).
extension LegacyVietnamese {
    /// The VNI tables: single-byte letters and the mark bytes that follow a base vowel.
    enum VNITable {
        /// Which vowel shape a mark byte adds before its tone.
        enum Shape: Sendable {
            /// Only a tone (after a, e, o, u, y, ơ, ư).
            case toneOnly
            /// A circumflex and a tone (after a, e, o).
            case circumflex
            /// A breve and a tone (after a).
            case breve
        }

        /// One mark byte: its uppercase and lowercase forms, the shape and the tone it adds.
        struct Mark: Sendable {
            let upper: UInt8
            let lower: UInt8
            let shape: Shape
            let tone: Tone
        }

        static let marks: [Mark] = [
            Mark(upper: 0xD9, lower: 0xF9, shape: .toneOnly, tone: .acute),  // Ù ù
            Mark(upper: 0xD8, lower: 0xF8, shape: .toneOnly, tone: .grave),  // Ø ø
            Mark(upper: 0xDB, lower: 0xFB, shape: .toneOnly, tone: .hook),  // Û û
            Mark(upper: 0xD5, lower: 0xF5, shape: .toneOnly, tone: .tilde),  // Õ õ
            Mark(upper: 0xCF, lower: 0xEF, shape: .toneOnly, tone: .dot),  // Ï ï
            Mark(upper: 0xC2, lower: 0xE2, shape: .circumflex, tone: .level),  // Â â
            Mark(upper: 0xC1, lower: 0xE1, shape: .circumflex, tone: .acute),  // Á á
            Mark(upper: 0xC0, lower: 0xE0, shape: .circumflex, tone: .grave),  // À à
            Mark(upper: 0xC5, lower: 0xE5, shape: .circumflex, tone: .hook),  // Å å
            Mark(upper: 0xC3, lower: 0xE3, shape: .circumflex, tone: .tilde),  // Ã ã
            Mark(upper: 0xC4, lower: 0xE4, shape: .circumflex, tone: .dot),  // Ä ä
            Mark(upper: 0xCA, lower: 0xEA, shape: .breve, tone: .level),  // Ê ê
            Mark(upper: 0xC9, lower: 0xE9, shape: .breve, tone: .acute),  // É é
            Mark(upper: 0xC8, lower: 0xE8, shape: .breve, tone: .grave),  // È è
            Mark(upper: 0xDA, lower: 0xFA, shape: .breve, tone: .hook),  // Ú ú
            Mark(upper: 0xDC, lower: 0xFC, shape: .breve, tone: .tilde),  // Ü ü
            Mark(upper: 0xCB, lower: 0xEB, shape: .breve, tone: .dot),  // Ë ë
        ]

        /// Single-byte VNI letters and the letter each stands for.
        static let singleLetters: [Unicode.Scalar: Unicode.Scalar] = [
            "\u{D1}": "\u{110}", "\u{F1}": "\u{111}",  // Ñ ñ → Đ đ
            "\u{D4}": "\u{1A0}", "\u{F4}": "\u{1A1}",  // Ô ô → Ơ ơ
            "\u{D6}": "\u{1AF}", "\u{F6}": "\u{1B0}",  // Ö ö → Ư ư
            "\u{CD}": "\u{CD}", "\u{ED}": "\u{ED}",  // Í í → Í í
            "\u{CC}": "\u{CC}", "\u{EC}": "\u{EC}",  // Ì ì → Ì ì
            "\u{C6}": "\u{1EC8}", "\u{E6}": "\u{1EC9}",  // Æ æ → Ỉ ỉ
            "\u{D3}": "\u{128}", "\u{F3}": "\u{129}",  // Ó ó → Ĩ ĩ
            "\u{D2}": "\u{1ECA}", "\u{F2}": "\u{1ECB}",  // Ò ò → Ị ị
            "\u{CE}": "\u{1EF4}", "\u{EE}": "\u{1EF5}",  // Î î → Ỵ ỵ
        ]

        /// Mark bytes by scalar; either case is accepted after either case of base letter,
        /// because the base letter alone decides the case of the result.
        static let markByScalar: [Unicode.Scalar: Mark] = {
            var table: [Unicode.Scalar: Mark] = [:]
            for mark in marks {
                table[Unicode.Scalar(mark.upper)] = mark
                table[Unicode.Scalar(mark.lower)] = mark
            }
            return table
        }()

        /// The toneless lowercase vowel a VNI base letter stands for, or nil when the scalar is no base.
        /// ơ and ư are bases too: they take a tone byte after them.
        static func baseVowel(_ scalar: Unicode.Scalar) -> (vowel: Unicode.Scalar, isUppercase: Bool)? {
            switch scalar {
            case "a", "e", "o", "u", "y": (scalar, false)
            case "A", "E", "O", "U", "Y": (lowercaseScalar(scalar) ?? scalar, true)
            case "\u{F4}": ("\u{1A1}", false)
            case "\u{D4}": ("\u{1A1}", true)
            case "\u{F6}": ("\u{1B0}", false)
            case "\u{D6}": ("\u{1B0}", true)
            default: nil
            }
        }

        /// The vowel that `mark` makes of `vowel`, or nil when VNI does not combine the two.
        static func apply(_ mark: Mark, to vowel: Unicode.Scalar) -> Unicode.Scalar? {
            switch (mark.shape, vowel) {
            case (.toneOnly, _): vowel
            case (.circumflex, "a"): "\u{E2}"
            case (.circumflex, "e"): "\u{EA}"
            case (.circumflex, "o"): "\u{F4}"
            case (.breve, "a"): "\u{103}"
            default: nil
            }
        }
    }
}
