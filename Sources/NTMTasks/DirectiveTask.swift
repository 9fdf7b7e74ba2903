import NTMCore

/// A task a directive gives (nhiệm vụ): who leads it and who supports, what it is about, when it is due,
/// what has been reported and when it was done. Its timeliness is derived from these, never typed.
public struct DirectiveTask: Hashable, Sendable {
    public var id: String
    public var text: String
    public var lead: OrganisationRef
    public var supporting: [OrganisationRef]
    /// The units the task is about (communes, districts, the province).
    public var units: [UnitCode]
    /// The criteria it is about, by number in the set in force.
    public var criteria: [Int]
    public var assignedOn: LocalDate
    public var deadline: TaskDeadline
    public var extensions: [DeadlineExtension]
    public var reports: [ProgressReport]
    public var completedOn: LocalDate?

    public init(
        id: String, text: String, lead: OrganisationRef, supporting: [OrganisationRef] = [], units: [UnitCode] = [],
        criteria: [Int] = [], assignedOn: LocalDate, deadline: TaskDeadline, extensions: [DeadlineExtension] = [],
        reports: [ProgressReport] = [], completedOn: LocalDate? = nil
    ) {
        self.id = id
        self.text = text
        self.lead = lead
        self.supporting = supporting
        self.units = units
        self.criteria = criteria
        self.assignedOn = assignedOn
        self.deadline = deadline
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
