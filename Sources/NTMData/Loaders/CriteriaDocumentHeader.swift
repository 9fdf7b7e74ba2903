import NTMCore

/// The few facts a list of stored criteria documents shows without loading each one: its id, title and the
/// decision it carries (a set's `legal-basis`, an overlay's `decision`). Unreadable fields are left out, never guessed.
public struct CriteriaDocumentHeader: Hashable, Sendable {
    public var id: String?
    public var title: LocalizedText?
    public var decision: String?
    /// The overlay's province, nil for a set.
    public var province: String?
    public var base: String?

    public init(_ text: String) {
        guard let root = try? YAMLNode.parse(text, file: "document"), case .mapping(let pairs) = root.node,
            let top = try? root.mapping(allowing: Set(pairs.keys.compactMap(\.string)))
        else { return }
        id = (try? top.optional("overlay")?.string()) ?? (try? top.optional("id")?.string()) ?? nil
        title = (try? top.optional("title")?.localizedText()) ?? nil
        province = (try? top.optional("province")?.string()) ?? nil
        base = (try? top.optional("base")?.string()) ?? nil
        if let basis = top.optional("legal-basis") ?? top.optional("decision"),
            let map = try? basis.mapping(allowing: ["decision", "signed", "title", "source"]),
            let number = try? map.required("decision").string()
        {
            let signed = (try? map.optional("signed")?.date()) ?? nil
            decision = number + (signed.map { " (\($0.vietnamese))" } ?? "")
        } else if let sources = try? top.optional("sources")?.sequence() {
            // An overlay without a decision (one written by the threshold editor) cites its documents instead.
            let titles = sources.compactMap { try? $0.mapping(allowing: ["id", "title", "url"]).required("title").string() }
            decision = titles.isEmpty ? nil : titles.joined(separator: "; ")
        }
    }
}
