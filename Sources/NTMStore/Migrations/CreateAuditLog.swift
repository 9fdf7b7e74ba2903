/// Who changed what and when, with the state before and after.
enum CreateAuditLog: Migration {
    static let name = "005-create-audit-log"

    static let sqlite = [
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT,
            before TEXT,
            after TEXT
        )
        """,
        "CREATE INDEX audit_log_actor ON audit_log (actor, at)",
        "CREATE INDEX audit_log_entity ON audit_log (entity, entity_key)",
    ]

    static let postgres = [
        """
        CREATE TABLE audit_log (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT,
            before TEXT,
            after TEXT
        )
        """,
        "CREATE INDEX audit_log_actor ON audit_log (actor, at)",
        "CREATE INDEX audit_log_entity ON audit_log (entity, entity_key)",
    ]
}
