/// Funding lines, their dated phase amounts and communes' construction debts. Amounts and debts are append-only:
/// a correction is a new revision of the same slot (line, phase, day), so the history of every figure stays.
/// Optional parts of a line's key are stored as '' and 0 so the key can be UNIQUE in both databases (NULLs are
/// never equal to each other in a unique constraint).
enum CreateFunds: Migration {
    static let name = "012-create-funds"

    static let phases = "'KE-HOACH', 'PHAN-BO', 'CAM-KET', 'GIAI-NGAN', 'QUYET-TOAN'"

    static let sqlite = [
        """
        CREATE TABLE funding_lines (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            year INTEGER NOT NULL,
            unit TEXT NOT NULL,
            source TEXT NOT NULL,
            programme TEXT NOT NULL DEFAULT '',
            contribution TEXT NOT NULL DEFAULT '',
            capital TEXT NOT NULL,
            origin TEXT NOT NULL,
            criterion INTEGER NOT NULL DEFAULT 0,
            project TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (year, unit, source, programme, contribution, capital, origin, criterion, project)
        )
        """,
        """
        CREATE TABLE fund_amounts (
            line INTEGER NOT NULL REFERENCES funding_lines(id),
            phase TEXT NOT NULL CHECK (phase IN (\(phases))),
            as_of TEXT NOT NULL,
            revision INTEGER NOT NULL,
            amount INTEGER NOT NULL CHECK (amount >= 0),
            document TEXT NOT NULL,
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            PRIMARY KEY (line, phase, as_of, revision)
        )
        """,
        """
        CREATE TABLE construction_debts (
            unit TEXT NOT NULL,
            as_of TEXT NOT NULL,
            revision INTEGER NOT NULL,
            amount INTEGER NOT NULL CHECK (amount >= 0),
            document TEXT NOT NULL,
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            PRIMARY KEY (unit, as_of, revision)
        )
        """,
        "CREATE TRIGGER fund_amounts_append_only BEFORE UPDATE ON fund_amounts BEGIN SELECT RAISE(ABORT, 'fund amounts are append-only'); END",
        "CREATE TRIGGER fund_amounts_no_delete BEFORE DELETE ON fund_amounts BEGIN SELECT RAISE(ABORT, 'fund amounts are append-only'); END",
        "CREATE TRIGGER debts_append_only BEFORE UPDATE ON construction_debts BEGIN SELECT RAISE(ABORT, 'debts are append-only'); END",
        "CREATE TRIGGER debts_no_delete BEFORE DELETE ON construction_debts BEGIN SELECT RAISE(ABORT, 'debts are append-only'); END",
    ]

    static let postgres = [
        """
        CREATE TABLE funding_lines (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            year INTEGER NOT NULL,
            unit TEXT NOT NULL,
            source TEXT NOT NULL,
            programme TEXT NOT NULL DEFAULT '',
            contribution TEXT NOT NULL DEFAULT '',
            capital TEXT NOT NULL,
            origin TEXT NOT NULL,
            criterion INTEGER NOT NULL DEFAULT 0,
            project TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            UNIQUE (year, unit, source, programme, contribution, capital, origin, criterion, project)
        )
        """,
        """
        CREATE TABLE fund_amounts (
            line BIGINT NOT NULL REFERENCES funding_lines(id),
            phase TEXT NOT NULL CHECK (phase IN (\(phases))),
            as_of DATE NOT NULL,
            revision INTEGER NOT NULL,
            amount BIGINT NOT NULL CHECK (amount >= 0),
            document TEXT NOT NULL,
            entered_by TEXT NOT NULL,
            entered_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (line, phase, as_of, revision)
        )
        """,
        """
        CREATE TABLE construction_debts (
            unit TEXT NOT NULL,
            as_of DATE NOT NULL,
            revision INTEGER NOT NULL,
            amount BIGINT NOT NULL CHECK (amount >= 0),
            document TEXT NOT NULL,
            entered_by TEXT NOT NULL,
            entered_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (unit, as_of, revision)
        )
        """,
        """
        CREATE FUNCTION funds_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'fund amounts and debts are append-only'; END $$
        """,
        "CREATE TRIGGER fund_amounts_append_only BEFORE UPDATE OR DELETE ON fund_amounts FOR EACH ROW EXECUTE FUNCTION funds_append_only()",
        "CREATE TRIGGER debts_append_only BEFORE UPDATE OR DELETE ON construction_debts FOR EACH ROW EXECUTE FUNCTION funds_append_only()",
    ]
}
