import Foundation
import NTMCore

extension LocalDate {
    /// Midnight UTC of the day: the document date written into the properties, fixed by the inputs.
    var startOfDayUTC: Date { Date(timeIntervalSince1970: TimeInterval(dayNumber) * 86_400) }
}

/// ASCII file names for downloads and `--output` defaults.
enum ReportFileName {
    static func make(_ kind: String, scope: String, date: LocalDate) -> String {
        let scopePart = String(scope.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        return "\(kind)_\(scopePart)_\(date.iso).docx"
    }
}
