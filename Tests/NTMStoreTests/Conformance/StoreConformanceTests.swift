import NTMStore
import Testing

/// The same conformance cases against both stores. PostgreSQL runs when NTM_TEST_DATABASE_URL is set
/// (`.ci/run` sets it) and is reported as skipped otherwise.
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test("SQLite store", arguments: Conformance.all)
    func sqlite(_ behaviour: ConformanceCase) async throws {
        try await StoreHarness.withSQLite { try await behaviour.run($0) }
    }

    @Test(
        "PostgreSQL store", .tags(.postgres), .enabled(if: StoreHarness.postgresURL != nil, Comment(rawValue: StoreHarness.postgresSkipped)),
        arguments: Conformance.all)
    func postgres(_ behaviour: ConformanceCase) async throws {
        try await StoreHarness.withPostgres { try await behaviour.run($0) }
    }
}
