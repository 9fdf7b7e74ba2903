import NTMCore

/// A task a directive gives (nhiệm vụ): who leads it and who supports, what it is about, when it is due,
/// what has been reported and when it was done. Its timeliness is derived from these, never typed.
public struct DirectiveTask: Hashable, Sendable, Codable {
    public var id: String
    /// The directive that gives it.
    public var directive: String
    public var text: String
    public var lead: OrganisationRef
    public var supporting: [OrganisationRef]
    /// The units the task is about (communes, districts, the province).
    public var units: [UnitCode]
    /// The criteria it is about, by number in the set in force.
    public var criteria: [Int]
    /// The briefing's targets it serves, by id.
    public var targets: [String]
    public var assignedOn: LocalDate
    public var deadline: TaskDeadline
    /// The deadline was made up for the demo, the directive giving none; pages say so next to it.
    public var deadlineIllustrative: Bool
    public var extensions: [DeadlineExtension]
    public var reports: [ProgressReport]
    public var completedOn: LocalDate?

    public init(
        id: String, directive: String = "", text: String, lead: OrganisationRef, supporting: [OrganisationRef] = [],
        units: [UnitCode] = [], criteria: [Int] = [], targets: [String] = [], assignedOn: LocalDate, deadline: TaskDeadline,
        deadlineIllustrative: Bool = false, extensions: [DeadlineExtension] = [], reports: [ProgressReport] = [],
        completedOn: LocalDate? = nil
    ) {
        self.id = id
        self.directive = directive
        self.text = text
        self.lead = lead
        self.supporting = supporting
        self.units = units
        self.criteria = criteria
        self.targets = targets
        self.assignedOn = assignedOn
        self.deadline = deadline
        self.deadlineIllustrative = deadlineIllustrative
        self.extensions = extensions
        self.reports = reports
        self.completedOn = completedOn
    }

    /// The deadline in force on `date`: the latest extension approved by then, else the original one.
    public func due(on date: LocalDate) -> LocalDate? {
        guard case .on(let original) = deadline else { return nil }
        let granted = extensions.filter { $0.approvedOn <= date }.max { $0.approvedOn < $1.approvedOn }
        return granted?.newDue ?? original
    }

    /// The original deadline, shown next to an extended one.
    public var originalDue: LocalDate? {
        if case .on(let original) = deadline { original } else { nil }
    }

    /// The last day anything was reported, or the day the task was given.
    public func lastActivity(on date: LocalDate) -> LocalDate {
        reports.map(\.date).filter { $0 <= date }.max() ?? assignedOn
    }
}

extension DirectiveTask {
    /// The task as given, without what happened to it since: what the office writes when it creates it.
    public var definition: DirectiveTask {
        var task = self
        task.extensions = []
        task.reports = []
        task.completedOn = nil
        return task
    }

    /// The latest report on or before `date`.
    public func latestReport(on date: LocalDate) -> ProgressReport? {
        reports.filter { $0.date <= date }.max { $0.date < $1.date }
    }
}

extension DirectiveTask {
    /// Whether the task is about criterion `number` where `ancestry` lies (the unit first, then the units it lies in):
    /// it names the criterion and names that unit or one it lies in, or names no unit at all.
    public func concerns(criterion number: Int, in ancestry: [UnitCode]) -> Bool {
        criteria.contains(number) && (units.isEmpty || units.contains { ancestry.contains($0) })
    }
}
