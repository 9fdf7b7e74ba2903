// TCVN 5712:1993 VN3 ("TCVN3", "ABC") as drawn by the normal fonts (.VnTime, .VnArial)
// and by the all-capital "H" fonts (.VnTimeH, .VnArialH).
//
// Cross-checked entry by entry (May 2026) against independent public sources:
// - glibc localedata charmap TCVN5712-1 (VN1, whose 0xA1–0xFE letters VN3 keeps unchanged),
// - UniKey's VnConv "TCVN3" table (vn-input/ibus-unikey, ukengine/data.cpp),
// - xvnkb's TCVN table (lamdao/xvnkb, tcvn.h),
// - duydev/vietnamese-conversion (src/charsets.ts),
// - the Wikipedia "VSCII" article: VN3 adds 67 lowercase and 7 uppercase letters plus NBSP,
//   and uppercase toned vowels are written by switching to the capital font,
//   which draws the same codes as capitals (UniKey likewise gives Á and á the same code 0xB8).
// VN1/VN2 also put capitals in 0x80–0x9F, 0x01–0x17 and the gaps below; VN3 files do not use
// them (those bytes are Windows-1252 punctuation there), so they are deliberately not mapped.
extension LegacyVietnamese {
    /// The TCVN3 letter tables: byte, letter in the normal font, letter in the capital "H" font.
    enum TCVN3Table {
        /// One code of the table.
        struct Entry: Sendable {
            let byte: UInt8
            /// The letter the normal font draws (lowercase for every toned vowel).
            let normal: Unicode.Scalar
            /// The letter the capital "H" font draws at the same code.
            let capital: Unicode.Scalar
        }

