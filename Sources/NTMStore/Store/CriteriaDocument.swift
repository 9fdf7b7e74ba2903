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

    public init(name: String, kind: CriteriaDocumentKind, content: String) {
        self.name = name
        self.kind = kind
        self.content = content
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
