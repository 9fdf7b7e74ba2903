import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMStore
import NTMTasks

/// `ntm directives`: the documents that give tasks (thông báo kết luận giao ban, công văn chỉ đạo).
public struct DirectivesCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "directives", abstract: "Directives (conclusions of briefings) and the tasks they give: list, import a YAML file.",
        subcommands: [List.self, Import.self])

    public init() {}

    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Every directive, newest first, with its number of tasks.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let (directives, tasks) = try await store.withStore { store in (try await store.directives(), try await store.tasks()) }
            var table = TextTable(
                header: [
                    text(vi: "Mã", en: "Id"), text(vi: "Số, ký hiệu", en: "Number"), text(vi: "Ngày", en: "Date"),
                    text(vi: "Người ký", en: "Signer"), text(vi: "Nhiệm vụ", en: "Tasks"),
                ], rightAligned: [4])
            for directive in directives {
                table.add([
                    directive.id, directive.number, lang == .vi ? directive.issuedOn.vietnamese : directive.issuedOn.iso, directive.signer,
                    String(tasks.filter { $0.directive == directive.id }.count),
                ])
            }
            return table.render()
        }
    }

    /// `ntm directives import FILE`: every directive of the file checked, then stored with its tasks, or nothing.
    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Store the directives of a YAML file with their tasks, all or nothing (docs/TASKS.md).")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "The directives file (YAML).") var file: String

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: acting.lang)
            let data = try DataOptions().read(file)
            let count = try await acting.withAccount { store, account, service in
                let engine = await service.engine
                let parsed = try DirectivesLoader.load(
                    data.text, file: data.name, directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog),
                    targets: Set(try await store.targets().map(\.id)))
                guard parsed.progress.isEmpty else {
                    throw text.error(
                        vi: "\(data.name): mục 'progress' không nhập ở đây; báo cáo tiến độ dùng ntm tasks report",
                        en: "\(data.name): 'progress' is not imported here; report progress with ntm tasks report")
                }
                let desk = TaskDesk(store: store, engine: engine)
                try await desk.createDirectives(parsed.directives, as: account)
                return parsed.directives.count
            }
            return text(vi: "đã lưu \(count) văn bản chỉ đạo từ \(file)", en: "stored \(count) directives from \(file)")
        }
    }
}
