import NTMCore

/// A task as a reader sees it on a day: what it is, who leads it, when it is due (and was originally due), and
/// where it stands. The one shape behind the API's task list and `ntm tasks list|overdue --format json`, so a
/// province's notifier reads the same fields from either.
public struct TaskSummary: Hashable, Sendable, Encodable {
    public struct Organisation: Hashable, Sendable, Encodable {
        public var ref: String
        public var name: String
    }

    public var id: String
    public var directive: String
    public var text: String
    public var lead: Organisation
    public var supporting: [Organisation]
    public var units: [String]
    public var criteria: [Int]
    public var targets: [String]
    public var assignedOn: LocalDate
    /// `none`, a date or `monthly:DAY`.
    public var deadline: String
    public var deadlineIllustrative: Bool
    /// The deadline in force on the day, after extensions; nil without a dated deadline.
    public var due: LocalDate?
    /// The deadline first given, when an extension moved it.
    public var originalDue: LocalDate?
    public var completedOn: LocalDate?
    /// `done-on-time`, `done-late`, `within-deadline`, `overdue`, `no-deadline`.
    public var status: String
    /// Days overdue, late, or left, as the status says.
    public var days: Int?
    /// For overdue tasks: `up-to-30`, `31-90`, `91-120`, `over-120`.
    public var overdueAge: String?
    /// No deadline and nothing reported for three months.
    public var stale: Bool
    public var statusText: String
    public var lastReport: ProgressReport?
    public var reports: Int

    public init(_ task: DirectiveTask, on date: LocalDate, directory: OrganisationDirectory, language: Language) {
        func organisation(_ ref: OrganisationRef) -> Organisation {
            Organisation(ref: ref.text, name: directory.organisation(ref)?.name.text(language) ?? ref.text)
        }
        let timeliness = task.timeliness(on: date)
        id = task.id
        directive = task.directive
        text = task.text
        lead = organisation(task.lead)
        supporting = task.supporting.map(organisation)
        units = task.units.map(\.rawValue)
        criteria = task.criteria
        targets = task.targets
        assignedOn = task.assignedOn
        deadline = task.deadline.text
        deadlineIllustrative = task.deadlineIllustrative
        due = task.due(on: date)
        originalDue = task.originalDue == due ? nil : task.originalDue
        completedOn = task.completedOn.flatMap { $0 <= date ? $0 : nil }
        (status, days, stale) = Self.status(timeliness)
        overdueAge = if case .overdue(let days) = timeliness { OverdueAge(days: days).code } else { nil }
        statusText = timeliness.text(language)
        lastReport = task.latestReport(on: date)
        reports = task.reports.filter { $0.date <= date }.count
    }

    static func status(_ timeliness: Timeliness) -> (String, Int?, Bool) {
        switch timeliness {
        case .doneOnTime: ("done-on-time", nil, false)
        case .doneLate(let days): ("done-late", days, false)
        case .withinDeadline(let days): ("within-deadline", days, false)
        case .overdue(let days): ("overdue", days, false)
        case .noDeadline(let stale): ("no-deadline", nil, stale)
        }
    }
}

/// Tasks as seen on a day: the document `ntm tasks list|overdue --format json` prints and `GET /api/v1/tasks` returns.
public struct TaskList: Hashable, Sendable, Encodable {
    public var date: LocalDate
    public var tasks: [TaskSummary]

    public init(date: LocalDate, tasks: [TaskSummary]) {
        self.date = date
        self.tasks = tasks
    }
}

extension OverdueAge {
    /// The band's name in files and JSON.
    public var code: String {
        switch self {
        case .upTo30: "up-to-30"
        case .upTo90: "31-90"
        case .upTo120: "91-120"
        case .over120: "over-120"
        }
    }
}
