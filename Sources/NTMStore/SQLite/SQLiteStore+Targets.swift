import Foundation
import GRDB
import NTMTargets

extension SQLiteStore {
    public func saveTargets(_ targets: [TargetDocument], by user: String) async throws {
        let bodies = try targets.map { ($0, try StoredTarget.encode($0)) }
        try await pool.write { db in
            let now = clock.now()
            for (target, body) in bodies {
                let before = try String.fetchOne(db, sql: "SELECT body FROM targets WHERE id = ?", arguments: [target.id])
                guard before != body else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO targets (id, deadline, body, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET deadline = excluded.deadline, body = excluded.body,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """, arguments: [target.id, target.deadline.iso, body, user, Timestamp.text(now)])
                try Self.audit(.targetSaved(id: target.id, before: before, after: body), by: user, at: now, in: db)
            }
        }
    }

    public func targets() async throws -> [TargetDocument] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM targets ORDER BY deadline, id").map(StoredTarget.decode)
        }
    }
}
