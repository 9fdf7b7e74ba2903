/// One `<Relationship>` of a .rels part.
struct XLSXRelationship: Hashable, Sendable {
    let id: String
    let type: String
    let target: String
    let isExternal: Bool

    /// Matching on the last path segment accepts both transitional and strict OOXML relationship types.
    func hasType(_ name: String) -> Bool {
        type.hasSuffix("/" + name)
    }
}

/// Collects the relationships of a .rels part.
struct XLSXRelationshipsHandler: XLSXSAXHandler {
    private(set) var relationships: [XLSXRelationship] = []

    mutating func start(_ element: String, attributes: [String: String]) throws(XLSXParseProblem) {
        guard element == "Relationship" else { return }
        guard let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else {
            throw XLSXParseProblem(message: "a Relationship lacks its Id, Type or Target")
        }
        relationships.append(
            XLSXRelationship(
                id: id, type: type, target: target, isExternal: attributes["TargetMode"] == "External"
            ))
    }
}
