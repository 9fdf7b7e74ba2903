import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTasks

/// The directives (conclusions of briefings) newest first, and one with its text and the tasks it gives, each with
/// its standing on the date.
struct DirectivesPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.directives)) { request, context in try await list(request, context: context) }
        router.get("\(Paths.directives)/:id") { request, context in try await detail(request, context: context) }
    }

    struct Row {
        let href: String
        let number: String
        let title: String
        let issued: String
        let signer: String
        let tasks: Int
        /// Nil rather than 0, so the template shows no badge.
        let overdue: Int?
    }

    func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let date = try Query(request: request).date(default: services.defaultDate())
        let format = Formatting(language: language)
        let tasks = try await services.store.tasks()
        let rows = try await services.store.directives().map { directive in
            let given = tasks.filter { $0.directive == directive.id }
            return Row(
                href: Paths.with(Paths.directive(directive.id), ["date": date.iso]), number: directive.number, title: directive.title,
                issued: format.date(directive.issuedOn), signer: directive.signer, tasks: given.count,
                overdue: given.filter { $0.assignedOn <= date && $0.timeliness(on: date).isOverdue }.count.nonZero)
        }
        struct View {
            let t: [String: String]
            let rows: [Row]
            let dateText: String
            let dateValue: String
            let action: String
            let tasksHref: String
        }
        let view = View(
            t: UIStrings.table(language), rows: rows, dateText: format.date(date), dateValue: date.iso, action: Paths.directives,
            tasksHref: Paths.with(Paths.tasks, ["date": date.iso]))
        let body = try services.pages.render("directives", view)
        return try services.pages.page(
            title: UIStrings.table(language)["directives"] ?? "", body: body, context: context, path: Paths.directives, query: request.uri.query)
    }

    func detail(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let id = context.parameters.get("id") ?? ""
        let date = try Query(request: request).date(default: services.defaultDate())
        guard let directive = try await services.store.directives().first(where: { $0.id == id }) else {
            throw AppError.notFound(LocalizedText(vi: "văn bản chỉ đạo \(id)", en: "directive \(id)"))
        }
        let (_, summaries, _) = try await TasksPages(services: services).summaries(on: max(date, directive.issuedOn), language: language)
        let format = Formatting(language: language)
        let rows = summaries.filter { $0.directive == id }.map { TaskWords.row($0, on: date, language: language) }
        struct View {
            let t: [String: String]
            let number: String
            let title: String
            let issued: String
            let signer: String
            let session: String?
            let sessionHref: String?
            let paragraphs: [String]
            let illustrative: Bool
            let rows: [TaskWords.Row]
            let dateText: String
            let dateValue: String
            let action: String
            let backHref: String
            let notYet: Bool
            let anyIllustrativeDeadline: Bool
        }
        let view = View(
            t: UIStrings.table(language), number: directive.number, title: directive.title, issued: format.date(directive.issuedOn),
            signer: directive.signer, session: directive.session, sessionHref: directive.session.map(Paths.session),
            paragraphs: directive.text.split(separator: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") },
            illustrative: directive.illustrative, rows: rows, dateText: format.date(max(date, directive.issuedOn)), dateValue: date.iso,
            action: Paths.directive(id), backHref: Paths.with(Paths.directives, ["date": date.iso]), notYet: date < directive.issuedOn,
            anyIllustrativeDeadline: rows.contains(where: \.illustrative))
        let body = try services.pages.render("directive", view)
        return try services.pages.page(
            title: directive.number, body: body, context: context, path: Paths.directive(id), query: "date=\(date.iso)")
    }
}
