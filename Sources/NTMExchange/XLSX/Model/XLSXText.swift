import NTMOOXML

/// SpreadsheetML text: cell `<t>` elements and the `_xHHHH_` escape Excel applies inside them.
enum XLSXText {
    /// Cell text as a `<t>` element; Excel trims unmarked leading and trailing whitespace.
    static func textElement(_ text: String) -> String {
        let body = XMLText.escaped(XLSXStringEscape.protectLiteralEscapes(text))
        // Judged on the characters that survive, since dropped control characters may sit at the edges.
        let scalars = text.unicodeScalars
        let edges = [scalars.first(where: XMLText.isAllowed), scalars.last(where: XMLText.isAllowed)].compactMap { $0 }
        let needsPreserve = edges.contains { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return needsPreserve ? "<t xml:space=\"preserve\">\(body)</t>" : "<t>\(body)</t>"
    }
}

/// The `_xHHHH_` escape that Excel applies inside cell text (ECMA-376 ST_Xstring).
enum XLSXStringEscape {
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
