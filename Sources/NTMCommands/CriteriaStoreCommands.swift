import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMStore

extension CriteriaCommand {
    /// `ntm criteria load FILE…`: a set, an overlay or the band schemes into the store as new versions.
    public struct Load: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Store criteria files (a national set, a provincial overlay or the band schemes) as new versions, each checked against everything stored; a file that does not load changes nothing."
        )
        @OptionGroup var store: StoreOptions
        @Argument(help: "YAML files.") var files: [String]
        @Option(help: "Refuse unless the document's latest version is this one (0: it must be new); guards against a concurrent edit.")
        var basedOn: Int?
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let data = DataOptions()
            let files = try files.map { try data.read($0) }
            let (actor, basedOn) = (store.actor, basedOn)
            return try await store.withStore { store in
                let library = CriteriaLibrary(store: store)
                var lines: [String] = []
                // One file after another: a set and the overlay on it can be loaded in one command.
                for file in files {
                    let before = try await store.documents()
                    let saved = try await library.load(file, basedOn: basedOn, by: actor)
                    let unchanged = before.contains { $0.name == saved.name && $0.version == saved.version }
                    lines.append(
                        unchanged
                            ? text(
                                vi: "\(file.name): không đổi (\(saved.name) phiên bản \(saved.version))",
                                en: "\(file.name): unchanged (\(saved.name) version \(saved.version))")
                            : text(
                                vi: "\(file.name): đã lưu \(saved.name) phiên bản \(saved.version)",
                                en: "\(file.name): stored \(saved.name) version \(saved.version)"))
                }
                return lines.joined(separator: "\n")
            }
        }
    }

    /// `ntm criteria versions [NAME]`: the stored documents, or one document's versions.
    public struct Versions: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "List the stored criteria documents, or every version of one: who stored it, when, and under which decision.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "A document name (a set id, an overlay id or 'bands'); all documents when omitted.") var name: String?
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let (name, lang) = (name, lang)
            return try await store.withStore { store in
                let documents =
                    if let name { try await CriteriaLibrary(store: store).versions(name) } else {
                        try await store.documents().sorted { $0.name < $1.name }
                    }
                let header =
                    lang == .vi
                    ? ["Văn bản", "Loại", "Phiên bản", "Lưu lúc", "Người lưu", "Căn cứ"]
                    : ["Document", "Kind", "Version", "Stored", "By", "Decision"]
                let rows = documents.map { document in
                    [
                        document.name, document.kind.rawValue, String(document.version),
                        document.loadedAt.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)), document.loadedBy,
                        CriteriaDocumentHeader(document.content).decision ?? "—",
                    ]
                }
                return TextTable(header: header, rows: rows, rightAligned: [2]).render()
            }
        }
    }

    /// `ntm criteria diff NAME [--from N] [--to M]`
    public struct Diff: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "What changed between two versions of a stored criteria document (default: the last two).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The document name.") var name: String
        @Option(help: "The older version (default: the one before --to).") var from: Int?
        @Option(help: "The newer version (default: the latest).") var to: Int?
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let (name, from, to, lang) = (name, from, to, lang)
            return try await store.withStore { store in
                let library = CriteriaLibrary(store: store)
                let versions = try await library.versions(name)
                let newer = to ?? versions.last?.version ?? 1
                let older = from ?? newer - 1
                guard older >= 1 else {
                    throw text.error(vi: "\(name) mới có một phiên bản", en: "\(name) has only one version")
                }
                let changes = try await library.changes(name, from: older, to: newer)
                let title = text(vi: "\(name): phiên bản \(older) → \(newer)", en: "\(name): version \(older) → \(newer)")
                let body = changes.isEmpty ? [text(vi: "Không có thay đổi.", en: "No changes.")] : changes.map { $0.text(lang) }
                return ([title] + body).joined(separator: "\n")
            }
        }
    }
}
