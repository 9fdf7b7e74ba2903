import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTasks

/// The organisations of the programme on a day, with their codes: the office, the departments the criteria and the
/// province's overlay list, and the districts and communes of the province. Accounts belong to one, tasks are given
/// to one; the page shows how many of each and links a department to its view.
struct OrganisationsPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.organisations)) { request, context in try await page(request, context: context) }
    }

    struct Row {
        let code: String
        let ref: String
        let name: String
        let kind: String
        let accounts: Int
        let tasks: Int
        let overdue: Int?
        let href: String?
        let tasksHref: String
    }

    func page(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let date = try Query(request: request).date(default: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let home = services.home(on: date, units: engine.units)
        let organisations = directory.provincialBodies + directory.localBodies(on: date, under: home)
        let accounts = try await services.store.accounts()
        let tasks = try await services.store.tasks().filter { $0.assignedOn <= date }
        let rows = organisations.map { organisation in
            let led = tasks.filter { $0.lead == organisation.ref }
            return Row(
                code: organisation.code, ref: organisation.ref.text, name: organisation.name.text(language), kind: organisation.kind.name(language),
                accounts: accounts.filter { $0.organisation == organisation.ref }.count, tasks: led.count,
                overdue: led.filter { $0.timeliness(on: date).isOverdue }.count.nonZero,
                href: organisation.ref.departmentCode.map { Paths.with(Paths.department($0), ["date": date.iso]) }
                    ?? organisation.ref.unitCode.map { code in
                        Paths.with(organisation.kind == .commune ? Paths.commune(code) : Paths.district(code), ["date": date.iso])
                    },
                tasksHref: Paths.with(Paths.tasks, ["date": date.iso, "lead": organisation.ref.text]))
        }
        struct View {
            let t: [String: String]
            let rows: [Row]
            let dateText: String
            let dateValue: String
            let action: String
        }
        let view = View(
            t: UIStrings.table(language), rows: rows, dateText: Formatting(language: language).date(date), dateValue: date.iso,
            action: Paths.organisations)
        let body = try services.pages.render("organisations", view)
        return try services.pages.page(
            title: UIStrings.table(language)["organisations"] ?? "", body: body, context: context, path: Paths.organisations,
            query: request.uri.query)
    }
}
