/// Every version of every criteria set, overlay and band-scheme file ever loaded.
enum CreateCriteriaDocuments: Migration {
    static let name = "002-create-criteria-documents"

    static let sqlite = [
        """
        CREATE TABLE criteria_documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            version INTEGER NOT NULL,
            content TEXT NOT NULL,
            checksum TEXT NOT NULL,
            loaded_at TEXT NOT NULL,
            loaded_by TEXT NOT NULL,
            UNIQUE (name, version)
        )
        """
    ]

    static let postgres = [
        """
        CREATE TABLE criteria_documents (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            version INTEGER NOT NULL,
            content TEXT NOT NULL,
            checksum TEXT NOT NULL,
            loaded_at TIMESTAMPTZ NOT NULL,
            loaded_by TEXT NOT NULL,
            UNIQUE (name, version)
        )
        """
    ]
}
