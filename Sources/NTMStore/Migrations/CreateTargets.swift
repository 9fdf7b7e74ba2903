/// Targets set at briefings: one row per target, its definition as JSON (`TargetDocument`), replaced in place
/// with every change kept in the audit trail.
enum CreateTargets: Migration {
    static let name = "009-create-targets"

    static let sqlite = [
        """
        CREATE TABLE targets (
            id TEXT PRIMARY KEY,
            deadline TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    ]

    static let postgres = [
        """
        CREATE TABLE targets (
            id TEXT PRIMARY KEY,
            deadline DATE NOT NULL,
            body TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )
        """
    ]
}
