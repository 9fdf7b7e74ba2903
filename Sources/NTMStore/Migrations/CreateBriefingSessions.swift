/// Briefing sessions with their frozen figures. Rows are written once: nothing updates or deletes them, and the
/// content hash stored beside the snapshot shows whether it was altered outside the application.
enum CreateBriefingSessions: Migration {
    static let name = "011-create-briefing-sessions"

    static let sqlite = [
        """
        CREATE TABLE briefing_sessions (
            id TEXT PRIMARY KEY,
            held_on TEXT NOT NULL,
            body TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        "CREATE TRIGGER briefing_sessions_frozen_update BEFORE UPDATE ON briefing_sessions BEGIN SELECT RAISE(ABORT, 'briefing sessions are frozen'); END",
        "CREATE TRIGGER briefing_sessions_frozen_delete BEFORE DELETE ON briefing_sessions BEGIN SELECT RAISE(ABORT, 'briefing sessions are frozen'); END",
    ]

    static let postgres = [
        """
        CREATE TABLE briefing_sessions (
            id TEXT PRIMARY KEY,
            held_on DATE NOT NULL,
            body TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE FUNCTION briefing_sessions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'briefing sessions are frozen'; END $$
        """,
        "CREATE TRIGGER briefing_sessions_frozen BEFORE UPDATE OR DELETE ON briefing_sessions FOR EACH ROW EXECUTE FUNCTION briefing_sessions_frozen()",
    ]
}
