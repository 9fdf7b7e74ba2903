import Foundation
import NTMCore

/// The current state of a slot, as both stores keep it in `observation_heads`.
struct SlotHead: Hashable, Sendable {
    var revision: Int
    var status: ReviewStatus
    var value: ObservationValue
    var source: String?
    var evidence: String?
    var approvedID: Int64?
}

/// A revision ready to insert.
struct PlannedRevision: Hashable, Sendable {
    var slot: ObservationSlot
    var revision: Int
    var kind: RevisionKind
    var value: ObservationValue
    var status: ReviewStatus
    var source: String?
    var evidence: String?
    var comment: String?
    /// The approved revision of the slot after this one: the new row, or the one already approved.
    var keepsApprovedID: Int64?
}

/// The rules of writing, shared by both stores: concurrency checks, review transitions and what to audit.
/// Pure functions over the slots' current heads, so SQLite and PostgreSQL cannot drift apart.
enum WritePlanner {
    static func values(
        _ changes: [ObservationChange], status: ReviewStatus,
        heads: [ObservationSlot: SlotHead]
    ) throws(StoreError) -> [PlannedRevision] {
        var seen: Set<ObservationSlot> = []
        return try values(changes, status: status, heads: heads, seen: &seen)
    }

    /// Plans one chunk of a larger write; `seen` carries the slots of earlier chunks to catch duplicates across them.
    static func values(
        _ changes: [ObservationChange], status: ReviewStatus, heads: [ObservationSlot: SlotHead],
        seen: inout Set<ObservationSlot>
    ) throws(StoreError) -> [PlannedRevision] {
        seen.reserveCapacity(seen.count + changes.count)
        var planned: [PlannedRevision] = []
        planned.reserveCapacity(changes.count)
        for change in changes {
            let slot = change.slot
            guard seen.insert(slot).inserted else { throw .duplicateInBatch(slot) }
            let head = heads[slot]
            guard change.expected.matches(current: head?.revision) else {
                throw .conflict(slot, expected: change.expected, current: head?.revision)
            }
            if let head {
                do { try head.status.checkValueChange() } catch { throw .review(slot, error) }
            }
            if let long = ObservationText.problem(source: change.observation.source, evidence: change.observation.evidence, comment: change.comment) {
                throw .textTooLong(slot, field: long.field, limit: long.limit)
            }
            planned.append(
                PlannedRevision(
                    slot: slot, revision: (head?.revision ?? 0) + 1, kind: .value, value: change.observation.value, status: status,
                    source: change.observation.source.meaningful, evidence: change.observation.evidence.meaningful,
                    comment: change.comment.meaningful, keepsApprovedID: head?.approvedID))
        }
        return planned
    }

    static func reviews(_ requests: [ReviewRequest], heads: [ObservationSlot: SlotHead]) throws(StoreError) -> [PlannedRevision] {
        var seen: Set<ObservationSlot> = []
        var planned: [PlannedRevision] = []
        for request in requests {
            let slot = request.slot
            guard seen.insert(slot).inserted else { throw .duplicateInBatch(slot) }
            guard let head = heads[slot] else { throw .noValue(slot) }
            guard request.expected.matches(current: head.revision) else {
                throw .conflict(slot, expected: request.expected, current: head.revision)
            }
            let next: ReviewStatus
            do { next = try head.status.applying(request.action) } catch { throw .review(slot, error) }
            if let long = ObservationText.problem(source: nil, evidence: nil, comment: request.action.comment) {
                throw .textTooLong(slot, field: long.field, limit: long.limit)
            }
            planned.append(
                PlannedRevision(
                    slot: slot, revision: head.revision + 1, kind: .review, value: head.value, status: next, source: head.source,
                    evidence: head.evidence, comment: request.action.comment.meaningful, keepsApprovedID: head.approvedID))
        }
        return planned
    }

    /// One audit entry per write call. Large imports are summarised: the revisions themselves carry who and when.
    static func audit(_ planned: [PlannedRevision], action: String, heads: [ObservationSlot: SlotHead], batch: String?) -> PendingAudit {
        let listed = planned.prefix(200)
        let after = listed.map { AuditValue(slot: $0.slot, revision: $0.revision, value: $0.value, status: $0.status, comment: $0.comment) }
        let before = listed.compactMap { revision in
            heads[revision.slot].map { AuditValue(slot: revision.slot, revision: $0.revision, value: $0.value, status: $0.status, comment: nil) }
        }
        var afterText = AuditJSON.encode(after)
        if planned.count > listed.count { afterText = "{\"count\":\(planned.count),\"first\":\(afterText)}" }
        let key: String? = planned.count == 1 ? planned.first.map { Self.key($0.slot) } : batch
        return PendingAudit(
            action: action, entity: "observation", key: key,
            before: before.isEmpty ? nil : AuditJSON.encode(before), after: afterText)
    }

    static func key(_ slot: ObservationSlot) -> String {
        "\(slot.unit)/\(slot.criteriaSet)/\(slot.indicator)/\(slot.date.iso)"
    }
}

/// A value as shown in the audit log.
struct AuditValue: Encodable {
    var slot: ObservationSlot
    var revision: Int
    var value: ObservationValue
    var status: ReviewStatus
    var comment: String?
}

enum AuditJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension String? {
    /// Empty or blank text is no text: stored as NULL by both engines, so SQLite and PostgreSQL read back alike.
    var meaningful: String? {
        guard let self, !self.allSatisfy(\.isWhitespace) else { return nil }
        return self
    }
}
