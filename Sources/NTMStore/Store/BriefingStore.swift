import Crypto
import Foundation
import NTMCore
import NTMTasks

/// Briefing sessions and their frozen figures. A session is written once and never changed: there is no update.
public protocol BriefingStore: Sendable {
    /// Stores a new session with its snapshot's content hash, audited; an existing id is refused
    /// (`TaskError.sessionExists`). The caller has checked it (`BriefingSession.problems`).
    func createSession(_ session: BriefingSession, by user: String) async throws
    /// Every session, newest meeting first, each checked against its hash (`TaskError.snapshotAltered`).
    func sessions() async throws -> [StoredBriefing]
}

/// A session as stored: with the hash of its snapshot and who froze it, when.
public struct StoredBriefing: Hashable, Sendable {
    public var session: BriefingSession
    /// SHA-256 of the snapshot's canonical JSON, hex.
    public var contentHash: String
    public var createdBy: String
    public var createdAt: Date
}

/// How both stores write and check a session.
enum StoredBriefingRow {
    static func body(_ session: BriefingSession) throws -> (body: String, hash: String) {
        (try StoredJSON.encode(session), try hash(session.snapshot))
    }

    /// SHA-256 of the snapshot as canonical JSON (sorted keys), in hex: the same figures give the same hash.
    static func hash(_ snapshot: BriefingSnapshot) throws -> String {
        SHA256.hash(data: Data(try StoredJSON.encode(snapshot).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The stored row read back, refused when its snapshot no longer matches the hash stored with it.
    static func read(body: String, hash stored: String, by user: String, at: Date) throws -> StoredBriefing {
        let session = try StoredJSON.decode(BriefingSession.self, from: body)
        guard try hash(session.snapshot) == stored else { throw TaskError.snapshotAltered(session.id) }
        return StoredBriefing(session: session, contentHash: stored, createdBy: user, createdAt: at)
    }

    static func audit(_ session: BriefingSession, hash: String) -> PendingAudit {
        PendingAudit(
            action: "create-briefing", entity: "briefing", key: session.id, before: nil,
            after: "\(session.snapshot.scope) \(session.snapshot.evaluatedOn.iso) sha256:\(hash)")
    }
}
