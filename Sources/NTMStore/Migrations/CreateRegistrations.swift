/// Registered target years, appended; the latest registration of a commune is in force.
enum CreateRegistrations: Migration {
    static let name = "004-create-registrations"

    static let sqlite = [
        """
        CREATE TABLE registrations (
            id INTEGER PRIMARY KEY,
            unit TEXT NOT NULL,
            target_year INTEGER NOT NULL,
            registered_on TEXT,
            source TEXT,
            actor TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        )
        """
    ]

    static let postgres = [
        """
        CREATE TABLE registrations (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            unit TEXT NOT NULL,
            target_year INTEGER NOT NULL,
            registered_on DATE,
            source TEXT,
            actor TEXT NOT NULL,
            recorded_at TIMESTAMPTZ NOT NULL
        )
        """
    ]
}
