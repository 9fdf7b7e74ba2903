import Foundation
import GRDB
import NTMCore
import NTMTasks

extension SQLiteStore {
    public func createSession(_ session: BriefingSession, by user: String) async throws {
        let (body, hash) = try StoredBriefingRow.body(session)
        try await pool.write { db in
            let now = clock.now()
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM briefing_sessions WHERE id = ?", arguments: [session.id]) == true {
                throw TaskError.sessionExists(session.id)
            }
            try db.execute(
                sql: "INSERT INTO briefing_sessions (id, held_on, body, content_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [session.id, session.heldOn.iso, body, hash, user, Timestamp.text(now)])
            try Self.audit(StoredBriefingRow.audit(session, hash: hash), by: user, at: now, in: db)
        }
    }

    public func sessions() async throws -> [StoredBriefing] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT body, content_hash, created_by, created_at FROM briefing_sessions ORDER BY held_on DESC, id").map {
                row in
                try StoredBriefingRow.read(body: row[0], hash: row[1], by: row[2], at: Timestamp.date(row[3]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }
}
