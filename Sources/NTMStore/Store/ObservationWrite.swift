import Foundation
import NTMCore

/// One write to observations: new values or review steps. Both stores carry it out the same way, in one
/// transaction — read the current heads of `slots`, `plan` the revisions and the audit entry from them (pure rules,
/// `WritePlanner`), insert the revisions, append the audit entry — through a single `perform` each, so the
/// sequence and its rules cannot drift apart between SQLite and PostgreSQL.
struct ObservationWrite: Sendable {
    enum Kind: Sendable {
        case values([ObservationChange], status: ReviewStatus)
        case reviews([ReviewRequest])
    }

    let kind: Kind
    let batch: String?

    static func values(_ changes: [ObservationChange], status: ReviewStatus, batch: String?) -> ObservationWrite {
        ObservationWrite(kind: .values(changes, status: status), batch: batch)
    }

    static func reviews(_ requests: [ReviewRequest]) -> ObservationWrite {
        ObservationWrite(kind: .reviews(requests), batch: nil)
    }

    var isEmpty: Bool { slots.isEmpty }

    /// The slots whose heads the plan needs.
    var slots: [ObservationSlot] {
        switch kind {
        case .values(let changes, _): changes.map(\.slot)
        case .reviews(let requests): requests.map(\.slot)
        }
    }

    /// The revisions to insert and what to audit, or why the write is refused.
    func plan(heads: [ObservationSlot: SlotHead]) throws(StoreError) -> (revisions: [PlannedRevision], audit: PendingAudit) {
        switch kind {
        case .values(let changes, let status):
            let planned = try WritePlanner.values(changes, status: status, heads: heads)
            return (planned, WritePlanner.audit(planned, action: "write", heads: heads, batch: batch))
        case .reviews(let requests):
            let planned = try WritePlanner.reviews(requests, heads: heads)
            let action = requests.count == 1 ? requests[0].action.name : "review"
            return (planned, WritePlanner.audit(planned, action: action, heads: heads, batch: nil))
        }
    }
}
