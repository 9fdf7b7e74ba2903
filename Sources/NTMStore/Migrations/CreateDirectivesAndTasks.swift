/// Directives and their tasks. A task's definition is written once; its reports and extensions are appended as
/// events (never updated, so two reporters never overwrite each other) and its completion fills one column.
enum CreateDirectivesAndTasks: Migration {
    static let name = "010-create-directives-and-tasks"

    static let sqlite = [
        """
        CREATE TABLE directives (
            id TEXT PRIMARY KEY,
            issued_on TEXT NOT NULL,
            body TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE tasks (
            id TEXT PRIMARY KEY,
            directive TEXT NOT NULL REFERENCES directives(id),
            lead TEXT NOT NULL,
            body TEXT NOT NULL,
            completed_on TEXT,
            completed_by TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE task_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            task TEXT NOT NULL REFERENCES tasks(id),
            kind TEXT NOT NULL CHECK (kind IN ('report', 'extension')),
            body TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX task_events_by_task ON task_events (task, id)",
    ]

    static let postgres = [
        """
        CREATE TABLE directives (
            id TEXT PRIMARY KEY,
            issued_on DATE NOT NULL,
            body TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE tasks (
            id TEXT PRIMARY KEY,
            directive TEXT NOT NULL REFERENCES directives(id),
            lead TEXT NOT NULL,
            body TEXT NOT NULL,
            completed_on DATE,
            completed_by TEXT,
            created_by TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE task_events (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            task TEXT NOT NULL REFERENCES tasks(id),
            kind TEXT NOT NULL CHECK (kind IN ('report', 'extension')),
            body TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX task_events_by_task ON task_events (task, id)",
    ]
}
