import Foundation

extension LegacyVietnamese {
    /// Windows-1252, the code page legacy Vietnamese font files were written in on Windows.
    enum Windows1252 {
        /// Code points for bytes 0x80–0x9F (WHATWG and Microsoft's cp1252 table); the five
        /// undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D map to the C1 controls, as WHATWG does.
        static let highControlRange: [UInt32] = [
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
        ]

        /// The byte behind each non-Latin-1 character of the 0x80–0x9F row.
        static let byteByScalar: [Unicode.Scalar: UInt8] = {
            var table: [Unicode.Scalar: UInt8] = [:]
            for (offset, value) in highControlRange.enumerated() where value > 0xFF {
                if let scalar = Unicode.Scalar(value) { table[scalar] = UInt8(0x80 + offset) }
            }
            return table
        }()

        static func decode(_ bytes: some Collection<UInt8>) -> String {
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                let value = (0x80...0x9F).contains(byte) ? highControlRange[Int(byte) - 0x80] : UInt32(byte)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            return String(scalars)
        }
    }

    /// Decodes file bytes by byte-order mark, then strict UTF-8, then Windows-1252.
    enum TextBytes {
        static func decode(_ data: Data) -> String {
            let bytes = [UInt8](data)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                return String(decoding: bytes.dropFirst(3), as: UTF8.self)
            }
            if bytes.starts(with: [0xFF, 0xFE]) {
                return String(decoding: utf16Units(bytes.dropFirst(2), bigEndian: false), as: UTF16.self)
            }
            if bytes.starts(with: [0xFE, 0xFF]) {
                return String(decoding: utf16Units(bytes.dropFirst(2), bigEndian: true), as: UTF16.self)
            }
            // Legacy 8-bit files almost never form valid UTF-8 by chance, so valid UTF-8 wins.
            if let text = String(validating: bytes, as: UTF8.self) {
                return text
            }
            return Windows1252.decode(bytes)
        }

        /// Pairs bytes into UTF-16 code units; a dangling last byte becomes U+FFFD.
        static func utf16Units(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt16] {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 + 1)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let first = UInt16(bytes[index])
                let second = UInt16(bytes[index + 1])
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
                index += 2
            }
            if index < bytes.endIndex { units.append(0xFFFD) }
            return units
        }
    }
}
