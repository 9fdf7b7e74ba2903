import Logging
import PostgresNIO

extension PostgresStore {
    /// A transaction holding the write lock. Errors thrown inside come back as themselves, not wrapped in
    /// PostgresTransactionError, so callers see the same `StoreError`s as with SQLite.
    func writeTransaction<Result: Sendable>(_ body: (PostgresConnection, Logger) async throws -> Result) async throws -> Result {
        let logger = logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.writeLock))", logger: logger)
                return try await body(connection, logger)
            }
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError { throw inner }
            throw error
        }
    }
}
