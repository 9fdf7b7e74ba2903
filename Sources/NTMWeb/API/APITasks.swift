import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTasks

/// `/api/v1/directives` and `/api/v1/tasks`: directives with their tasks, each task's standing on a date, and the
/// writes the pages offer (issuing, reporting, completing, extending), through the same `TaskDesk`.
struct APITasks: Sendable {
    let services: WebServices

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.directives) { _, _ in
            let tasks = try await services.store.tasks()
            return try JSONResponse.make(try await services.store.directives().map { DirectiveJSON($0, tasks: tasks) })
        }
        api.on(.directive) { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let directive = try await services.store.directives().first(where: { $0.id == id }) else {
                throw TaskError.unknownDirective(id)
            }
            return try JSONResponse.make(DirectiveJSON(directive, tasks: try await services.store.tasks()))
        }
        api.on(.createDirective) { request, context in
            let input = try await JSONResponse.decode(DirectiveInput.self, from: request, context: context)
            let given = input.given
            try await desk().createDirectives([given], as: context.account)
            return try JSONResponse.make(DirectiveJSON(given.directive, tasks: given.tasks), status: .created)
        }
        api.on(.tasks) { request, context in
            let query = Query(request: request)
            let date = try query.date(default: services.defaultDate())
            // Present but empty is refused too: `?lead=` names no organisation.
            let lead = try request.uri.queryParameters.get("lead").map { text in
                guard let reference = OrganisationRef(text: text) else {
                    throw AppError.badRequest(
                        LocalizedText(vi: "'\(text)' không phải cơ quan", en: "'\(text)' is not an organisation"), field: "lead")
                }
                return reference
            }
            let attention = try query.bool("attention", default: false)
            let (tasks, summaries, _) = try await TasksPages(services: services).summaries(on: date, language: context.language)
            let led = tasks.filter { task in lead.map { $0 == task.lead } ?? true }
            let chosen = attention ? Scorecard.attention(led, on: date) : led
            let byID = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
            return try JSONResponse.make(TaskList(date: date, tasks: chosen.compactMap { byID[$0.id] }))
        }
        api.on(.task) { request, context in try JSONResponse.make(try await detail(request, context: context)) }
        api.on(.reportTask) { request, context in
            let input = try await JSONResponse.decode(ReportInput.self, from: request, context: context)
            return try await record(
                .report(ProgressReport(date: input.date, text: input.text, percent: input.percent, evidence: input.evidence, by: "")), request,
                context)
        }
        api.on(.completeTask) { request, context in
            let input = try await JSONResponse.decode(CompletionInput.self, from: request, context: context)
            return try await record(.complete(on: input.date), request, context)
        }
        api.on(.extendTask) { request, context in
            let input = try await JSONResponse.decode(ExtensionInput.self, from: request, context: context)
            return try await record(
                .extend(DeadlineExtension(approvedOn: input.approvedOn, newDue: input.newDue, reference: input.reference)), request, context)
        }
    }

    func desk() async throws -> TaskDesk {
        TaskDesk(store: services.store, engine: try await services.evaluation.currentEngine())
    }

    func record(_ write: TaskWrite, _ request: Request, _ context: SignedInContext) async throws -> Response {
        try await desk().record(write, task: context.parameters.get("id") ?? "", as: context.account)
        return try JSONResponse.make(try await detail(request, context: context), status: .created)
    }

    func detail(_ request: Request, context: SignedInContext) async throws -> TaskJSON {
        let id = context.parameters.get("id") ?? ""
        let date = try Query(request: request).date(default: services.defaultDate())
        guard let task = try await services.store.tasks().first(where: { $0.id == id }) else { throw TaskError.unknownTask(id) }
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        return TaskJSON(
            summary: TaskSummary(task, on: date, directory: directory, language: context.language), reports: task.reports,
            extensions: task.extensions)
    }
}

/// One task: its summary with every report and extension.
struct TaskJSON: Encodable, Sendable {
    var summary: TaskSummary
    var reports: [ProgressReport]
    var extensions: [DeadlineExtension]
}

/// A directive with the ids of the tasks it gives.
struct DirectiveJSON: Encodable, Sendable {
    var directive: Directive
    var tasks: [String]

    init(_ directive: Directive, tasks: [DirectiveTask]) {
        self.directive = directive
        self.tasks = tasks.filter { $0.directive == directive.id }.map(\.id)
    }
}

/// What `POST /directives` takes: the directive and its tasks, optional fields left out.
struct DirectiveInput: Decodable, Sendable {
    struct TaskInput: Decodable, Sendable {
        var id: String
        var text: String
        var lead: OrganisationRef
        var supporting: [OrganisationRef]?
        var units: [String]?
        var criteria: [Int]?
        var targets: [String]?
        var assignedOn: LocalDate?
        var deadline: TaskDeadline?
    }

    var id: String
    var number: String
    var issuedOn: LocalDate
    var signer: String
    var session: String?
    var title: String
    var text: String?
    var tasks: [TaskInput]

    var given: DirectiveWithTasks {
        let directive = Directive(id: id, number: number, issuedOn: issuedOn, signer: signer, session: session, title: title, text: text ?? "")
        return DirectiveWithTasks(
            directive,
            tasks: tasks.map { task in
                DirectiveTask(
                    id: task.id, directive: id, text: task.text, lead: task.lead, supporting: task.supporting ?? [],
                    units: (task.units ?? []).map { UnitCode($0) }, criteria: task.criteria ?? [], targets: task.targets ?? [],
                    assignedOn: task.assignedOn ?? issuedOn, deadline: task.deadline ?? .none)
            })
    }
}

struct ReportInput: Decodable, Sendable {
    var date: LocalDate
    var text: String
    var percent: Int?
    var evidence: String?
}

struct CompletionInput: Decodable, Sendable {
    var date: LocalDate
}

struct ExtensionInput: Decodable, Sendable {
    var approvedOn: LocalDate
    var newDue: LocalDate
    var reference: String?
}
