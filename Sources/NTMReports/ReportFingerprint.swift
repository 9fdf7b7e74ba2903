import Crypto
import Foundation
import NTMDOCX

/// The data hash a report prints and stores in its properties: SHA-256 of every text the body prints, in order.
/// Two reports with the same hash say the same things; any changed figure changes it.
enum ReportFingerprint {
    static func hash(_ blocks: [DOCXBlock]) -> String {
        var hasher = SHA256()
        for block in blocks {
            hasher.update(data: Data(block.text.utf8))
            hasher.update(data: Data([0x1E]))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
