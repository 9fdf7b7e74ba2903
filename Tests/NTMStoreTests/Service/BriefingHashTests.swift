import Foundation
import GRDB
import NTMCore
import NTMStore
import NTMTasks
import Testing

/// The frozen figures are guarded twice: the database refuses to change the row, and a row changed anyway (the
/// trigger dropped by hand) no longer matches its hash and is refused on reading.
@Suite("Frozen briefing figures")
struct BriefingHashTests {
    @Test("the database refuses to update a stored briefing, and an altered one is refused on reading")
    func altered() async throws {
        let path = StoreHarness.temporaryPath("briefing") + ".sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        let session = try Conformance.briefing()
        try await store.createSession(session, by: "vanphong")
        let queue = try DatabaseQueue(path: path)
        do {
            try await queue.write { try $0.execute(sql: "UPDATE briefing_sessions SET body = replace(body, '02/17', '03/17')") }
            Issue.record("the update went through")
        } catch let error as DatabaseError {
            #expect(error.message == "briefing sessions are frozen")
        }
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER briefing_sessions_frozen_update")
            try db.execute(sql: "UPDATE briefing_sessions SET body = replace(body, '02/17', '03/17')")
        }
        try queue.close()
        await #expect(throws: TaskError.snapshotAltered("giao-ban-2019-07-24")) { try await store.sessions() }
    }

    @Test("the same figures give the same hash; one commune's result changed gives another")
    func hashFollowsContent() async throws {
        try await StoreHarness.withSQLite { store in
            let session = try Conformance.briefing()
            var other = try Conformance.briefing("other")
            other.snapshot.communes[0].criteriaMet -= 1
            try await store.createSession(session, by: "vanphong")
            try await store.createSession(try Conformance.briefing("same"), by: "vanphong")
            try await store.createSession(other, by: "vanphong")
            let hashes = Dictionary(uniqueKeysWithValues: try await store.sessions().map { ($0.session.id, $0.contentHash) })
            #expect(hashes["giao-ban-2019-07-24"] == hashes["same"])
            #expect(hashes["other"] != hashes["same"])
        }
    }
}
