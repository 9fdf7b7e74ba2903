import NTMStore
import Testing

/// One behaviour every store must show, run against SQLite and against PostgreSQL.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    let name: String
    let run: @Sendable (any NTMStore) async throws -> Void

    var testDescription: String { name }
}
