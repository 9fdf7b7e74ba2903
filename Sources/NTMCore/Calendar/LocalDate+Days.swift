/// Day arithmetic: deadlines, working days and spreadsheet dates count whole days.
extension LocalDate {
    /// Days since 1970-01-01 (negative before it), by the proleptic Gregorian calendar.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil: exact for every year the type allows, without Foundation.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01; clamped to years 1…9999.
    public init(dayNumber: Int) {
        let clamped = min(max(dayNumber, -719_162), 2_932_896)
        let z = clamped + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(ordinal: Int32(year * 10_000 + month * 100 + day))
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The same day `months` months later, or the month's last day when it has no such day (31/01 + 1 → 28/02).
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        let last = LocalDate.daysIn(month: newMonth, year: newYear)
        return LocalDate(year: newYear, month: newMonth, day: min(day, last)) ?? self
    }

    /// A date stored in a spreadsheet as a day count (Excel's 1900 date system, day 0 = 1899-12-30);
    /// nil outside 1900–9999.
    public init?(spreadsheetSerial serial: Int) {
        guard (1...2_958_465).contains(serial) else { return nil }
        self.init(dayNumber: serial - 25_569)
    }

    public var spreadsheetSerial: Int { dayNumber + 25_569 }
}
