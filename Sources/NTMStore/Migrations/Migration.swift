/// One schema change, named for what it does, with its SQL for each database.
/// Migrations are applied in order, each in its own transaction, and recorded in `schema_migrations`.
protocol Migration: Sendable {
    static var name: String { get }
    static var sqlite: [String] { get }
    static var postgres: [String] { get }
}

/// Every migration, oldest first. Append only: a released migration is never edited.
enum Migrations {
    static let all: [any Migration.Type] = [
        CreateUnits.self,
        CreateCriteriaDocuments.self,
        CreateObservations.self,
        CreateRegistrations.self,
        CreateAuditLog.self,
        CreateAccounts.self,
        AddUserOrganisations.self,
        CreateLoginAttempts.self,
        CreateTargets.self,
        CreateDirectivesAndTasks.self,
        CreateBriefingSessions.self,
        CreateFunds.self,
    ]
}

extension Migrations {
    /// Refuses a store whose recorded migrations are not a prefix of ours: it was made by a newer NTM Monitor.
    static func check(applied: [String]) throws {
        let known = all.map { $0.name }
        for name in applied where !known.contains(name) {
            throw StoreError.unsupported("the store has migration '\(name)', which this version of NTM Monitor does not know; use a newer version")
        }
    }
}
