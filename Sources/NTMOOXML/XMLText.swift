/// Escaping between Swift strings and the XML text of OOXML parts.
public enum XMLText {
    /// XML 1.0 forbids most control characters outright, so they are dropped rather than escaped.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Escapes markup characters for use in element text or in a double- or single-quoted attribute.
    public static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            // A raw CR would be folded into LF by every XML parser.
            case "\r": result.append(contentsOf: "&#13;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Most text needs no escaping, and checking bytes is far cheaper than rebuilding the string.
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                UInt8(ascii: "\r"):
                true
            // 0xEF leads U+FFFE and U+FFFF, which XML forbids; the slow path sorts out the rest of U+Fxxx.
            case 0x00..<0x20: byte != 0x09 && byte != 0x0A
            case 0xEF: true
            default: false
            }
        }
    }
}
