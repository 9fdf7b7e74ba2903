/// Units with their validity intervals, their lineage and commune groups.
enum CreateUnits: Migration {
    static let name = "001-create-units"

    static let sqlite = [
        """
        CREATE TABLE units (
            code TEXT NOT NULL,
            valid_from TEXT NOT NULL DEFAULT '',
            valid_until TEXT,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            parent TEXT,
            region TEXT,
            PRIMARY KEY (code, valid_from)
        )
        """,
        """
        CREATE TABLE unit_lineage (
            id INTEGER PRIMARY KEY,
            event_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            from_code TEXT NOT NULL,
            to_code TEXT NOT NULL,
            source TEXT
        )
        """,
        """
        CREATE TABLE commune_groups (
            unit TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            group_code TEXT NOT NULL,
            source TEXT,
            PRIMARY KEY (unit, effective_from)
        )
        """,
    ]

    // '' stands for "since always" in valid_from because a primary key cannot hold NULL.
    static let postgres = [
        """
        CREATE TABLE units (
            code TEXT NOT NULL,
            valid_from TEXT NOT NULL DEFAULT '',
            valid_until TEXT,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            parent TEXT,
            region TEXT,
            PRIMARY KEY (code, valid_from)
        )
        """,
        """
        CREATE TABLE unit_lineage (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            event_date DATE NOT NULL,
            kind TEXT NOT NULL,
            from_code TEXT NOT NULL,
            to_code TEXT NOT NULL,
            source TEXT
        )
        """,
        """
        CREATE TABLE commune_groups (
            unit TEXT NOT NULL,
            effective_from DATE NOT NULL,
            group_code TEXT NOT NULL,
            source TEXT,
            PRIMARY KEY (unit, effective_from)
        )
        """,
    ]
}
