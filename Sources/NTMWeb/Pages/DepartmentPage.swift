import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTasks

/// A department's view of the province (`DepartmentOverview`): its criteria, where each is unmet and how far,
/// nearest to met first, and the tasks it leads with their timeliness.
struct DepartmentPage: Sendable {
    let services: WebServices
    /// Communes listed per criterion; the count says how many more there are.
    static let listed = 10

    func register(on router: RouterGroup<SignedInContext>) {
        router.get("\(Paths.departments)/:code") { request, context in try await page(request, context: context) }
    }

    struct Commune {
        let name: String
        let href: String
        let district: String
        let missing: [String]
    }

    struct Line {
        let label: String
        let met: String
        /// Nil when every xã meets it (Mustache reads 0 as a value).
        let unmetCount: Int?
        let more: Int?
        let communes: [Commune]
        let matrixHref: String
    }

    func page(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let code = context.parameters.get("code") ?? ""
        let date = try Query(request: request).date(default: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        // The province's communes on the day: after the 2025 reform the unit that carries the configured province.
        let root = engine.units.allVersions.first { $0.parent == nil && $0.validity.contains(date) }?.code
        guard let scope = services.home(on: date, units: engine.units) ?? root else {
            throw AppError.notFound(LocalizedText(vi: "tỉnh", en: "province"))
        }
        let tasks = try await services.store.tasks()
        guard let overview = try DepartmentOverview.build(department: code, scope: scope, on: date, engine: engine, tasks: tasks) else {
            throw AppError.notFound(LocalizedText(vi: "sở, ngành \(code)", en: "department \(code)"))
        }
        let format = Formatting(language: language)
        let prefix = language == .vi ? "TC" : "C"
        let lines = overview.criteria.map { line in
            Line(
                label: "\(prefix)\(line.number) \(line.name.text(language))", met: "\(line.communesMeeting)/\(line.communes)",
                unmetCount: line.unmet.count.nonZero, more: (line.unmet.count - Self.listed).nonZero.flatMap { $0 > 0 ? $0 : nil },
                communes: line.unmet.prefix(Self.listed).map { commune in
                    Commune(
                        name: commune.name, href: Paths.with(Paths.commune(commune.code), ["date": date.iso]), district: commune.district,
                        missing: commune.failing.map { "\($0.code) \($0.name): " + (format.gap($0) ?? $0.status.text(language)) })
                },
                matrixHref: Paths.with(Paths.matrix, ["date": date.iso]))
        }
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let rows = overview.tasks.map {
            TaskWords.row(TaskSummary($0, on: date, directory: directory, language: language), on: date, language: language)
        }
        struct View {
            let t: [String: String]
            let name: String
            let scopeName: String
            let dateText: String
            let dateValue: String
            let action: String
            let lines: [Line]
            let rows: [TaskWords.Row]
            let overdue: Int?
            let tasksHref: String
        }
        let view = View(
            t: UIStrings.table(language), name: overview.department.name.text(language), scopeName: overview.scopeName,
            dateText: format.date(date), dateValue: date.iso, action: Paths.department(code), lines: lines, rows: rows,
            overdue: overview.tasks.filter { $0.timeliness(on: date).isOverdue }.count.nonZero,
            tasksHref: Paths.with(Paths.tasks, ["date": date.iso, "lead": OrganisationRef.department(code).text]))
        let body = try services.pages.render("department", view)
        return try services.pages.page(
            title: overview.department.name.text(language), body: body, context: context, path: Paths.department(code), query: "date=\(date.iso)")
    }
}
