import Foundation
import Hummingbird
import NTMCore
import NTMExchange
import NTMStore
import NTMTasks

/// The tasks directives give: each organisation's scorecard, what needs attention (overdue first), every task; and
/// one task with its reports, where its lead organisation reports and the office extends its deadline.
struct TasksPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.tasks)) { request, context in try await list(request, context: context) }
        router.get("\(Paths.tasks)/:id") { request, context in try await detail(request, context: context, form: nil) }
        router.post("\(Paths.tasks)/:id/\(Paths.taskReportSegment)") { request, context in try await write(request, context: context, form: .report) }
        router.post("\(Paths.tasks)/:id/\(Paths.taskCompleteSegment)") { request, context in
            try await write(request, context: context, form: .complete)
        }
        router.post("\(Paths.tasks)/:id/\(Paths.taskExtendSegment)") { request, context in try await write(request, context: context, form: .extend) }
    }

    /// Every task given by `date` (of `stored`, else of the store), as readers see it that day, with the directory
    /// that names organisations.
    func summaries(on date: LocalDate, of stored: [DirectiveTask]? = nil, language: Language) async throws -> (
        [DirectiveTask], [TaskSummary], OrganisationDirectory
    ) {
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let all: [DirectiveTask]
        if let stored { all = stored } else { all = try await services.store.tasks() }
        let tasks = all.filter { $0.assignedOn <= date }
        return (tasks, tasks.map { TaskSummary($0, on: date, directory: directory, language: language) }, directory)
    }

    struct Card {
        let name: String
        let href: String
        let total: Int
        let doneOnTime: Int
        let doneLate: Int
        let withinDeadline: Int
        /// Nil rather than 0 here and in `stale`, so the template shows no badge (Mustache treats 0 as a value).
        let overdue: Int?
        let overdueLong: Int
        let noDeadline: Int
        let stale: Int?
        /// A department's view of its criteria.
        let departmentHref: String?
    }

    /// Days a page can be looked at from: each distinct deadline, so the demo's 15/10/2019 and 31/12/2019 are a click away.
    struct DayLink {
        let label: String
        let href: String
        let current: Bool
    }

    func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let query = Query(request: request)
        let date = try query.date(default: services.defaultDate())
        let lead = query.string("lead").flatMap(OrganisationRef.init(text:))
        let stored = try await services.store.tasks()
        let (tasks, summaries, directory) = try await summaries(on: date, of: stored, language: language)
        let shown = lead.map { lead in tasks.filter { $0.lead == lead } } ?? tasks
        if let format = try ExportFormat.requested(request) {
            return try PageExport.response(
                [TasksExporter.table(shown, on: date, directory: directory, language: language)], name: language == .vi ? "nhiem-vu" : "tasks",
                date: date, format: format, language: language)
        }
        let byID = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
        let format = Formatting(language: language)
        let cards = Scorecard.cards(for: tasks, on: date).map { card in
            Card(
                name: directory.organisation(card.organisation)?.name.text(language) ?? card.organisation.text,
                href: Paths.with(Paths.tasks, ["date": date.iso, "lead": card.organisation.text]), total: card.total,
                doneOnTime: card.doneOnTime, doneLate: card.doneLate, withinDeadline: card.withinDeadline, overdue: card.overdue.nonZero,
                overdueLong: card.overdueByAge.filter { $0.key > .upTo30 }.values.reduce(0, +), noDeadline: card.noDeadline,
                stale: card.stale.nonZero,
                departmentHref: card.organisation.departmentCode.map { Paths.with(Paths.department($0), ["date": date.iso]) })
        }
        .sorted { ($1.overdue ?? 0, $0.name) < ($0.overdue ?? 0, $1.name) }
        let attention = Scorecard.attention(shown, on: date).compactMap { byID[$0.id] }.map { TaskWords.row($0, on: date, language: language) }
        let all = shown.compactMap { byID[$0.id] }.map { TaskWords.row($0, on: date, language: language) }
        let allDays = stored.compactMap(\.originalDue)
        let days = Set(Set(allDays).sorted().suffix(4) + [services.defaultDate()]).sorted().map { day in
            DayLink(label: format.date(day), href: Paths.with(Paths.tasks, ["date": day.iso, "lead": lead?.text]), current: day == date)
        }
        struct View {
            let t: [String: String]
            let dateValue: String
            let dateText: String
            let action: String
            let lead: String?
            let leadName: String?
            let allHref: String
            let cards: [Card]
            let attention: [TaskWords.Row]
            let rows: [TaskWords.Row]
            let days: [DayLink]
            let directivesHref: String
            let sessionsHref = Paths.sessions
            let organisationsHref = Paths.organisations
            let export: PageExport.Links
            let illustrative: Bool
        }
        let view = View(
            t: UIStrings.table(language), dateValue: date.iso, dateText: format.date(date), action: Paths.tasks, lead: lead?.text,
            leadName: lead.map { directory.organisation($0)?.name.text(language) ?? $0.text },
            allHref: Paths.with(Paths.tasks, ["date": date.iso]), cards: lead == nil ? cards : [], attention: attention, rows: all, days: days,
            directivesHref: Paths.with(Paths.directives, ["date": date.iso]),
            export: PageExport.links(Paths.tasks, ["date": date.iso, "lead": lead?.text]), illustrative: all.contains(where: \.illustrative))
        let body = try services.pages.render("tasks", view)
        return try services.pages.page(
            title: UIStrings.table(language)["tasks"] ?? "", body: body, context: context, path: Paths.tasks, query: request.uri.query)
    }

    enum Form: String { case report, complete, extend }

    struct Link {
        let label: String
        let href: String?
    }

    struct ReportRow {
        let date: String
        let text: String
        let percent: String?
        let evidence: String?
        let by: String
    }

    struct ExtensionRow {
        let approvedOn: String
        let newDue: String
        let reference: String?
    }

    /// What was typed, so a refused form comes back as it was sent.
    struct Typed {
        var date = ""
        var text = ""
        var percent = ""
        var evidence = ""
        var newDue = ""
        var reference = ""

        init(date: String) { self.date = date }

        init(_ form: FormBody) {
            func value(_ name: String) -> String { (form.value(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            (date, text, percent, evidence, newDue, reference) = (
                value("date"), value("text"), value("percent"), value("evidence"), value("newDue"), value("reference")
            )
        }
    }

    func detail(
        _ request: Request, context: SignedInContext, form: Form?, typed: Typed? = nil, problems: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let id = context.parameters.get("id") ?? ""
        let date = try Query(request: request).date(default: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        guard let task = try await services.store.tasks().first(where: { $0.id == id }) else {
            throw AppError.notFound(LocalizedText(vi: "nhiệm vụ \(id)", en: "task \(id)"))
        }
        let directive = try await services.store.directives().first { $0.id == task.directive }
        let summary = TaskSummary(task, on: date, directory: directory, language: language)
        let format = Formatting(language: language)
        let policy = AccessPolicy(directory: directory)
        let open = task.completedOn == nil
        let canReport = open && policy.canReport(context.account, on: task)
        let canExtend = open && policy.canDirect(context.account) && task.originalDue != nil
        let targets = Dictionary(try await services.store.targets().map { ($0.id, $0.title.text(language)) }) { first, _ in first }
        let unitDate = max(date, task.assignedOn)
        struct View {
            let t: [String: String]
            let row: TaskWords.Row
            let directive: Link?
            let session: String?
            let assigned: String
            let supporting: [String]
            let units: [Link]
            let criteria: [Link]
            let targets: [Link]
            let completed: String?
            let reports: [ReportRow]
            let extensions: [ExtensionRow]
            let dateValue: String
            let dateText: String
            let action: String
            let backHref: String
            let canReport: Bool
            let canExtend: Bool
            let csrf: String
            let reportAction: String
            let completeAction: String
            let extendAction: String
            let typed: Typed
            let problems: [String: String]
            let reportForm: Bool
            let completeForm: Bool
            let extendForm: Bool
            let notGiven: Bool
        }
        let defaultDay = max(date, task.assignedOn).iso
        let view = View(
            t: UIStrings.table(language), row: TaskWords.row(summary, on: date, language: language),
            directive: directive.map {
                Link(label: "\($0.number) — \(format.date($0.issuedOn))", href: Paths.with(Paths.directive($0.id), ["date": date.iso]))
            },
            session: directive?.session, assigned: format.date(task.assignedOn), supporting: summary.supporting.map(\.name),
            units: task.units.map { code in
                let unit = engine.units.unit(code, on: unitDate) ?? engine.units.versions(of: code).last
                let href: String? = unit.map { $0.kind.isCommuneLevel ? Paths.commune(code) : Paths.district(code) }
                return Link(label: unit?.name ?? code.rawValue, href: href.map { Paths.with($0, ["date": date.iso]) })
            },
            criteria: task.criteria.map { number in
                let set = task.units.first.flatMap { directory.criteriaSet(about: $0, on: unitDate) }
                let name = set?.criterion(number)?.name.text(language)
                return Link(label: (language == .vi ? "TC" : "C") + "\(number)" + (name.map { " \($0)" } ?? ""), href: nil)
            },
            targets: task.targets.map { id in
                Link(label: targets[id] ?? id, href: targets[id] == nil ? nil : Paths.with("\(Paths.targets)/\(id)", ["date": date.iso]))
            },
            completed: task.completedOn.map(format.date),
            reports: task.reports.sorted { $0.date > $1.date }.map {
                ReportRow(date: format.date($0.date), text: $0.text, percent: $0.percent.map { "\($0)%" }, evidence: $0.evidence, by: $0.by)
            },
            extensions: task.extensions.map {
                ExtensionRow(approvedOn: format.date($0.approvedOn), newDue: format.date($0.newDue), reference: $0.reference)
            },
            dateValue: date.iso, dateText: format.date(date), action: Paths.task(id), backHref: Paths.with(Paths.tasks, ["date": date.iso]),
            canReport: canReport, canExtend: canExtend, csrf: context.identity.csrfToken,
            reportAction: Paths.with("\(Paths.task(id))/\(Paths.taskReportSegment)", ["date": date.iso]),
            completeAction: Paths.with("\(Paths.task(id))/\(Paths.taskCompleteSegment)", ["date": date.iso]),
            extendAction: Paths.with("\(Paths.task(id))/\(Paths.taskExtendSegment)", ["date": date.iso]),
            typed: typed ?? Typed(date: defaultDay), problems: problems, reportForm: form == .report, completeForm: form == .complete,
            extendForm: form == .extend, notGiven: date < task.assignedOn)
        let body = try services.pages.render("task", view)
        return try services.pages.page(
            title: task.text, body: body, context: context, path: Paths.task(id), query: "date=\(date.iso)", status: status)
    }

    /// A report, completion or extension from the task page, through the same desk as the API and the CLI.
    func write(_ request: Request, context: SignedInContext, form: Form) async throws -> Response {
        let typed = Typed(FormBody(try await request.body.collect(upTo: BodyLimits.form)))
        let language = context.language
        let id = context.parameters.get("id") ?? ""
        var problems: [String: String] = [:]
        func day(_ text: String, field: String) -> LocalDate? {
            if let date = LocalDate(parsing: text) { return date }
            problems[field] = language == .vi ? "ghi ngày, ví dụ 15/10/2019" : "write a date, e.g. 2019-10-15"
            return nil
        }
        var percent: Int?
        if form == .report, !typed.percent.isEmpty {
            percent = Int(typed.percent)
            if percent == nil { problems["percent"] = language == .vi ? "ghi số từ 0 đến 100" : "write a number from 0 to 100" }
        }
        let write: TaskWrite?
        switch form {
        case .report:
            write = day(typed.date, field: "date").map {
                .report(ProgressReport(date: $0, text: typed.text, percent: percent, evidence: typed.evidence.isEmpty ? nil : typed.evidence, by: ""))
            }
        case .complete:
            write = day(typed.date, field: "date").map { .complete(on: $0) }
        case .extend:
            let approved = day(typed.date, field: "date"), until = day(typed.newDue, field: "newDue")
            write = approved.flatMap { approved in
                until.map { .extend(DeadlineExtension(approvedOn: approved, newDue: $0, reference: typed.reference.isEmpty ? nil : typed.reference)) }
            }
        }
        if let write, problems.isEmpty {
            do {
                let engine = try await services.evaluation.currentEngine()
                try await TaskDesk(store: services.store, engine: engine).record(write, task: id, as: context.account)
                let date = try Query(request: request).date(default: services.defaultDate())
                return Response.redirect(to: Paths.with(Paths.task(id), ["date": date.iso]) + "#reports", type: .found)
            } catch TaskError.invalid(let found) {
                for problem in found { problems[problem.field == "approvedOn" ? "date" : problem.field] = problem.message.text(language) }
            } catch TaskError.taskClosed(let task, let on) {
                problems["form"] = TaskError.taskClosed(task, on: on).text(language)
            }
        }
        return try await detail(request, context: context, form: form, typed: typed, problems: problems, status: .unprocessableContent)
    }
}
