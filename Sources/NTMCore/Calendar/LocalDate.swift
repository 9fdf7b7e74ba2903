/// A calendar day with no time of day or zone, as Vietnamese decisions date things ("ngày 24/7/2019").
///
/// Stored packed in four bytes because millions of observations carry one.
public struct LocalDate: Hashable, Comparable, Sendable {
    /// `year * 10_000 + month * 100 + day`, which orders the same way as the calendar.
    public let ordinal: Int32

    public var year: Int { Int(ordinal / 10_000) }
    public var month: Int { Int(ordinal / 100 % 100) }
    public var day: Int { Int(ordinal % 100) }

    /// For constants known to be valid days.
    init(ordinal: Int32) { self.ordinal = ordinal }

    /// Returns nil for days that do not exist (30 February, month 13, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        ordinal = Int32(year * 10_000 + month * 100 + day)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        // Byte by byte, without allocating: imports parse a date on every one of hundreds of thousands of rows.
        var year = 0, month = 0, day = 0, position = 0
        for byte in text.utf8 {
            let digit = Int(byte) &- 48
            switch position {
            case 0...3 where (0...9).contains(digit): year = year * 10 + digit
            case 5...6 where (0...9).contains(digit): month = month * 10 + digit
            case 8...9 where (0...9).contains(digit): day = day * 10 + digit
            case 4 where byte == 45, 7 where byte == 45: break
            default: return nil
            }
            position += 1
        }
        guard position == 10 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses `D/M/YYYY`, the form used in Vietnamese documents and spreadsheets.
    public init?(vietnamese text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Accepts either `YYYY-MM-DD` or `D/M/YYYY`.
    public init?(parsing text: some StringProtocol) {
        if let date = LocalDate(iso: text) {
            self = date
            return
        }
        if let date = LocalDate(vietnamese: text) {
            self = date
            return
        }
        return nil
    }

    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// `24/07/2019`, the way provincial reports print dates.
    public var vietnamese: String {
        let d = day < 10 ? "0\(day)" : "\(day)", m = month < 10 ? "0\(month)" : "\(month)"
        return "\(d)/\(m)/\(year)"
    }

    /// 31 December of the given year.
    public static func endOfYear(_ year: Int) -> LocalDate? { LocalDate(year: year, month: 12, day: 31) }

    /// The last day of `month` in `year` (29/02 in a leap year).
    public static func endOfMonth(year: Int, month: Int) -> LocalDate? {
        guard (1...12).contains(month) else { return nil }
        return LocalDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.ordinal < rhs.ordinal }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension LocalDate: CustomStringConvertible {
    public var description: String { iso }
}

extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date in the form YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
