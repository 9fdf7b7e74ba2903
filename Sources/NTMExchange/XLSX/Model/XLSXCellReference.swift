/// A parsed "B12"-style reference; it exists because readers must place cells by their `r` attribute.
struct XLSXCellReference: Hashable, Sendable {
    let row: Int
    let column: Int

    /// Excel's own grid size; references beyond it mean a broken file, not a big one.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Accepts "B12" and "$B$12"; nil when the text is not a reference inside Excel's grid.
    /// Parsed in one pass over the bytes because every cell of a 100k-row sheet goes through here.
    init?(_ text: String) {
        var column = 0
        var rowNumber = 0
        var letterCount = 0
        var digitCount = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digitCount == 0, letterCount < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letterCount += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letterCount > 0, digitCount < 7 else { return nil }
                rowNumber = rowNumber * 10 + Int(byte - UInt8(ascii: "0"))
                digitCount += 1
            default:
                return nil
            }
        }
        guard digitCount > 0, rowNumber >= 1, rowNumber <= Self.maxRows, column <= Self.maxColumns else { return nil }
        self.row = rowNumber - 1
        self.column = column - 1
    }

    var a1: String { XLSXColumn.letters(column) + String(row + 1) }

    /// Parses 1-based row numbers without allocating; nil on anything but digits or on overflow.
    static func decimal(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
