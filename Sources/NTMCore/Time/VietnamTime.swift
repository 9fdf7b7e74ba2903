import Foundation

/// The province's time: Vietnam is UTC+7 all year (no daylight saving), whatever zone the server runs in.
/// "Today" for pages, deadlines and reports is the date in Vietnam, never the server's date.
public enum VietnamTime {
    public static let zone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt

    /// Built once: every audit row and review item formats an instant with it.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }()

    /// The date in Vietnam at `instant`.
    public static func date(of instant: Date) -> LocalDate {
        // Whole days since 1970-01-01 in UTC+7: no calendar lookup needed, and no failure path.
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down)) + Int64(zone.secondsFromGMT())
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return LocalDate(dayNumber: Int(days))
    }

    /// Today's date in Vietnam, by `clock`.
    public static func today(_ clock: any WallClock) -> LocalDate { date(of: clock.now()) }

    /// Midnight at the start of `date` in Vietnam.
    public static func start(of date: LocalDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(Int64(date.dayNumber) * 86_400 - Int64(zone.secondsFromGMT())))
    }

    /// `24/07/2019 14:05`.
    public static func text(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0) \(two(parts.hour)):\(two(parts.minute))"
    }
}
