import Foundation
import NTMCore

/// Instants shown and filtered in the province's time (UTC+7, no daylight saving), whatever the server's zone.
public enum VietnamTime {
    static let zone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt

    /// Built once: every audit row and review item formats an instant with it.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }()

    /// Today's date in Vietnam.
    public static func today() -> LocalDate? {
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    /// Midnight at the start of `date` in Vietnam.
    static func start(of date: LocalDate) -> Date? {
        calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
    }

    /// `24/07/2019 14:05`.
    static func text(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0) \(two(parts.hour)):\(two(parts.minute))"
    }
}
