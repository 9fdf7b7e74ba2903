import NTMCore

/// One organisation's tasks on a day, counted the way official task reports count them.
public struct Scorecard: Hashable, Sendable {
    public var organisation: OrganisationRef
    public var doneOnTime = 0
    public var doneLate = 0
    public var withinDeadline = 0
    public var overdue = 0
    public var noDeadline = 0
    /// Of `noDeadline`, those with nothing reported for three months.
    public var stale = 0
    /// Overdue tasks by how long they have been overdue.
    public var overdueByAge: [OverdueAge: Int] = [:]

    public init(organisation: OrganisationRef) { self.organisation = organisation }

    public var total: Int { doneOnTime + doneLate + withinDeadline + overdue + noDeadline }

    /// The tasks each organisation leads, counted on `date`, organisations in order.
    public static func cards(for tasks: [DirectiveTask], on date: LocalDate) -> [Scorecard] {
        var cards: [OrganisationRef: Scorecard] = [:]
        for task in tasks {
            cards[task.lead, default: Scorecard(organisation: task.lead)].count(task.timeliness(on: date))
        }
        return cards.values.sorted { $0.organisation < $1.organisation }
    }

    /// Counts one task of the given timeliness.
    public mutating func count(_ timeliness: Timeliness) {
        switch timeliness {
        case .doneOnTime: doneOnTime += 1
        case .doneLate: doneLate += 1
        case .withinDeadline: withinDeadline += 1
        case .overdue(let days):
            overdue += 1
            overdueByAge[OverdueAge(days: days), default: 0] += 1
        case .noDeadline(let isStale):
            noDeadline += 1
            if isStale { stale += 1 }
        }
    }

    /// Open tasks that need attention on `date`, overdue ones first and the longest overdue first, then stale ones.
    public static func attention(_ tasks: [DirectiveTask], on date: LocalDate) -> [DirectiveTask] {
        func rank(_ task: DirectiveTask) -> (Int, Int)? {
            switch task.timeliness(on: date) {
            case .overdue(let days): (0, -days)
            case .noDeadline(stale: true): (1, 0)
            default: nil
            }
        }
        return tasks.compactMap { task in rank(task).map { (task, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.id < $1.0.id }
            .map(\.0)
    }
}
