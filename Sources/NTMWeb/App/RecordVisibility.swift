import NTMCore

/// What of a stored value an account may read. Working values — drafts, values under review, returned ones, with
/// their evidence and comments — belong to the unit, those who review it and the office. Everyone else (other
/// communes, viewers) reads approved revisions only, with their source but without evidence or comments: file
/// references and reviewers' remarks are the unit's business until the office has approved the number.
struct RecordVisibility {
    let policy: AccessPolicy
    let account: Account

    init(engine: EvaluationEngine, account: Account) {
        policy = AccessPolicy(engine: engine)
        self.account = account
    }

    /// The record as the account may see it, or nil.
    func visible(_ record: ObservationRecord) -> ObservationRecord? {
        if policy.canReadWorkingValues(account, unit: record.slot.unit, on: record.slot.date) { return record }
        guard record.status == .approved else { return nil }
        var redacted = record
        redacted.evidence = nil
        redacted.comment = nil
        return redacted
    }

    func visible(_ records: [ObservationRecord]) -> [ObservationRecord] { records.compactMap(visible) }
}
