import Foundation

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

    public init(actor: String? = nil, action: String? = nil, entity: String? = nil, keyPrefix: String? = nil,
                since: Date? = nil, until: Date? = nil, limit: Int = 200) {
        self.actor = actor
        self.action = action
        self.entity = entity
        self.keyPrefix = keyPrefix
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// A change about to be audited, before the database gives it an id.
struct PendingAudit: Sendable {
    var action: String
    var entity: String
    var key: String?
    var before: String?
    var after: String?
}
