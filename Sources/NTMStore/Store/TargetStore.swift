import Foundation
import NTMTargets

/// The briefing's targets. Only their definitions are stored: status, gap and forecast are computed from the
/// values every time, never kept.
public protocol TargetStore: Sendable {
    /// Creates each target, or replaces the one with its id, all in one transaction (a file's targets are kept
    /// together or not at all); the audit trail keeps before and after of each. The caller has checked them against
    /// the units and criteria (`Target.problems(engine:)`).
    func saveTargets(_ targets: [TargetDocument], by user: String) async throws
    /// Every target, by deadline then id.
    func targets() async throws -> [TargetDocument]
}

/// How both stores write a target's text, so their audit entries and rows are byte-identical.
enum StoredTarget {
    static func encode(_ target: TargetDocument) throws -> String { try StoredJSON.encode(target) }
    static func decode(_ text: String) throws -> TargetDocument { try StoredJSON.decode(TargetDocument.self, from: text) }
}

extension TargetStore {
    public func saveTarget(_ target: TargetDocument, by user: String) async throws { try await saveTargets([target], by: user) }
}

extension PendingAudit {
    static func targetSaved(id: String, before: String?, after: String) -> PendingAudit {
        PendingAudit(action: before == nil ? "create-target" : "update-target", entity: "target", key: id, before: before, after: after)
    }
}
