import NTMCore

/// Who writes directives and tasks: the office gives them and grants extensions; the lead organisation's users
/// report progress and completion on their tasks; nobody else writes.
extension AccessPolicy {
    /// Creating briefings, directives and tasks, and granting extensions.
    public func canDirect(_ account: Account) -> Bool {
        account.active && account.role == .office
    }

    /// Reporting progress on `task` or its completion: an active account of the lead organisation. Organisations
    /// are unit versions, so an account of a unit that a reorganisation replaced does not report for its successor.
    public func canReport(_ account: Account, on task: DirectiveTask) -> Bool {
        account.active && account.organisation == task.lead
    }
}
