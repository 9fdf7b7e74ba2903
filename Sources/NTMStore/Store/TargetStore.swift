import Foundation
import NTMCore
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
    /// The stored targets, read back; a stored one that no longer reads (cannot happen through the store's writers)
    /// is left out rather than failing the page, export or report.
    public func readTargets() async throws -> [Target] {
        try await targets().compactMap { try? $0.target() }
    }

    /// The targets a page, export or report about `scope` shows on `date`: those whose unit (or whose registered
    /// xã's unit) lies in it; the whole country's shows them all.
    public func targets(within scope: EvaluationScope, units: UnitHierarchy, on date: LocalDate) async throws -> [Target] {
        try await readTargets().filter { $0.lies(within: scope, units: units, on: date) }
    }

    public func saveTarget(_ target: TargetDocument, by user: String) async throws { try await saveTargets([target], by: user) }
}

extension PendingAudit {
    static func targetSaved(id: String, before: String?, after: String) -> PendingAudit {
        PendingAudit(action: before == nil ? "create-target" : "update-target", entity: "target", key: id, before: before, after: after)
    }
}
