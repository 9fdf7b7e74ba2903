import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NTMCore

/// Renders pages from the Mustache templates shipped in `Resources/templates`: a page's content, then the
/// layout around it (navigation, user, language switch).
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Why the templates could not be loaded.
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        let directory = Bundle.module.bundleURL.appendingPathComponent("Resources/templates")
        var library = MustacheLibrary()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".mustache") }
        guard !files.isEmpty else { throw Missing(description: "no templates in \(directory.path)") }
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
    }

    func render(_ template: String, _ object: Any) throws -> String {
        guard let text = library.render(object, withTemplate: template) else {
            throw Missing(description: "template '\(template)' is not loaded")
        }
        return text
    }

    /// A full page: `body` is the already rendered content.
    func page(
        title: String, body: String, context: some WebContext, path: String, query: String? = nil,
        flash: String? = nil, briefing: Bool = false, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let other: Language = language == .vi ? .en : .vi
        let account = context.signedIn?.account
        var nav: [[String: Any]] = []
        func link(_ href: String, _ key: String, current: Bool) {
            nav.append(["href": href, "label": strings[key] ?? "", "current": current])
        }
        if let account {
            if account.role != .viewer { link(Paths.todo, "todo", current: path == Paths.todo) }
            link(Paths.overview, "overview", current: path == Paths.overview)
            link(Paths.briefing, "briefing", current: path.hasPrefix(Paths.briefing))
            link(Paths.matrix, "matrix", current: path.hasPrefix(Paths.matrix))
            link(Paths.targets, "targets", current: path.hasPrefix(Paths.targets))
            link(Paths.funds, "funds", current: path.hasPrefix(Paths.funds))
            link(Paths.reports, "reports", current: path.hasPrefix(Paths.reports))
            link(
                Paths.tasks, "tasks",
                current: path.hasPrefix(Paths.tasks) || path.hasPrefix(Paths.directives) || path.hasPrefix(Paths.sessions)
                    || path.hasPrefix(Paths.organisations))
            // Communes enter their values; districts their own district criteria.
            if [.commune, .district].contains(account.role), let unit = account.unit {
                link(Paths.entry(unit), "entry", current: path.hasPrefix(Paths.entry))
            }
            if [.office, .district, .department].contains(account.role) {
                link(Paths.review, "review", current: path.hasPrefix(Paths.review))
            }
            link(Paths.criteria, "criteria", current: path.hasPrefix(Paths.criteria) || path.hasPrefix(Paths.criteriaDocuments))
            if [.office, .district].contains(account.role) {
                link(Paths.registrations, "registrationsNav", current: path.hasPrefix(Paths.registrations))
            }
            if account.role == .office {
                link(Paths.users, "users", current: path.hasPrefix(Paths.users))
                link(Paths.audit, "audit", current: path.hasPrefix(Paths.audit))
            }
        }
        var items = query.map { Self.queryItems($0) } ?? [:]
        items["lang"] = other.rawValue
        // A dictionary rather than a struct: the layout renders on every request, and dictionary lookups
        // spare swift-mustache the reflection it uses for structs (a third of a page's cost under load).
        var layout: [String: Any] = [
            "lang": language.rawValue, "t": strings, "title": title, "body": body, "nav": nav,
            "switchLanguage": Paths.with(path, items), "briefing": briefing, "logoutPath": Paths.logout,
            "stylesheet": Paths.asset("app.css"), "script": Paths.asset("app.js"),
            "briefingStylesheet": Paths.asset("briefing.css"), "briefingScript": Paths.asset("briefing.js"),
            "searchPath": Paths.search,
        ]
        if let account { layout["user"] = ["name": account.displayName, "role": account.role.name(language), "href": Paths.account] }
        if let csrf = context.signedIn?.csrfToken { layout["csrf"] = csrf }
        if let flash { layout["flash"] = flash }
        let html = try render("layout", layout)
        return Response(status: status, headers: Self.headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// An error as a page that keeps the menu, titled in the reader's language, with a way on.
    func errorPage(_ problem: ProblemDetails, context: some WebContext) throws -> Response {
        let title = StatusTitle.text(problem.status, context.language)
        let body = try render(
            "error",
            ErrorView(
                t: UIStrings.table(context.language), status: problem.status, title: title,
                detail: problem.detail, errors: problem.errors?.map { "\($0.field): \($0.message)" } ?? []))
        return try page(title: title, body: body, context: context, path: "/error", status: problem.httpStatus)
    }

    /// Pages are per user and never cached by browsers or proxies; scripts and styles come only from us.
    static let headers: HTTPFields = {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        headers[HTTPField.Name("Content-Security-Policy")!] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return headers
    }()

    static func queryItems(_ query: String) -> [String: String?] {
        var items: [String: String?] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard let key = parts.first.map(String.init), key != "lang" else { continue }
            items[key] = parts.count > 1 ? String(parts[1]).removingPercentEncoding : ""
        }
        return items
    }
}

struct ErrorView {
    let t: [String: String]
    let status: Int
    let title: String
    let detail: String
    let errors: [String]
}
