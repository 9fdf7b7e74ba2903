import Foundation

/// The words officers use for yes/no and met/not met, with and without Vietnamese diacritics.
public enum PassFailText {
    private static let yes: Set<String> = ["đạt", "dat", "x", "1", "true", "yes", "có", "co", "met", "pass"]
    private static let no: Set<String> = [
        "không đạt", "khong dat", "chưa đạt", "chua dat", "không", "khong", "0", "false", "no", "not met", "fail",
    ]

    /// Nil when the text is neither. Composed and decomposed Unicode (as macOS keyboards send it) read the same.
    public static func parse(_ text: String) -> Bool? {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if yes.contains(folded) { return true }
        if no.contains(folded) { return false }
        return nil
    }
}
