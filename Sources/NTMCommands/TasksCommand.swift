import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMStore
import NTMTasks

/// `ntm tasks`: the tasks directives give, where each stands on a date, and their reports, extensions and completion.
public struct TasksCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Tasks given by directives: list with timeliness, overdue (JSON for a notifier), report progress, extend, close.",
        subcommands: [List.self, Overdue.self, Report.self, Close.self, Extend.self])

    public init() {}

    /// The store, the day and the output shape the reading subcommands share.
    struct Reading: ParsableArguments {
        @OptionGroup var store: StoreOptions
        @Option(help: "The day the tasks are judged on (YYYY-MM-DD or DD/MM/YYYY). Default: today in Vietnam.") var date: LocalDate?
        @Option(help: "Only tasks this organisation leads: office, department:CODE or unit:CODE.") var organisation: String?
        @Option(help: "table or json.") var format: OutputFormat = .table
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        /// The tasks, each as a reader sees it on the day.
        func summaries(_ select: @escaping @Sendable ([DirectiveTask], LocalDate) -> [DirectiveTask]) async throws -> (LocalDate, [TaskSummary]) {
            let text = CommandText(language: lang)
            let lead = try organisation.map { value in
                guard let reference = OrganisationRef(text: value) else {
                    throw text.error(
                        vi: "--organisation '\(value)' không hợp lệ (office, department:MÃ hoặc unit:MÃ)",
                        en: "--organisation '\(value)' is not valid (office, department:CODE or unit:CODE)")
                }
                return reference
            }
            let day = date ?? VietnamTime.today(SystemClock())
            let language = lang
            let summaries = try await store.withStore { store in
                let engine = try await EvaluationService(store: store, basis: .approved, logger: CommandLogging.logger).engine
                let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
                let given = try await store.tasks().filter { task in task.assignedOn <= day && (lead.map { $0 == task.lead } ?? true) }
                return select(given, day).map { TaskSummary($0, on: day, directory: directory, language: language) }
            }
            return (day, summaries)
        }

        func render(_ summaries: [TaskSummary], on day: LocalDate) throws -> String {
            switch format {
            case .json:
                return try JSON.encode(TaskList(date: day, tasks: summaries))
            case .table:
                let text = CommandText(language: lang)
                var table = TextTable(header: [
                    text(vi: "Mã", en: "Id"), text(vi: "Chủ trì", en: "Lead"), text(vi: "Hạn", en: "Due"), text(vi: "Tình trạng", en: "Status"),
                    text(vi: "Nội dung", en: "Task"),
                ])
                for summary in summaries {
                    let due = summary.due.map { lang == .vi ? $0.vietnamese : $0.iso } ?? TaskDeadline(text: summary.deadline)?.display(lang) ?? ""
                    let original = summary.originalDue.map { text(vi: " (hạn đầu \($0.vietnamese))", en: " (first due \($0.iso))") } ?? ""
                    table.add([
                        summary.id, summary.lead.name, due + original + (summary.deadlineIllustrative ? "*" : ""), summary.statusText, summary.text,
                    ])
                }
                let heading = text(vi: "Nhiệm vụ đến ngày \(day.vietnamese): \(summaries.count)", en: "Tasks on \(day.iso): \(summaries.count)")
                let note =
                    summaries.contains(where: \.deadlineIllustrative) ? "\n" + text(vi: "* thời hạn minh họa", en: "* illustrative deadline") : ""
                return heading + "\n" + table.render() + note
            }
        }
    }

    enum OutputFormat: String, ExpressibleByArgument, Sendable { case table, json }

    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "list", abstract: "Every task given by the date, with its timeliness.")
        @OptionGroup var reading: Reading

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let (day, summaries) = try await reading.summaries { tasks, _ in tasks }
            return try reading.render(summaries, on: day)
        }
    }

    /// `ntm tasks overdue --format json`: what a province's notifier sends, longest overdue first, then stale tasks.
    public struct Overdue: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "overdue", abstract: "Overdue tasks (longest first) and tasks without deadline silent for 3 months.")
        @OptionGroup var reading: Reading

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let (day, summaries) = try await reading.summaries { tasks, day in Scorecard.attention(tasks, on: day) }
            return try reading.render(summaries, on: day)
        }
    }

    /// Records `write` on `task` as the acting account.
    static func record(_ write: TaskWrite, task: String, acting: ActingOptions) async throws {
        try await acting.withAccount { store, account, service in
            try await TaskDesk(store: store, engine: await service.engine).record(write, task: task, as: account)
        }
    }

    public struct Report: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "report", abstract: "Report progress on a task your organisation leads.")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "The task's id.") var task: String
        @Option(help: "What was done.") var text: String
        @Option(help: "Per cent done (0–100).") var percent: Int?
        @Option(help: "The document or file the report rests on.") var evidence: String?
        @Option(help: "The report's date. Default: today in Vietnam.") var date: LocalDate?

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let report = ProgressReport(
                date: date ?? VietnamTime.today(SystemClock()), text: text, percent: percent, evidence: evidence, by: acting.user)
            try await TasksCommand.record(.report(report), task: task, acting: acting)
            return CommandText(language: acting.lang)(vi: "đã ghi báo cáo cho nhiệm vụ \(task)", en: "recorded a report on task \(task)")
        }
    }

    public struct Close: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "close", abstract: "Record that a task your organisation leads is done.")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "The task's id.") var task: String
        @Option(help: "The day it was done. Default: today in Vietnam.") var date: LocalDate?

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let day = date ?? VietnamTime.today(SystemClock())
            try await TasksCommand.record(.complete(on: day), task: task, acting: acting)
            return CommandText(language: acting.lang)(
                vi: "nhiệm vụ \(task) hoàn thành ngày \(day.vietnamese)", en: "task \(task) done on \(day.iso)")
        }
    }

    public struct Extend: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "extend", abstract: "Grant a later deadline (office); the first one stays visible.")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "The task's id.") var task: String
        @Option(help: "The new deadline.") var until: LocalDate
        @Option(help: "The day it was granted. Default: today in Vietnam.") var approved: LocalDate?
        @Option(help: "The document that grants it.") var reference: String?

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let grant = DeadlineExtension(approvedOn: approved ?? VietnamTime.today(SystemClock()), newDue: until, reference: reference)
            try await TasksCommand.record(.extend(grant), task: task, acting: acting)
            return CommandText(language: acting.lang)(
                vi: "đã gia hạn nhiệm vụ \(task) đến \(until.vietnamese)", en: "extended task \(task) to \(until.iso)")
        }
    }
}
