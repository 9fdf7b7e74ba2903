import Foundation
import NTMCore

/// One recorded change: who did what, when, with the state before and after.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var id: Int64
    public var at: Date
    public var actor: String
    public var action: String
    public var entity: String
    public var key: String?
    public var before: String?
    public var after: String?

    public init(id: Int64, at: Date, actor: String, action: String, entity: String, key: String?, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.key = key
        self.before = before
        self.after = after
    }
}

/// Which audit entries to read.
public struct AuditFilter: Hashable, Sendable {
    public var actor: String?
    public var action: String?
    public var entity: String?
    public var keyPrefix: String?
    public var since: Date?
    public var until: Date?
    public var limit: Int

    public init(
        actor: String? = nil, action: String? = nil, entity: String? = nil, keyPrefix: String? = nil,
        since: Date? = nil, until: Date? = nil, limit: Int = 200
    ) {
        self.actor = actor
        self.action = action
        self.entity = entity
        self.keyPrefix = keyPrefix
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// Something worth recording that changes no stored data: a sign-in, a sign-out, a refused attempt.
public struct AuditEvent: Hashable, Sendable {
    public var action: String
    public var entity: String
    public var key: String?
    /// JSON with what else is known (the client's address).
    public var detail: String?

    public init(action: String, entity: String, key: String? = nil, detail: [String: String] = [:]) {
        self.action = action
        self.entity = entity
        self.key = key
        self.detail = detail.isEmpty ? nil : AuditJSON.encode(detail)
    }

    var pending: PendingAudit { PendingAudit(action: action, entity: entity, key: key, before: nil, after: detail) }
}

/// Reading the audit trail, and recording events that are not changes.
public protocol AuditStore: Sendable {
    func audit(_ filter: AuditFilter) async throws -> [AuditEntry]
    func recordEvent(_ event: AuditEvent, by actor: String) async throws
}

/// A change about to be audited, before the database gives it an id.
struct PendingAudit: Sendable {
    var action: String
    var entity: String
    var key: String?
    var before: String?
    var after: String?
}

/// The audit entries both stores write for the same change, built once so they cannot drift apart.
extension PendingAudit {
    /// A large import is audited as one entry: the revisions themselves carry who and when.
    static func imported(count: Int, status: ReviewStatus, batch: String) -> PendingAudit {
        PendingAudit(
            action: "import", entity: "observation", key: batch, before: nil,
            after: "{\"count\":\(count),\"status\":\"\(status.rawValue)\"}")
    }

    /// A user created or changed; the password hash is never in the trail.
    static func userSaved(_ account: Account, before: Account?, passwordChanged: Bool) -> PendingAudit {
        PendingAudit(
            action: before == nil ? "create-user" : (passwordChanged ? "change-password" : "update-user"),
            entity: "user", key: account.username, before: before?.auditJSON, after: account.auditJSON)
    }

    static func unitsReplaced(before: Int, rows: StoredUnits.Rows, note: String) -> PendingAudit {
        PendingAudit(
            action: "replace-units", entity: "units", key: nil, before: "{\"versions\":\(before)}",
            after:
                "{\"versions\":\(rows.versions.count),\"lineage\":\(rows.lineage.count),\"groups\":\(rows.groups.count),\"note\":\(AuditJSON.encode(note))}"
        )
    }

    static func registered(_ registrations: [Registration]) -> PendingAudit {
        PendingAudit(
            action: "register", entity: "registration", key: registrations.count == 1 ? registrations[0].unit.rawValue : nil,
            before: nil, after: AuditJSON.encode(registrations))
    }

    static func documentLoaded(_ name: String, previousVersion: Int?, version: Int, checksum: String) -> PendingAudit {
        PendingAudit(
            action: "load-criteria", entity: "criteria-document", key: name,
            before: previousVersion.map { "{\"version\":\($0)}" }, after: "{\"version\":\(version),\"checksum\":\"\(checksum)\"}")
    }
}
