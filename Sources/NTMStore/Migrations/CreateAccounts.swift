/// Users, their sessions (by a hash of the cookie's token) and failed logins, for throttling across servers.
enum CreateAccounts: Migration {
    static let name = "006-create-accounts"

    static let sqlite = [
        """
        CREATE TABLE users (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            unit TEXT,
            criteria TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            username TEXT NOT NULL REFERENCES users (username),
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX sessions_username ON sessions (username)",
        """
        CREATE TABLE login_failures (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL,
            address TEXT NOT NULL,
            at TEXT NOT NULL
        )
        """,
        "CREATE INDEX login_failures_username ON login_failures (username, at)",
    ]

    static let postgres = [
        """
        CREATE TABLE users (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            unit TEXT,
            criteria TEXT NOT NULL DEFAULT '',
            active BOOLEAN NOT NULL DEFAULT true,
            updated_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            username TEXT NOT NULL REFERENCES users (username),
            csrf_token TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX sessions_username ON sessions (username)",
        """
        CREATE TABLE login_failures (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            username TEXT NOT NULL,
            address TEXT NOT NULL,
            at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX login_failures_username ON login_failures (username, at)",
    ]
}
