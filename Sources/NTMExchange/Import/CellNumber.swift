import NTMCore

/// Reads numbers and yes/no answers the way officers type them in Vietnamese spreadsheets.
public enum CellNumber {
    /// `45`, `45.5`, `45,5`, `1.250` (thousands) or `1.250,5`; spreadsheets store numbers with a dot.
    public static func decimal(_ text: String) -> FixedDecimal? {
        let trimmed = text.trimmingSpaces().filter { $0 != " " && $0 != "\u{00A0}" }
        if let value = FixedDecimal(trimmed) { return value }
        let dots = trimmed.filter { $0 == "." }.count, commas = trimmed.filter { $0 == "," }.count
        if commas == 1 {
            // Vietnamese notation: dots group thousands, the comma is the decimal mark.
            return FixedDecimal(String(trimmed.filter { $0 != "." }.map { $0 == "," ? "." : $0 }))
        }
        if dots > 1 && commas == 0 { return FixedDecimal(String(trimmed.filter { $0 != "." })) }
        // A float written by a spreadsheet such as 12.000000000000002 or 1E-3.
        if let double = Double(trimmed), double.isFinite, abs(double) < 1e14 { return FixedDecimal(rounding: double) }
        return nil
    }

    /// "12", "12.0" → "12".
    static func wholeNumberText(_ text: String) -> String? {
        guard let value = decimal(text), value.isInteger else { return nil }
        return String(value.scaled / FixedDecimal.scale)
    }

    public static func passFail(_ text: String) -> Bool? {
        switch text.trimmingSpaces().lowercased() {
        case "đạt", "dat", "x", "1", "true", "yes", "có", "co", "met": true
        case "không đạt", "khong dat", "chưa đạt", "chua dat", "không", "khong", "0", "false", "no", "not met": false
        default: nil
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var result = Substring(self)
        while result.first?.isWhitespace == true { result.removeFirst() }
        while result.last?.isWhitespace == true { result.removeLast() }
        return String(result)
    }
}
