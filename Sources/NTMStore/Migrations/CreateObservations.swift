/// Observations as an append-only log of revisions, the changesets that group them, and the head of each slot.
///
/// `observations` is never updated or deleted (triggers refuse it). Who wrote, when and in which batch is
/// kept once per write in `changesets` rather than on every row: an import writes hundreds of thousands of
/// rows with the same three values. `observation_heads` indexes the current and approved revision of each
/// slot and is where concurrent writers meet.
enum CreateObservations: Migration {
    static let name = "003-create-observations"

    static let sqlite = [
        """
        CREATE TABLE changesets (
            id INTEGER PRIMARY KEY,
            actor TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            batch TEXT
        )
        """,
        """
        CREATE TABLE observations (
            id INTEGER PRIMARY KEY,
            unit TEXT NOT NULL,
            criteria_set TEXT NOT NULL,
            indicator TEXT NOT NULL,
            obs_date TEXT NOT NULL,
            revision INTEGER NOT NULL,
            kind TEXT NOT NULL,
            value_type TEXT NOT NULL,
            passed INTEGER,
            numerator INTEGER,
            denominator INTEGER,
            scaled INTEGER,
            count INTEGER,
            status TEXT NOT NULL,
            source TEXT,
            evidence TEXT,
            comment TEXT,
            changeset INTEGER NOT NULL REFERENCES changesets (id),
            UNIQUE (unit, criteria_set, indicator, obs_date, revision)
        )
        """,
        """
        CREATE TRIGGER observations_append_only_update BEFORE UPDATE ON observations
        BEGIN SELECT RAISE(ABORT, 'observations are append-only'); END
        """,
        """
        CREATE TRIGGER observations_append_only_delete BEFORE DELETE ON observations
        BEGIN SELECT RAISE(ABORT, 'observations are append-only'); END
        """,
        """
        CREATE TABLE observation_heads (
            unit TEXT NOT NULL,
            criteria_set TEXT NOT NULL,
            indicator TEXT NOT NULL,
            obs_date TEXT NOT NULL,
            current_id INTEGER NOT NULL REFERENCES observations (id),
            current_revision INTEGER NOT NULL,
            current_status TEXT NOT NULL,
            approved_id INTEGER REFERENCES observations (id),
            PRIMARY KEY (unit, criteria_set, indicator, obs_date)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX observation_heads_status ON observation_heads (current_status, unit)",
    ]

    // No foreign keys here: PostgreSQL checks them with a trigger per row, which tripled the time of a
    // national import, and only the store writes these columns, in the transaction that creates the rows.
    static let postgres = [
        """
        CREATE TABLE changesets (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            actor TEXT NOT NULL,
            recorded_at TIMESTAMPTZ NOT NULL,
            batch TEXT
        )
        """,
        """
        CREATE TABLE observations (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            unit TEXT NOT NULL,
            criteria_set TEXT NOT NULL,
            indicator TEXT NOT NULL,
            obs_date DATE NOT NULL,
            revision INTEGER NOT NULL,
            kind TEXT NOT NULL,
            value_type TEXT NOT NULL,
            passed BOOLEAN,
            numerator BIGINT,
            denominator BIGINT,
            scaled BIGINT,
            count BIGINT,
            status TEXT NOT NULL,
            source TEXT,
            evidence TEXT,
            comment TEXT,
            changeset BIGINT NOT NULL,
            UNIQUE (unit, criteria_set, indicator, obs_date, revision)
        )
        """,
        """
        CREATE FUNCTION observations_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'observations are append-only'; END $$
        """,
        """
        CREATE TRIGGER observations_append_only BEFORE UPDATE OR DELETE ON observations
        FOR EACH ROW EXECUTE FUNCTION observations_append_only()
        """,
        """
        CREATE TABLE observation_heads (
            unit TEXT NOT NULL,
            criteria_set TEXT NOT NULL,
            indicator TEXT NOT NULL,
            obs_date DATE NOT NULL,
            current_id BIGINT NOT NULL,
            current_revision INTEGER NOT NULL,
            current_status TEXT NOT NULL,
            approved_id BIGINT,
            PRIMARY KEY (unit, criteria_set, indicator, obs_date)
        )
        """,
        "CREATE INDEX observation_heads_status ON observation_heads (current_status, unit)",
    ]
}
