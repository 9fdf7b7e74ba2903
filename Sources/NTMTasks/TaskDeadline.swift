import NTMCore

/// When a task is due. Briefing conclusions give all three kinds: a day ("by 15/10/2019"), a recurring duty
/// ("report monthly"), or none ("the office monitors and urges").
public enum TaskDeadline: Hashable, Sendable {
    case none
    case on(LocalDate)
    /// A report due on `day` of every month after the task is given (the last day of shorter months).
    case monthly(day: Int)

    /// The due days of a monthly duty after `start`, up to and including `end`, oldest first.
    static func monthlyDueDays(day: Int, after start: LocalDate, through end: LocalDate) -> [LocalDate] {
        var result: [LocalDate] = []
        guard var month = LocalDate(year: start.year, month: start.month, day: 1) else { return [] }
        while month <= end {
            let last = month.adding(months: 1).adding(days: -1).day
            if let due = LocalDate(year: month.year, month: month.month, day: min(max(day, 1), last)), due > start, due <= end {
                result.append(due)
            }
            month = month.adding(months: 1)
        }
        return result
    }
}