        static let entries: [Entry] = [
            Entry(byte: 0xA1, normal: "\u{102}", capital: "\u{102}"),  // Ă
            Entry(byte: 0xA2, normal: "\u{C2}", capital: "\u{C2}"),  // Â
            Entry(byte: 0xA3, normal: "\u{CA}", capital: "\u{CA}"),  // Ê
            Entry(byte: 0xA4, normal: "\u{D4}", capital: "\u{D4}"),  // Ô
            Entry(byte: 0xA5, normal: "\u{1A0}", capital: "\u{1A0}"),  // Ơ
            Entry(byte: 0xA6, normal: "\u{1AF}", capital: "\u{1AF}"),  // Ư
            Entry(byte: 0xA7, normal: "\u{110}", capital: "\u{110}"),  // Đ
            Entry(byte: 0xA8, normal: "\u{103}", capital: "\u{102}"),  // ă
            Entry(byte: 0xA9, normal: "\u{E2}", capital: "\u{C2}"),  // â
            Entry(byte: 0xAA, normal: "\u{EA}", capital: "\u{CA}"),  // ê
            Entry(byte: 0xAB, normal: "\u{F4}", capital: "\u{D4}"),  // ô
            Entry(byte: 0xAC, normal: "\u{1A1}", capital: "\u{1A0}"),  // ơ
            Entry(byte: 0xAD, normal: "\u{1B0}", capital: "\u{1AF}"),  // ư (the soft-hyphen code)
            Entry(byte: 0xAE, normal: "\u{111}", capital: "\u{110}"),  // đ
            Entry(byte: 0xB5, normal: "\u{E0}", capital: "\u{C0}"),  // à
            Entry(byte: 0xB6, normal: "\u{1EA3}", capital: "\u{1EA2}"),  // ả
            Entry(byte: 0xB7, normal: "\u{E3}", capital: "\u{C3}"),  // ã
            Entry(byte: 0xB8, normal: "\u{E1}", capital: "\u{C1}"),  // á
            Entry(byte: 0xB9, normal: "\u{1EA1}", capital: "\u{1EA0}"),  // ạ
            Entry(byte: 0xBB, normal: "\u{1EB1}", capital: "\u{1EB0}"),  // ằ
            Entry(byte: 0xBC, normal: "\u{1EB3}", capital: "\u{1EB2}"),  // ẳ
            Entry(byte: 0xBD, normal: "\u{1EB5}", capital: "\u{1EB4}"),  // ẵ
            Entry(byte: 0xBE, normal: "\u{1EAF}", capital: "\u{1EAE}"),  // ắ
            Entry(byte: 0xC6, normal: "\u{1EB7}", capital: "\u{1EB6}"),  // ặ
            Entry(byte: 0xC7, normal: "\u{1EA7}", capital: "\u{1EA6}"),  // ầ
            Entry(byte: 0xC8, normal: "\u{1EA9}", capital: "\u{1EA8}"),  // ẩ
            Entry(byte: 0xC9, normal: "\u{1EAB}", capital: "\u{1EAA}"),  // ẫ
            Entry(byte: 0xCA, normal: "\u{1EA5}", capital: "\u{1EA4}"),  // ấ
            Entry(byte: 0xCB, normal: "\u{1EAD}", capital: "\u{1EAC}"),  // ậ
            Entry(byte: 0xCC, normal: "\u{E8}", capital: "\u{C8}"),  // è
            Entry(byte: 0xCE, normal: "\u{1EBB}", capital: "\u{1EBA}"),  // ẻ
            Entry(byte: 0xCF, normal: "\u{1EBD}", capital: "\u{1EBC}"),  // ẽ
            Entry(byte: 0xD0, normal: "\u{E9}", capital: "\u{C9}"),  // é
            Entry(byte: 0xD1, normal: "\u{1EB9}", capital: "\u{1EB8}"),  // ẹ
            Entry(byte: 0xD2, normal: "\u{1EC1}", capital: "\u{1EC0}"),  // ề
            Entry(byte: 0xD3, normal: "\u{1EC3}", capital: "\u{1EC2}"),  // ể
            Entry(byte: 0xD4, normal: "\u{1EC5}", capital: "\u{1EC4}"),  // ễ
            Entry(byte: 0xD5, normal: "\u{1EBF}", capital: "\u{1EBE}"),  // ế
            Entry(byte: 0xD6, normal: "\u{1EC7}", capital: "\u{1EC6}"),  // ệ
            Entry(byte: 0xD7, normal: "\u{EC}", capital: "\u{CC}"),  // ì
            Entry(byte: 0xD8, normal: "\u{1EC9}", capital: "\u{1EC8}"),  // ỉ
            Entry(byte: 0xDC, normal: "\u{129}", capital: "\u{128}"),  // ĩ
            Entry(byte: 0xDD, normal: "\u{ED}", capital: "\u{CD}"),  // í
            Entry(byte: 0xDE, normal: "\u{1ECB}", capital: "\u{1ECA}"),  // ị
            Entry(byte: 0xDF, normal: "\u{F2}", capital: "\u{D2}"),  // ò
            Entry(byte: 0xE1, normal: "\u{1ECF}", capital: "\u{1ECE}"),  // ỏ
            Entry(byte: 0xE2, normal: "\u{F5}", capital: "\u{D5}"),  // õ
            Entry(byte: 0xE3, normal: "\u{F3}", capital: "\u{D3}"),  // ó
            Entry(byte: 0xE4, normal: "\u{1ECD}", capital: "\u{1ECC}"),  // ọ
            Entry(byte: 0xE5, normal: "\u{1ED3}", capital: "\u{1ED2}"),  // ồ
            Entry(byte: 0xE6, normal: "\u{1ED5}", capital: "\u{1ED4}"),  // ổ
            Entry(byte: 0xE7, normal: "\u{1ED7}", capital: "\u{1ED6}"),  // ỗ
            Entry(byte: 0xE8, normal: "\u{1ED1}", capital: "\u{1ED0}"),  // ố
            Entry(byte: 0xE9, normal: "\u{1ED9}", capital: "\u{1ED8}"),  // ộ
            Entry(byte: 0xEA, normal: "\u{1EDD}", capital: "\u{1EDC}"),  // ờ
            Entry(byte: 0xEB, normal: "\u{1EDF}", capital: "\u{1EDE}"),  // ở
            Entry(byte: 0xEC, normal: "\u{1EE1}", capital: "\u{1EE0}"),  // ỡ
            Entry(byte: 0xED, normal: "\u{1EDB}", capital: "\u{1EDA}"),  // ớ
            Entry(byte: 0xEE, normal: "\u{1EE3}", capital: "\u{1EE2}"),  // ợ
            Entry(byte: 0xEF, normal: "\u{F9}", capital: "\u{D9}"),  // ù
            Entry(byte: 0xF1, normal: "\u{1EE7}", capital: "\u{1EE6}"),  // ủ
            Entry(byte: 0xF2, normal: "\u{169}", capital: "\u{168}"),  // ũ
            Entry(byte: 0xF3, normal: "\u{FA}", capital: "\u{DA}"),  // ú
            Entry(byte: 0xF4, normal: "\u{1EE5}", capital: "\u{1EE4}"),  // ụ
            Entry(byte: 0xF5, normal: "\u{1EEB}", capital: "\u{1EEA}"),  // ừ
            Entry(byte: 0xF6, normal: "\u{1EED}", capital: "\u{1EEC}"),  // ử
            Entry(byte: 0xF7, normal: "\u{1EEF}", capital: "\u{1EEE}"),  // ữ
            Entry(byte: 0xF8, normal: "\u{1EE9}", capital: "\u{1EE8}"),  // ứ
            Entry(byte: 0xF9, normal: "\u{1EF1}", capital: "\u{1EF0}"),  // ự
            Entry(byte: 0xFA, normal: "\u{1EF3}", capital: "\u{1EF2}"),  // ỳ
            Entry(byte: 0xFB, normal: "\u{1EF7}", capital: "\u{1EF6}"),  // ỷ
            Entry(byte: 0xFC, normal: "\u{1EF9}", capital: "\u{1EF8}"),  // ỹ
            Entry(byte: 0xFD, normal: "\u{FD}", capital: "\u{DD}"),  // ý
            Entry(byte: 0xFE, normal: "\u{1EF5}", capital: "\u{1EF4}"),  // ỵ
        ]

        /// Entries by the Latin-1 scalar that carries the byte once the file is read as Windows-1252.
        static let entryByScalar: [Unicode.Scalar: Entry] = {
            var table: [Unicode.Scalar: Entry] = [:]
            for entry in entries {
                table[Unicode.Scalar(entry.byte)] = entry
            }
            return table
        }()

        /// Whether the code is a toned vowel: the normal font has it only in lowercase,
        /// so its intended case must be inferred (the other letters carry their case).
        static func hasAmbiguousCase(_ entry: Entry) -> Bool {
            entry.byte >= 0xB5
        }
    }
}
