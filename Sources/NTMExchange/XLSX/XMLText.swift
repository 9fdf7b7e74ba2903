/// Escaping between Swift strings and the XML text of OOXML parts.
enum XMLText {
    /// XML 1.0 forbids most control characters outright, so they are dropped rather than escaped.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Escapes markup characters for use in element text or in a double- or single-quoted attribute.
    static func escaped(_ text: String) -> String {
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

    /// Cell text as a `<t>` element; Excel trims unmarked leading and trailing whitespace.
    static func textElement(_ text: String) -> String {
        let body = escaped(OOXMLEscape.protectLiteralEscapes(text))
        // Judged on the characters that survive, since dropped control characters may sit at the edges.
        let scalars = text.unicodeScalars
        let edges = [scalars.first(where: isAllowed), scalars.last(where: isAllowed)].compactMap { $0 }
        let needsPreserve = edges.contains { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return needsPreserve ? "<t xml:space=\"preserve\">\(body)</t>" : "<t>\(body)</t>"
    }
}

/// The `_xHHHH_` escape that Excel applies inside cell text (ECMA-376 ST_Xstring).
enum OOXMLEscape {
    /// Text that merely looks like an escape must not be decoded by Excel, so its underscore is itself escaped.
    static func protectLiteralEscapes(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "_", escapedValue(in: scalars, at: offset) != nil {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Excel writes characters XML cannot carry (and literal look-alikes) as `_xHHHH_`.
    static func decode(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var offset = 0
        while offset < scalars.count {
            if scalars[offset] == "_", let value = escapedValue(in: scalars, at: offset),
                let decoded = Unicode.Scalar(value)
            {
                result.append(decoded)
                offset += 7
            } else {
                result.append(scalars[offset])
                offset += 1
            }
        }
        return String(result)
    }

    /// A byte scan for "_x": Foundation's `contains` showed up in profiles of 100k-row sheets.
    private static func mayContainEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_"), byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }

    private static func escapedValue(in scalars: [Unicode.Scalar], at offset: Int) -> UInt32? {
        guard offset + 6 < scalars.count, scalars[offset + 1] == "x", scalars[offset + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(offset + 2)...(offset + 5)] {
            guard let digit = hexDigit(scalar) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x41 + 10
        case 0x61...0x66: scalar.value - 0x61 + 10
        default: nil
        }
    }
}
