import Foundation

extension String {
    /// NFC, the one form stored, so "Hòa" typed on different keyboards compares equal.
    func precomposed() -> String { precomposedStringWithCanonicalMapping }
}

extension String {
    /// Trimmed of surrounding whitespace; the common case (nothing to trim) returns without copying.
    func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 32 && first < 128 && last > 32 && last < 128 { return self }
        return String(Substring(self).trimmingSpaces())
    }
}
