import NTMCore

/// Reads spreadsheet cells the way officers type them.
enum CellParsing {
    /// `Đạt`, `đạt`, `x`, `1`, `true`, `có` are yes; `Không đạt`, `chưa đạt`, `không`, `0`, `false` are no.
    static func passFail(_ text: String) -> Bool? {
        switch text.trimmingSpaces().lowercased() {
        case "đạt", "dat", "x", "1", "true", "yes", "có", "co", "met": true
        case "không đạt", "khong dat", "chưa đạt", "chua dat", "không", "khong", "0", "false", "no", "not met": false
        default: nil
        }
    }

    /// `45`, `45.5`, or `45,5` (a decimal comma when there is no dot).
    static func decimal(_ text: String) -> FixedDecimal? {
        let trimmed = text.trimmingSpaces()
        if let value = FixedDecimal(trimmed) { return value }
        if !trimmed.contains("."), trimmed.filter({ $0 == "," }).count == 1 {
            return FixedDecimal(String(trimmed.map { $0 == "," ? "." : $0 }))
        }
        return nil
    }

    static func integer(_ text: String) -> Int64? {
        let trimmed = text.trimmingSpaces()
        if let value = Int64(trimmed) { return value }
        // Spreadsheets often store whole numbers as "12.0".
        if let value = FixedDecimal(trimmed), value.isInteger { return value.scaled / FixedDecimal.scale }
        return nil
    }
}
