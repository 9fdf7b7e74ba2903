import Testing

extension Tag {
    /// Takes seconds or more (processes, real files, whole datasets): `swift test --skip-tags slow` leaves it out.
    @Tag static var slow: Self
    /// Needs PostgreSQL (NTM_TEST_DATABASE_URL).
    @Tag static var postgres: Self
    /// Drives a real client outside Swift (openpyxl, LibreOffice, pg_dump).
    @Tag static var externalTool: Self
}
