import Foundation
import Hummingbird
import HTTPTypes
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
    func page(title: String, body: String, context: AppRequestContext, path: String, query: String? = nil,
              flash: String? = nil, briefing: Bool = false, status: HTTPResponse.Status = .ok) throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let other: Language = language == .vi ? .en : .vi
        let account = context.identity?.account
        var nav: [NavLink] = []
        if account != nil {
            nav.append(NavLink(href: Paths.overview, label: strings["overview"] ?? "", current: path == Paths.overview))
            nav.append(NavLink(href: Paths.briefing, label: strings["briefing"] ?? "", current: path.hasPrefix(Paths.briefing)))
            nav.append(NavLink(href: Paths.matrix, label: strings["matrix"] ?? "", current: path.hasPrefix(Paths.matrix)))
            if let account, account.role == .commune, let unit = account.unit {
                nav.append(NavLink(href: Paths.entry(unit), label: strings["entry"] ?? "", current: path.hasPrefix(Paths.entry)))
            }
            if let account, [.office, .district, .department].contains(account.role) {
                nav.append(NavLink(href: Paths.review, label: strings["review"] ?? "", current: path.hasPrefix(Paths.review)))
            }
            nav.append(NavLink(href: Paths.criteria, label: strings["criteria"] ?? "", current: path.hasPrefix(Paths.criteria)))
            if account?.role == .office {
                nav.append(NavLink(href: Paths.audit, label: strings["audit"] ?? "", current: path.hasPrefix(Paths.audit)))
            }
        }
        var items = query.map { Self.queryItems($0) } ?? [:]
        items["lang"] = other.rawValue
        let layout = LayoutView(
            lang: language.rawValue, t: strings, title: title, body: body, nav: nav,
            user: account.map { UserView(name: $0.displayName, role: $0.role.name(language)) },
            csrf: context.identity?.csrfToken, switchLanguage: Paths.with(path, items), flash: flash, briefing: briefing)
        let html = try render("layout", layout)
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        headers[.init("Content-Security-Policy")!] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("Referrer-Policy")!] = "same-origin"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    func errorPage(_ problem: ProblemDetails, context: AppRequestContext) throws -> Response {
        let body = try render("error", ErrorView(t: UIStrings.table(context.language), status: problem.status, title: problem.title,
                                                 detail: problem.detail, errors: problem.errors?.map { "\($0.field): \($0.message)" } ?? []))
        return try page(title: problem.title, body: body, context: context, path: "/error", status: problem.httpStatus)
    }

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

struct LayoutView {
    let lang: String
    let t: [String: String]
    let title: String
    let body: String
    let nav: [NavLink]
    let user: UserView?
    let csrf: String?
    let switchLanguage: String
    let flash: String?
    let briefing: Bool
}

struct NavLink {
    let href: String
    let label: String
    let current: Bool
}

struct UserView {
    let name: String
    let role: String
}

struct ErrorView {
    let t: [String: String]
    let status: Int
    let title: String
    let detail: String
    let errors: [String]
}
