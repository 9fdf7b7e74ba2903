import Foundation

extension String {
    /// NFC, the one form stored, so "Hòa" typed on different keyboards compares equal.
    func precomposed() -> String { precomposedStringWithCanonicalMapping }
}

extension String {
    func trimmingSpaces() -> String { String(Substring(self).trimmingSpaces()) }
}
