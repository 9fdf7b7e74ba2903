import NTMCore

/// Where a task stands on a day, as official task reports count it: done on time or late, not done within its
/// deadline or overdue (Báo cáo 1270/BC-TCTTTg 2017), and tasks without a deadline apart.
public enum Timeliness: Hashable, Sendable {
    case doneOnTime
    case doneLate(days: Int)
    case withinDeadline(daysLeft: Int)
    case overdue(days: Int)
    /// Open and without a deadline; `stale` when nothing was reported for three months (Bình Định's review of
    /// tasks "quá 3 tháng nhưng chưa có văn bản tham mưu").
    case noDeadline(stale: Bool)

    public var isDone: Bool {
        switch self {
        case .doneOnTime, .doneLate: true
        default: false
        }
    }

    public var isOverdue: Bool { if case .overdue = self { true } else { false } }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.doneOnTime, .vi): "Hoàn thành đúng hạn"
        case (.doneOnTime, .en): "Done on time"
        case (.doneLate(let days), .vi): "Hoàn thành trễ \(days) ngày"
        case (.doneLate(let days), .en): "Done \(days) days late"
        case (.withinDeadline(let days), .vi): "Đang thực hiện, còn \(days) ngày"
        case (.withinDeadline(let days), .en): "In progress, \(days) days left"
        case (.overdue(let days), .vi): "Quá hạn \(days) ngày"
        case (.overdue(let days), .en): "Overdue by \(days) days"
        case (.noDeadline(false), .vi): "Không có thời hạn"
        case (.noDeadline(false), .en): "No deadline"
        case (.noDeadline(true), .vi): "Không có thời hạn, quá 3 tháng chưa báo cáo"
        case (.noDeadline(true), .en): "No deadline, nothing reported for 3 months"
        }
    }
}

/// How long a task has been overdue, in the bands provinces report (≤ 30, 31–90, 91–120, over 120 days).
public enum OverdueAge: Int, CaseIterable, Comparable, Sendable {
    case upTo30, upTo90, upTo120, over120

    public init(days: Int) {
        switch days {
        case ...30: self = .upTo30
        case 31...90: self = .upTo90
        case 91...120: self = .upTo120
        default: self = .over120
        }
    }

    public static func < (lhs: OverdueAge, rhs: OverdueAge) -> Bool { lhs.rawValue < rhs.rawValue }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.upTo30, .vi): "đến 30 ngày"
        case (.upTo30, .en): "up to 30 days"
        case (.upTo90, .vi): "31–90 ngày"
        case (.upTo90, .en): "31–90 days"
        case (.upTo120, .vi): "91–120 ngày"
        case (.upTo120, .en): "91–120 days"
        case (.over120, .vi): "trên 120 ngày"
        case (.over120, .en): "over 120 days"
        }
    }
}

extension DirectiveTask {
    /// The task's standing on `date`. A recurring task is overdue from a due day until a report dated after the
    /// previous due day arrives; finishing it counts as on time.
    public func timeliness(on date: LocalDate) -> Timeliness {
        if let completedOn, completedOn <= date {
            guard let due = due(on: completedOn) else { return .doneOnTime }
            return completedOn <= due ? .doneOnTime : .doneLate(days: due.days(to: completedOn))
        }
        switch deadline {
        case .none:
            return .noDeadline(stale: lastActivity(on: date).adding(months: 3) < date)
        case .on:
            guard let due = due(on: date) else { return .noDeadline(stale: false) }
            return date <= due ? .withinDeadline(daysLeft: date.days(to: due)) : .overdue(days: due.days(to: date))
        case .monthly(let day):
            let dueDays = TaskDeadline.monthlyDueDays(day: day, after: assignedOn, through: date)
            let next = TaskDeadline.monthlyDueDays(day: day, after: date, through: date.adding(months: 2)).first ?? date
            guard let latest = dueDays.last else { return .withinDeadline(daysLeft: date.days(to: next)) }
            // The report for the latest period may come any time after the period before it closed.
            let opened = dueDays.dropLast().last ?? assignedOn
            let reported = reports.contains { $0.date > opened && $0.date <= date }
            return reported ? .withinDeadline(daysLeft: date.days(to: next)) : .overdue(days: latest.days(to: date))
        }
    }
}
