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
    ]
}
