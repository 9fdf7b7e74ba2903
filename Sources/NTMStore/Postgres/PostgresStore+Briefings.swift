import Foundation
import NTMCore
import NTMTasks
import PostgresNIO

extension PostgresStore {
    public func createSession(_ session: BriefingSession, by user: String) async throws {
        let (body, hash) = try StoredBriefingRow.body(session)
        try await writeTransaction { connection, logger in
            let now = clock.now()
            for try await _ in try await connection.query("SELECT 1 FROM briefing_sessions WHERE id = \(session.id)", logger: logger) {
                throw TaskError.sessionExists(session.id)
            }
            try await connection.query(
                """
                INSERT INTO briefing_sessions (id, held_on, body, content_hash, created_by, created_at)
                VALUES (\(session.id), \(session.heldOn.iso)::date, \(body), \(hash), \(user), \(now))
                """, logger: logger)
            try await Self.audit(StoredBriefingRow.audit(session, hash: hash), by: user, at: now, on: connection, logger: logger)
        }
    }

    public func sessions() async throws -> [StoredBriefing] {
        var result: [StoredBriefing] = []
        let rows = try await client.query(
            "SELECT body, content_hash, created_by, created_at FROM briefing_sessions ORDER BY held_on DESC, id", logger: logger)
        for try await (body, hash, user, at) in rows.decode((String, String, String, Date).self) {
            result.append(try StoredBriefingRow.read(body: body, hash: hash, by: user, at: at))
        }
        return result
    }
}
