/// Converts between 0-based column indexes and Excel column letters.
public enum XLSXColumn {
    /// 0 gives "A", 25 "Z", 26 "AA"; a negative index gives "".
    public static func letters(_ index: Int) -> String {
        guard index >= 0 else { return "" }
        var remaining = index + 1
        var scalars: [Unicode.Scalar] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + digit)))
            remaining = (remaining - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// "A" gives 0, "AA" 26; lower case is accepted; anything but letters gives nil.
    public static func index(_ letters: String) -> Int? {
        index(utf8: letters.utf8)
    }

    static func index(utf8 bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            let digit: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 1
            default: return nil
            }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 26)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = sum
        }
        return value - 1
    }
}
