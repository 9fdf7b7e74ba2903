import NTMCore
import NTMTasks

/// Directives and tasks as people write them, whatever the door (pages, API, CLI): who may write is checked
/// (`AccessPolicy.canDirect`, `.canReport`), the content against the organisations, units, criteria and targets
/// that exist, then the store writes all of it or nothing and audits it under the account's name.
public struct TaskDesk: Sendable {
    let store: any NTMStore
    let policy: AccessPolicy

    public init(store: any NTMStore, engine: EvaluationEngine) {
        self.store = store
        policy = AccessPolicy(engine: engine)
    }

    /// Issues directives with their tasks, all of them or none.
    public func createDirectives(_ directives: [DirectiveWithTasks], as account: Account) async throws {
        guard policy.canDirect(account) else {
            throw TaskError.forbidden(
                LocalizedText(
                    vi: "chỉ Văn phòng Điều phối ban hành văn bản chỉ đạo và giao nhiệm vụ",
                    en: "only the coordination office issues directives and gives tasks"))
        }
        let targets = Set(try await store.targets().map(\.id))
        let sessions = Set(try await store.sessions().map(\.session.id))
        let problems = directives.flatMap { given in
            given.directive.problems(tasks: given.tasks, directory: policy.directory, targets: targets)
                + (given.directive.session.map { sessions.contains($0) } == false
                    ? [
                        TaskProblem(
                            field: "session",
                            message: LocalizedText(
                                vi: "không có cuộc họp '\(given.directive.session ?? "")'", en: "no briefing '\(given.directive.session ?? "")'"))
                    ]
                    : [])
        }
        guard problems.isEmpty else { throw TaskError.invalid(problems) }
        try await store.createDirectives(directives, by: account.username)
    }

    public func createDirective(_ directive: Directive, tasks: [DirectiveTask], as account: Account) async throws {
        try await createDirectives([DirectiveWithTasks(directive, tasks: tasks)], as: account)
    }

    /// A report, extension or completion on task `id`: extensions by the office, the rest by the lead organisation.
    public func record(_ write: TaskWrite, task id: String, as account: Account) async throws {
        guard let task = try await store.tasks().first(where: { $0.id == id }) else { throw TaskError.unknownTask(id) }
        switch write {
        case .extend:
            guard policy.canDirect(account) else {
                throw TaskError.forbidden(
                    LocalizedText(vi: "chỉ Văn phòng Điều phối gia hạn nhiệm vụ", en: "only the coordination office extends a task's deadline"))
            }
        case .report, .complete:
            guard policy.canReport(account, on: task) else {
                let lead = policy.directory.organisation(task.lead)?.name.vi ?? task.lead.text
                throw TaskError.forbidden(
                    LocalizedText(
                        vi: "nhiệm vụ '\(id)' do \(lead) chủ trì; chỉ cán bộ của cơ quan chủ trì báo cáo tiến độ",
                        en:
                            "task '\(id)' is led by \(policy.directory.organisation(task.lead)?.name.text(.en) ?? task.lead.text); only its officers report on it"
                    ))
            }
        }
        try await store.recordTask(write, task: id, by: account.username)
    }
}

extension TaskDesk {
    /// Holds a briefing (office only): freezes the figures of `scope` on `date` from the service's values and
    /// stores the session with them. A scope without any value by then has nothing to freeze and is refused.
    @discardableResult
    public func holdSession(
        id: String, title: String, heldOn: LocalDate, chair: String, participants: [OrganisationRef], scope: EvaluationScope,
        figuresOn date: LocalDate, service: EvaluationService, as account: Account
    ) async throws -> BriefingSession {
        guard policy.canDirect(account) else {
            throw TaskError.forbidden(
                LocalizedText(
                    vi: "chỉ Văn phòng Điều phối chốt số liệu cuộc họp giao ban", en: "only the coordination office freezes a briefing's figures"))
        }
        let summary = try await service.summary(of: scope, on: date)
        guard summary.communes > summary.noDataCommunes else { throw TaskError.noFigures(scope: scope.text, on: date) }
        let session = BriefingSession(
            id: id, title: title, heldOn: heldOn, chair: chair, participants: participants,
            snapshot: BriefingSnapshot(summary, basis: service.basis.rawValue))
        let problems = session.problems(directory: policy.directory)
        guard problems.isEmpty else { throw TaskError.invalid(problems) }
        try await store.createSession(session, by: account.username)
        return session
    }
}
