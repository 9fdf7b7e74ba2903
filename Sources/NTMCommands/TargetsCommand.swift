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
        abstract: "Targets: status on a date, what is still needed and the forecast (the demo's 24/07/2019 goals by default).",
        subcommands: [List.self, Show.self, Add.self, Import.self, Backtest.self])

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
            let rates = ForecastRates(engine: engine, asOf: date, targets: targets)
            for target in targets {
                // After the deadline the figure shown is the deadline's, the one the status was judged on.
                let assessment = target.assessment(on: date, engine: engine)
                let forecast = target.forecast(on: date, engine: engine, assessment: assessment, rates: rates)
                lines.append(
                    "\(target.id)\t\(assessment.status.text(language))\t\(assessment.reading.text(for: target.measure, language: language))\t"
                        + "\(TargetText.date(target.deadline, language))\t\(forecast?.cellText(language) ?? "—")\t\(target.title.text(language))")
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

    /// `ntm targets add`: one target from options, checked like a file's, stored with the acting user in the audit trail.
    public struct Add: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Store one target given by options (an existing id is replaced).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Id: letters, digits, - and _.") var id: String
        @Option(help: "Title in Vietnamese.") var title: String
        @Option(help: "Title in English.") var titleEn: String?
        @Option(help: "Scope: a unit code, registered:YEAR[@CODE] or all.") var scope: String
        @Option(
            help:
                "Measure kind (share-at-standard, communes-at-standard, every-commune-at-least, district-criteria-at-least, district-at-standard, criterion-met-everywhere, average-criteria)."
        )
        var measure: String
        @Option(help: "The measure's value (e.g. 70 for 70%); none for district-at-standard.") var value: String?
        @Option(help: "Counted from (default: the source's date).") var start: LocalDate?
        @Option(help: "Deadline.") var deadline: LocalDate
        @Option(help: "The document or meeting that set it.") var sourceDocument: String
        @Option(help: "Its date.") var sourceDate: LocalDate
        @Option(help: "Its words.") var sourceText: String?
        @Option(help: "Owner: office, department:CODE or unit:CODE.") var owner: String = "office"
        @Option(help: "Notes.") var notes: String?
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let document = TargetDocument(
                id: id, title: LocalizedText(vi: title, en: titleEn), scope: scope,
                measure: TargetDocument.MeasureDocument(kind: measure, value: value), start: start, deadline: deadline,
                source: TargetDocument.SourceDocument(document: sourceDocument, date: sourceDate, text: sourceText), owner: owner,
                notes: notes)
            let actor = store.actor
            try await store.withStore { store in
                let engine = try await EvaluationService(store: store, basis: .approved, logger: CommandLogging.logger).engine
                switch document.checked(engine: engine) {
                case .success(let target): try await store.saveTarget(TargetDocument(target), by: actor)
                case .failure(let failure):
                    throw text.error(
                        vi: failure.problems.map { "\($0.field): \($0.message.vi)" }.joined(separator: "\n"),
                        en: failure.problems.map { "\($0.field): \($0.message.text(.en))" }.joined(separator: "\n"))
                }
            }
            return text(vi: "đã lưu mục tiêu \(id)", en: "stored target \(id)")
        }
    }

    /// `ntm targets backtest`: the forecast made on one day checked against a later one (docs/TARGETS.md).
    public struct Backtest: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "backtest",
            abstract: "Check the forecast: made on --from, compared with what the values say on --to (Brier score).")
        @OptionGroup var data: DataOptions
        @Option(help: "Evaluate the values in this store instead of files or the demo.") var database: String?
        @Option(help: "The forecast day (default for the demo: 30/06/2019).") var from: LocalDate?
        @Option(help: "The day of the outcome (default for the demo: 31/12/2019).") var to: LocalDate?
        @Option(help: "Scope: a unit code, registered:YEAR[@CODE] or all (default: the demo's province, 84).") var scope: String = "84"
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let engine: EvaluationEngine
            if let database {
                engine = try await StoreLocation(database).withStore(logger: CommandLogging.logger) { store in
                    try await EvaluationService(store: store, basis: .approved, logger: CommandLogging.logger).engine
                }
            } else {
                engine = try data.engine()
            }
            let demo = database == nil && data.usesDemo
            guard let from = from ?? (demo ? BundledData.demoBriefingDate : nil), let to = to ?? (demo ? LocalDate(iso: "2019-12-31") : nil)
            else {
                throw text.error(vi: "cần --from và --to", en: "--from and --to are required")
            }
            guard let scope = EvaluationScope(parsing: scope) else {
                throw text.error(vi: "phạm vi '\(self.scope)' không hợp lệ", en: "scope '\(self.scope)' is not valid")
            }
            switch ForecastBacktest.run(engine: engine, scope: scope, from: from, to: to) {
            case .success(let backtest): return TargetText.backtest(backtest, language: lang)
            case .failure(let refusal): throw text.error(vi: refusal.reason.vi, en: refusal.reason.text(.en))
            }
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
