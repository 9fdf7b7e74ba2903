import Foundation
import NTMCore

/// The programmes integrated funds (*lồng ghép*) may come from: a list that names each with its source, plus the
/// names the province has already used. A line naming another programme is refused, except from the coordination
/// office, which may introduce one (its write is audited like any other); an alias is stored under the listed name,
/// so "Giảm nghèo bền vững" and the programme's full name are one line.
public struct FundProgrammes: Sendable {
    public struct Programme: Hashable, Sendable {
        public var name: String
        public var aliases: [String]
        public var source: String

        public init(name: String, aliases: [String] = [], source: String) {
            self.name = name
            self.aliases = aliases
            self.source = source
        }
    }

    public var listed: [Programme]
    /// Names already stored (from the funding book), accepted as they are.
    public var used: Set<String>
    /// Whether a name neither listed nor used is accepted (the office's writes).
    public var acceptsNew: Bool

    public init(listed: [Programme], used: Set<String> = [], acceptsNew: Bool = false) {
        self.listed = listed
        self.used = used
        self.acceptsNew = acceptsNew
    }

    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The name a typed programme is stored under: the listed name for a name or alias, a used name as it was
    /// used, nil when it is unknown.
    public func canonical(_ typed: String) -> String? {
        let wanted = Self.key(typed)
        if let programme = listed.first(where: { ([$0.name] + $0.aliases).contains { Self.key($0) == wanted } }) { return programme.name }
        return used.first { Self.key($0) == wanted }
    }

    /// `batch` with every programme written under its canonical name (unknown ones as typed).
    public func canonicalized(_ batch: FundBatch) -> FundBatch {
        var result = batch
        for index in result.amounts.indices {
            guard let typed = result.amounts[index].line.programme, let name = canonical(typed) else { continue }
            result.amounts[index].line.programme = name
        }
        return result
    }

    /// `Chương trình MTQG giảm nghèo bền vững, …`: what a refusal lists.
    public var names: String { (listed.map(\.name) + used.sorted()).joined(separator: "; ") }
}
