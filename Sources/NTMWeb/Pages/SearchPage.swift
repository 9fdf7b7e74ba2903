import Foundation
import Hummingbird
import NTMCore

/// Finding a commune or district by name from any page (the search box in the header).
struct SearchPage: Sendable {
    let services: WebServices
    /// Longer queries are cut: nobody types a 200-letter commune name, and the search walks every unit version.
    static let maximumQuery = 100
    /// Results shown; more means the words typed are too general, and the page says so.
    static let shown = 50

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.search)) { request, context in try await page(request, context: context) }
    }

    struct Hit {
        let name: String
        let kind: String
        let code: String
        let parent: String
        let href: String
        let former: Bool
        let until: String?
    }

    struct View {
        let t: [String: String]
        let query: String
        let hits: [Hit]
        let searched: Bool
        let summary: String
    }

    func page(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let query = String((request.uri.queryParameters.get("q") ?? "").prefix(Self.maximumQuery))
        let engine = try await services.evaluation.currentEngine()
        let date = services.defaultDate()
        let format = Formatting(language: language)
        let found = UnitSearch.search(query, in: engine.units, on: date, limit: Self.shown + 1)
        let hits: [Hit] = found.prefix(Self.shown).map { hit in
            let unit = hit.unit
            let onDate = hit.current ? date : (unit.validity.until ?? date)
            let parent = engine.units.ancestry(of: unit.code, on: onDate).dropFirst().map(\.name).joined(separator: ", ")
            // A province opens the overview of its xã; a district or commune its own page; a former unit as it was on
            // its last day.
            let dated: [String: String?] = ["date": hit.current ? nil : onDate.iso]
            let href: String
            if unit.kind == .province {
                href = Paths.with(Paths.overview, dated.merging(["scope": unit.code.rawValue]) { $1 })
            } else if unit.kind.isDistrictLevel {
                href = Paths.with(Paths.district(unit.code), dated)
            } else {
                href = Paths.with(Paths.commune(unit.code), dated)
            }
            return Hit(
                name: unit.name, kind: unit.kind.name(language), code: unit.code.rawValue, parent: parent, href: href,
                former: !hit.current, until: hit.current ? nil : unit.validity.until.map { format.date($0) })
        }
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        let summary =
            trimmed.isEmpty
            ? ""
            : found.count > Self.shown
                ? (language == .vi
                    ? "Hơn \(Self.shown) đơn vị khớp với “\(trimmed)”; đây là \(Self.shown) đơn vị đầu, hãy gõ thêm để thu hẹp."
                    : "More than \(Self.shown) units match “\(trimmed)”; the first \(Self.shown) are shown, type more to narrow them.")
                : language == .vi ? "\(hits.count) đơn vị khớp với “\(trimmed)”." : "\(hits.count) units match “\(trimmed)”."
        let view = View(t: UIStrings.table(language), query: query, hits: hits, searched: !trimmed.isEmpty, summary: summary)
        let body = try services.pages.render("search", view)
        return try services.pages.page(
            title: UIStrings.table(language)["search"] ?? "", body: body, context: context, path: Paths.search,
            query: "q=\(query.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")")
    }
}
