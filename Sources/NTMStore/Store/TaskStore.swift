import Foundation
import NTMCore
import NTMTasks

/// Directives and the tasks they give, with what happened to each task since: progress reports and extensions
/// (appended, never changed) and its completion. Timeliness is never stored; it is derived on reading.
public protocol TaskStore: Sendable {
    /// Stores new directives and their tasks together, or nothing: an existing directive or task id is refused
    /// (`TaskError.directiveExists`, `.taskExists`). The caller has checked them (`Directive.problems`).
    func createDirectives(_ directives: [DirectiveWithTasks], by user: String) async throws
    /// Every directive, newest first.
    func directives() async throws -> [Directive]
    /// Every task with its reports, extensions and completion, by directive then id.
    func tasks() async throws -> [DirectiveTask]
    /// Records a report, an extension or the completion of task `id`, checked inside the write against the task as
    /// stored (`TaskWrite.plan`): a task completed meanwhile refuses it, so two writers cannot both finish it.
    func recordTask(_ write: TaskWrite, task id: String, by user: String) async throws
}

/// The rows and audit entry of one task write, planned once for both stores.
struct TaskWritePlan: Sendable {
    /// A report or extension row to append (kind, JSON body); none for a completion.
    var event: (kind: String, body: String)?
    var completedOn: LocalDate?
    var audit: PendingAudit
}

/// How both stores keep tasks: the definition as JSON, events as JSON rows, the completion as a column.
extension TaskStore {
    public func createDirective(_ directive: Directive, tasks: [DirectiveTask], by user: String) async throws {
        try await createDirectives([DirectiveWithTasks(directive, tasks: tasks)], by: user)
    }
}

enum StoredTask {
    static let report = "report"
    static let extension_ = "extension"

    /// The task as stored: its definition with its events (oldest first) and completion.
    static func assemble(definition: String, completedOn: String?, events: [(kind: String, body: String)]) throws -> DirectiveTask {
        var task = try StoredJSON.decode(DirectiveTask.self, from: definition)
        for event in events {
            switch event.kind {
            case report: task.reports.append(try StoredJSON.decode(ProgressReport.self, from: event.body))
            case extension_: task.extensions.append(try StoredJSON.decode(DeadlineExtension.self, from: event.body))
            default: throw StoreError.unsupported("task \(task.id) has an event of unknown kind '\(event.kind)'")
            }
        }
        task.completedOn = try completedOn.map { text in
            guard let date = LocalDate(iso: text) else { throw StoreError.unsupported("task \(task.id) has completion date '\(text)'") }
            return date
        }
        return task
    }

    /// Checks `write` against `task` as stored (nil: no such task) on `today`, and plans its rows and audit.
    static func plan(_ write: TaskWrite, on task: DirectiveTask?, id: String, by user: String, today: LocalDate) throws -> TaskWritePlan {
        guard let task else { throw TaskError.unknownTask(id) }
        if let completedOn = task.completedOn { throw TaskError.taskClosed(id, on: completedOn) }
        switch write {
        case .report(var report):
            report.by = user
            let problems = task.problems(adding: report, today: today)
            guard problems.isEmpty else { throw TaskError.invalid(problems) }
            let body = try StoredJSON.encode(report)
            return TaskWritePlan(
                event: (Self.report, body), audit: PendingAudit(action: "report-task", entity: "task", key: id, before: nil, after: body))
        case .extend(let grant):
            let problems = task.problems(extending: grant, today: today)
            guard problems.isEmpty else { throw TaskError.invalid(problems) }
            let body = try StoredJSON.encode(grant)
            return TaskWritePlan(
                event: (Self.extension_, body),
                audit: PendingAudit(action: "extend-task", entity: "task", key: id, before: task.due(on: grant.approvedOn)?.iso, after: body))
        case .complete(let date):
            let problems = task.problems(completingOn: date, today: today)
            guard problems.isEmpty else { throw TaskError.invalid(problems) }
            return TaskWritePlan(
                event: nil, completedOn: date, audit: PendingAudit(action: "complete-task", entity: "task", key: id, before: nil, after: date.iso))
        }
    }

    /// What both stores write for a new directive: its JSON, each task's definition, and the audit entry holding
    /// the directive and its tasks as given.
    struct Rows {
        var directive: Directive
        var body: String
        var tasks: [(DirectiveTask, String)]
        var audit: PendingAudit

        init(_ given: DirectiveWithTasks) throws {
            struct Created: Encodable {
                var directive: Directive
                var tasks: [DirectiveTask]
            }
            directive = given.directive
            body = try StoredJSON.encode(given.directive)
            tasks = try given.tasks.map { ($0, try StoredJSON.encode($0.definition)) }
            audit = PendingAudit(
                action: "create-directive", entity: "directive", key: given.directive.id, before: nil,
                after: try StoredJSON.encode(Created(directive: given.directive, tasks: given.tasks.map(\.definition))))
        }
    }
}
