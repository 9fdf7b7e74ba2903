import Logging
import NTMCore

/// Data upgrades that need the criteria, not just SQL: a department account made before accounts belonged to
/// organisations carried a hand-typed list of criterion numbers; it becomes an account of the department the
/// province assigns exactly those criteria to. An account no department matches keeps no organisation, and so
/// no review rights, and is reported, rather than being given a guess.
public enum AccountUpgrade {
    /// The usernames upgraded, and those that could not be.
    public struct Outcome: Sendable, Equatable {
        public var upgraded: [String] = []
        public var unmatched: [String] = []

        public init(upgraded: [String] = [], unmatched: [String] = []) {
            self.upgraded = upgraded
            self.unmatched = unmatched
        }
    }

    @discardableResult
    public static func run(_ store: any NTMStore, logger: Logger) async throws -> Outcome {
        var outcome = Outcome()
        let pending = try await store.accounts().filter { $0.role == .department && $0.organisation == nil }
        guard !pending.isEmpty else { return outcome }
        let catalog = try StoredCatalog.catalog(from: try await store.documents())
        let assignments = departmentCriteria(catalog)
        for account in pending {
            guard let stored = try await store.account(account.username), !stored.legacyCriteria.isEmpty else { continue }
            let wanted = Set(stored.legacyCriteria)
            let matches = Set(assignments.filter { $0.criteria == wanted }.map(\.department))
            guard matches.count == 1, let department = matches.first else {
                outcome.unmatched.append(account.username)
                logger.warning(
                    "department account matches no single department: give it one with `ntm user role`",
                    metadata: ["user": "\(account.username)", "criteria": "\(stored.legacyCriteria)"])
                continue
            }
            var upgraded = stored.account
            upgraded.organisation = .department(department)
            try await store.saveAccount(upgraded, passwordHash: nil, by: "upgrade")
            outcome.upgraded.append(account.username)
        }
        return outcome
    }

    /// Each department's criteria in each set and overlay that assigns any.
    static func departmentCriteria(_ catalog: CriteriaCatalog) -> [(department: String, criteria: Set<Int>)] {
        var result: [(String, Set<Int>)] = []
        for set in catalog.sets {
            let grouped = Dictionary(
                grouping: set.criteria.compactMap { criterion in criterion.responsible.map { ($0.department, criterion.number) } }, by: \.0)
            result += grouped.map { ($0.key, Set($0.value.map(\.1))) }
        }
        for overlay in catalog.overlays {
            let grouped = Dictionary(grouping: overlay.responsible.map { ($0.value.department, $0.key) }, by: \.0)
            result += grouped.map { ($0.key, Set($0.value.map(\.1))) }
        }
        return result
    }
}
