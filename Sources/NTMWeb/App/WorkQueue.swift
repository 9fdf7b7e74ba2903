import Foundation
import NTMCore
import NTMStore

/// What waits on an account: values it must review (the review queue), and its own values that were returned or are
/// still drafts (the to-do page). One place decides both, so the menu's queue and the to-do page agree.
struct WorkQueue: Sendable {
    let services: WebServices

    /// The statuses an account acts on in review: submitted values to verify; verified ones too for the office.
    static func reviewStatuses(for account: Account) -> [ReviewStatus] {
        account.role == .office ? [.submitted, .verified] : [.submitted]
    }

    static func canReview(_ account: Account) -> Bool { [.office, .district, .department].contains(account.role) }

    /// Current values the account may verify or approve, oldest first, at most `limit`.
    func toReview(for account: Account, engine: EvaluationEngine, limit: Int) async throws -> [ObservationRecord] {
        guard Self.canReview(account) else { return [] }
        let policy = AccessPolicy(engine: engine)
        var units: [UnitCode]?
        if account.role == .district, let home = account.unit {
            units = engine.units.descendants(of: home, on: services.defaultDate()).map(\.code)
        }
        let records = try await services.store.currentRecords(
            RecordFilter(units: units, statuses: Self.reviewStatuses(for: account), limit: 5_000))
        var result: [ObservationRecord] = []
        for record in records.sorted(by: { ($0.recordedAt, $0.id) < ($1.recordedAt, $1.id) }) {
            let action: ReviewAction = record.status == .verified ? .approve : .verify
            guard policy.canReview(account, action: action, slot: record.slot) else { continue }
            result.append(record)
            if result.count >= limit { break }
        }
        return result
    }

    /// The account's own values in `statuses` (returned, drafts), newest first: what it has to correct or send.
    func ownValues(for account: Account, statuses: [ReviewStatus], limit: Int) async throws -> [ObservationRecord] {
        guard [.commune, .district].contains(account.role), let unit = account.unit else { return [] }
        let records = try await services.store.currentRecords(RecordFilter(units: [unit], statuses: statuses, limit: limit))
        return records.sorted { ($0.recordedAt, $0.id) > ($1.recordedAt, $1.id) }
    }
}
