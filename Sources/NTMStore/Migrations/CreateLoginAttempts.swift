/// Sign-in attempts by address and account, replacing failures by account alone: five wrong passwords from
/// anywhere locked an account, so anyone could lock anyone out. Attempts are recorded before the password is
/// checked, so parallel guesses are counted too, and expire after the throttle window.
enum CreateLoginAttempts: Migration {
    static let name = "008-create-login-attempts"

    static let sqlite = [
        "DROP TABLE login_failures",
        """
        CREATE TABLE login_attempts (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL,
            address TEXT NOT NULL,
            at TEXT NOT NULL
        )
        """,
        "CREATE INDEX login_attempts_address ON login_attempts (address, at)",
        "CREATE INDEX login_attempts_pair ON login_attempts (username, address, at)",
    ]

    static let postgres = [
        "DROP TABLE login_failures",
        """
        CREATE TABLE login_attempts (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            username TEXT NOT NULL,
            address TEXT NOT NULL,
            at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX login_attempts_address ON login_attempts (address, at)",
        "CREATE INDEX login_attempts_pair ON login_attempts (username, address, at)",
    ]
}
