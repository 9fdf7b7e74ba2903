import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMStore
import NTMTargets

/// `ntm targets`: the briefing's goals, their status on a date and the gap that remains.
public struct TargetsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Targets: status on a date and what is still needed (the demo's 24/07/2019 goals by default).",
        subcommands: [List.self, Show.self, Import.self])

    public init() {}

    /// Where the targets and the values come from, shared by the subcommands.
    struct Source: ParsableArguments {
        @OptionGroup var data: DataOptions

        @Option(help: "Evaluate the values in this store (a SQLite file or postgres:// URL) instead of files or the demo.")
        var database: String?

        @Option(help: "Targets file (YAML, see docs/TARGETS.md). Default: the store's targets, or the demo's goals of 24/07/2019.")
        var file: String?

        @Option(help: "Date (YYYY-MM-DD or DD/MM/YYYY). Default: 30/06/2019 for the demo.")
        var date: LocalDate?

        @Option(help: "Language: vi or en.")
        var lang: Language = .vi

        func load() async throws -> (EvaluationEngine, [Target], LocalDate) {
            let text = CommandText(language: lang)
            // One visit to the store gives both the engine and its targets.
            let engine: EvaluationEngine
            var stored: [TargetDocument] = []
            if let database {
                (engine, stored) = try await StoreLocation(database).withStore(logger: CommandLogging.logger) { store in
                    let service = try await EvaluationService(store: store, basis: .approved, logger: CommandLogging.logger)
                    return (await service.engine, try await store.targets())
                }
            } else {
                engine = try data.engine()
            }
            let targets: [Target]
            if let file {
                let data = try self.data.read(file)
                targets = try TargetsLoader.load(data.text, file: data.name, engine: engine)
            } else if database != nil {
                targets = try stored.map { document throws(TargetProblem) in try document.target() }
            } else {
                targets = try BundledData.demoTargets(engine: engine)
            }
            guard let date = date ?? (database == nil && data.usesDemo ? BundledData.demoBriefingDate : nil) else {
                throw text.error(vi: "cần --date (ngày đánh giá)", en: "--date is required")
            }
            return (engine, targets, date)
        }
    }

    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "list", abstract: "Every target with its status on the date.")
        @OptionGroup var source: Source

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let (engine, targets, date) = try await source.load()
            let language = source.lang
            var lines = [TargetText.heading(date, language: language)]
            for target in targets {
                // After the deadline the figure shown is the deadline's, the one the status was judged on.
                let assessment = target.assessment(on: date, engine: engine)
                lines.append(
                    "\(target.id)\t\(assessment.status.text(language))\t\(assessment.reading.text(for: target.measure, language: language))\t"
                        + "\(TargetText.date(target.deadline, language))\t\(target.title.text(language))")
            }
            return lines.joined(separator: "\n")
        }
    }

    public struct Show: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "show", abstract: "One target: status, reading and the gap path.")
        @OptionGroup var source: Source
        @Argument(help: "The target's id.") var id: String

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let (engine, targets, date) = try await source.load()
            let language = source.lang
            let text = CommandText(language: language)
            guard let target = targets.first(where: { $0.id == id }) else {
                throw text.error(
                    vi: "không có mục tiêu '\(id)'; có: \(targets.map(\.id).joined(separator: ", "))",
                    en: "no target '\(id)'; known: \(targets.map(\.id).joined(separator: ", "))")
            }
            return TargetText.detail(target, on: date, engine: engine, language: language)
        }
    }

    /// `ntm targets import FILE`: every target of a YAML file checked against the store's units and criteria, then
    /// stored together (new ones created, same ids replaced) or not at all.
    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Store the targets of a YAML file, all or nothing (same ids are replaced).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The targets file (YAML, see docs/TARGETS.md).") var file: String
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let data = try DataOptions().read(file)
            let actor = store.actor
            let count = try await store.withStore { store in
                let engine = try await EvaluationService(store: store, basis: .approved, logger: CommandLogging.logger).engine
                let targets = try TargetsLoader.load(data.text, file: data.name, engine: engine)
                try await store.saveTargets(targets.map(TargetDocument.init), by: actor)
                return targets.count
            }
            return text(vi: "đã lưu \(count) mục tiêu từ \(file)", en: "stored \(count) targets from \(file)")
        }
    }
}
