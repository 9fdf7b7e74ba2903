import Foundation

/// What a stored YAML document is.
public enum CriteriaDocumentKind: String, Sendable, Codable, CaseIterable {
    case criteriaSet = "criteria-set"
    case overlay
    case bands
}

/// A criteria file to store.
public struct NewCriteriaDocument: Hashable, Sendable {
    public var name: String
    public var kind: CriteriaDocumentKind
    public var content: String
    /// The latest version the writer saw (0: none existed); the store refuses the write when another version
    /// was saved meanwhile, so two officers editing the same overlay cannot overwrite each other. Nil: no check.
    public var basedOn: Int?

    public init(name: String, kind: CriteriaDocumentKind, content: String, basedOn: Int? = nil) {
        self.name = name
        self.kind = kind
        self.content = content
        self.basedOn = basedOn
    }
}

/// A stored version of a criteria file: the system records exactly which text it judged with.
public struct CriteriaDocument: Hashable, Sendable, Codable {
    public var name: String
    public var kind: CriteriaDocumentKind
    public var version: Int
    public var content: String
    public var checksum: String
    public var loadedAt: Date
    public var loadedBy: String
}
