import Foundation
import NTMTargets
import PostgresNIO

extension PostgresStore {
    public func saveTargets(_ targets: [TargetDocument], by user: String) async throws {
        let bodies = try targets.map { ($0, try StoredTarget.encode($0)) }
        try await writeTransaction { connection, logger in
            let now = clock.now()
            for (target, body) in bodies { try await save(target, body: body, by: user, at: now, on: connection, logger: logger) }
        }
    }

    /// One target inside the batch's transaction: read the stored text, write and audit only when it changed.
    private func save(_ target: TargetDocument, body: String, by user: String, at now: Date, on connection: PostgresConnection, logger: Logger)
        async throws
    {
        var before: String?
        let rows = try await connection.query("SELECT body FROM targets WHERE id = \(target.id)", logger: logger)
        for try await text in rows.decode(String.self) { before = text }
        guard before != body else { return }
        try await connection.query(
            """
            INSERT INTO targets (id, deadline, body, updated_by, updated_at)
            VALUES (\(target.id), \(target.deadline.iso)::date, \(body), \(user), \(now))
            ON CONFLICT (id) DO UPDATE SET deadline = EXCLUDED.deadline, body = EXCLUDED.body,
                updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
            """, logger: logger)
        try await Self.audit(.targetSaved(id: target.id, before: before, after: body), by: user, at: now, on: connection, logger: logger)
    }

    public func targets() async throws -> [TargetDocument] {
        var result: [TargetDocument] = []
        let rows = try await client.query("SELECT body FROM targets ORDER BY deadline, id", logger: logger)
        for try await body in rows.decode(String.self) { result.append(try StoredTarget.decode(body)) }
        return result
    }
}
