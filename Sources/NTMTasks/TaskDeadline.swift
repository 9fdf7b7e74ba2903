import Foundation
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

extension TaskDeadline {
    /// The one written form of a deadline, in files, forms, the API and the store: `none`, a date (`2019-10-15`
    /// or `15/10/2019`), or `monthly:25`.
    public init?(text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text == "none" {
            self = .none
        } else if text.hasPrefix("monthly:") {
            guard let day = Int(text.dropFirst("monthly:".count)), (1...31).contains(day) else { return nil }
            self = .monthly(day: day)
        } else if let date = LocalDate(parsing: text) {
            self = .on(date)
        } else {
            return nil
        }
    }

    public var text: String {
        switch self {
        case .none: "none"
        case .on(let date): date.iso
        case .monthly(let day): "monthly:\(day)"
        }
    }

    /// How a page shows it: `15/10/2019`, `hằng tháng, ngày 25`, `không có thời hạn`.
    public func display(_ language: Language) -> String {
        switch (self, language) {
        case (.none, .vi): "không có thời hạn"
        case (.none, .en): "no deadline"
        case (.on(let date), .vi): date.vietnamese
        case (.on(let date), .en): date.iso
        case (.monthly(let day), .vi): "hằng tháng, ngày \(day)"
        case (.monthly(let day), .en): "monthly, on day \(day)"
        }
    }
}

extension TaskDeadline: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let deadline = TaskDeadline(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a deadline (none, YYYY-MM-DD or monthly:DAY)")
        }
        self = deadline
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
