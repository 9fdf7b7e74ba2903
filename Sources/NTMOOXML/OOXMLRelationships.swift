/// One `<Relationship>` of a .rels part.
public struct OOXMLRelationship: Hashable, Sendable {
    public let id: String
    public let type: String
    public let target: String
    public let isExternal: Bool

    public init(id: String, type: String, target: String, isExternal: Bool = false) {
        self.id = id
        self.type = type
        self.target = target
        self.isExternal = isExternal
    }

    /// Matching on the last path segment accepts both transitional and strict OOXML relationship types.
    public func hasType(_ name: String) -> Bool {
        type.hasSuffix("/" + name)
    }
}

/// Reading and writing .rels parts.
public enum OOXMLRelationships {
    /// The relationships listed in the part `part` of `package`, or nil when the package has no such part.
    public static func read(_ part: String, of package: OOXMLPackage) throws(OOXMLError) -> [OOXMLRelationship]? {
        guard let data = try package.data(part) else { return nil }
        return try OOXMLSAX.parse(data, part: part, with: Handler()).relationships
    }

    /// A .rels part listing `entries` in order.
    public static func xml(_ entries: [OOXMLRelationship]) -> String {
        var xml = OOXMLNamespace.declaration + "<Relationships xmlns=\"\(OOXMLNamespace.packageRelationships)\">"
        for entry in entries {
            xml += "<Relationship Id=\"\(XMLText.escaped(entry.id))\" Type=\"\(entry.type)\" Target=\"\(XMLText.escaped(entry.target))\""
            xml += entry.isExternal ? " TargetMode=\"External\"/>" : "/>"
        }
        return xml + "</Relationships>"
    }

    /// Collects the relationships of a .rels part.
    struct Handler: OOXMLSAXHandler {
        private(set) var relationships: [OOXMLRelationship] = []

        mutating func start(_ element: String, attributes: [String: String]) throws(OOXMLParseProblem) {
            guard element == "Relationship" else { return }
            guard let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else {
                throw OOXMLParseProblem(message: "a Relationship lacks its Id, Type or Target")
            }
            relationships.append(OOXMLRelationship(id: id, type: type, target: target, isExternal: attributes["TargetMode"] == "External"))
        }
    }
}
