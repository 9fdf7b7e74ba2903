import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTasks

/// What waits on the signed-in officer, the page they land on after signing in: their values returned by a
/// reviewer (with the reviewer's comment and a link to correct them at that date), their drafts not yet sent, and
/// the values waiting for their review.
struct TodoPage: Sendable {
    let services: WebServices
    /// Returned values and drafts shown; an officer with more has a backlog the counts still report.
    static let listLimit = 200
    /// Values to review listed here; the review queue shows the rest.
    static let reviewPreview = 10

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.todo)) { _, context in try await page(context) }
    }

    struct Returned {
        let indicator: String
        let indicatorName: String
        let date: String
        let value: String
        let comment: String
        let by: String
        let at: String
        let href: String
    }

    struct Drafts {
        let date: String
        let count: Int
        let href: String
    }

    struct View {
        let t: [String: String]
        let unitName: String?
        let returned: [Returned]
        let returnedCount: Int
        let drafts: [Drafts]
        let draftCount: Int
        let reviewCount: Int
        let review: [ReviewPages.Item]
        let reviewHref: String
        let canReview: Bool
        let entryHref: String?
        let nothing: Bool
        /// Open tasks the account's organisation leads, to chase first: what it reports on.
        let rows: [TaskWords.Row]
        let departmentHref: String?
    }

    /// Overdue tasks first, then by the day they are due (tasks without one last), then by id.
    static func urgency(_ task: DirectiveTask, on day: LocalDate) -> (Int, Int, String) {
        (task.timeliness(on: day).isOverdue ? 0 : 1, task.due(on: day)?.dayNumber ?? Int.max, task.id)
    }

    func page(_ context: SignedInContext) async throws -> Response {
        let account = context.account
        let language = context.language
        let engine = try await services.evaluation.currentEngine()
        let queue = WorkQueue(services: services)
        let format = Formatting(language: language)
        let today = services.defaultDate()

        let returnedRecords = try await queue.ownValues(for: account, statuses: [.returned], limit: Self.listLimit)
        let returned: [Returned] = returnedRecords.map { record in
            let slot = record.slot
            return Returned(
                indicator: slot.indicator.rawValue,
                indicatorName: engine.catalog.set(slot.criteriaSet)?.indicator(slot.indicator)?.displayName(language) ?? "",
                date: format.date(slot.date), value: record.value.text(language), comment: record.comment ?? "",
                by: record.actor, at: VietnamTime.text(record.recordedAt),
                href: Paths.with(Paths.entry(slot.unit), ["date": slot.date.iso]) + "#row-\(slot.indicator.rawValue)")
        }
        let draftRecords = try await queue.ownValues(for: account, statuses: [.draft], limit: Self.listLimit)
        // Drafts are the account's own unit's (`ownValues`), so a date and its first record say where to enter them.
        let drafts: [Drafts] = Dictionary(grouping: draftRecords, by: { $0.slot.date }).sorted { $0.key > $1.key }.compactMap {
            date, records in
            records.first.map {
                Drafts(date: format.date(date), count: records.count, href: Paths.with(Paths.entry($0.slot.unit), ["date": date.iso]))
            }
        }
        let toReview = try await queue.toReview(for: account, engine: engine, limit: ReviewPages.pageSize)
        let review: [ReviewPages.Item] = toReview.prefix(Self.reviewPreview).map { record in
            ReviewPages.item(record, engine: engine, format: format, language: language)
        }
        let entryHref: String? = account.unit.flatMap { unit in
            AccessPolicy(engine: engine).canWrite(account, unit: unit, on: today) ? Paths.entry(unit) : nil
        }
        // Open tasks its organisation leads, each judged today or, for one given later than the demo's fixed day, on the
        // day it was given; the ones to chase first.
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let policy = AccessPolicy(directory: directory)
        let open = try await services.store.tasks().filter { $0.completedOn == nil && policy.canReport(account, on: $0) }
            .map { task in (task, max(today, task.assignedOn)) }
            .sorted { Self.urgency($0.0, on: $0.1) < Self.urgency($1.0, on: $1.1) }
        let rows = open.map { task, day in
            TaskWords.row(TaskSummary(task, on: day, directory: directory, language: language), on: day, language: language)
        }
        let view = View(
            t: UIStrings.table(language), unitName: account.unit.flatMap { engine.units.unit($0, on: today)?.name },
            returned: returned, returnedCount: returned.count, drafts: drafts, draftCount: draftRecords.count, reviewCount: toReview.count,
            review: review,
            reviewHref: Paths.review, canReview: WorkQueue.canReview(account), entryHref: entryHref,
            nothing: returned.isEmpty && drafts.isEmpty && toReview.isEmpty && rows.isEmpty, rows: rows,
            departmentHref: account.department.map { Paths.with(Paths.department($0), ["date": today.iso]) })
        let body = try services.pages.render("todo", view)
        return try services.pages.page(
            title: UIStrings.table(language)["todo"] ?? "", body: body, context: context, path: Paths.todo)
    }
}
