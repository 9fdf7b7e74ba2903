import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// The audit trail for the coordination office: who changed what, when, before and after, with filters.
struct AuditPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.audit)) { request, context in try await audit(request, context: context) }
    }

    struct EntryView {
        let at: String
        let actor: String
        let action: String
        let entity: String
        let key: String?
        let before: String?
        let after: String?
    }

    struct ActionChoice {
        let name: String
        let label: String
        let selected: Bool
    }

    struct View {
        let t: [String: String]
        let entries: [EntryView]
        let filterActor: String
        let actions: [ActionChoice]
        let filterEntity: String
        let filterKey: String
        let since: String
        let until: String
        let formAction: String
        let nothing: Bool
    }

    func audit(_ request: Request, context: SignedInContext) async throws -> Response {
        try APIAdmin(services: services).requireOffice(context)
        let filter = try AuditQuery(request: request).filter()
        let entries = try await services.store.audit(filter)
        let query = Query(request: request)
        let language = context.language
        let strings = UIStrings.table(language)
        let chosen = query.string("action") ?? ""
        let view = View(
            t: strings,
            entries: entries.map { entry in
                EntryView(
                    at: VietnamTime.text(entry.at), actor: entry.actor, action: AuditWords.action(entry.action, language),
                    entity: AuditWords.entity(entry.entity, language), key: entry.key,
                    before: entry.before.map(Self.pretty), after: entry.after.map(Self.pretty))
            },
            filterActor: query.string("actor") ?? "",
            actions: AuditWords.actions.map { ActionChoice(name: $0.name, label: $0.text.text(language), selected: $0.name == chosen) },
            filterEntity: query.string("entity") ?? "",
            filterKey: query.string("key") ?? "", since: query.string("since") ?? "", until: query.string("until") ?? "",
            formAction: Paths.audit, nothing: entries.isEmpty)
        let body = try services.pages.render("audit", view)
        return try services.pages.page(title: strings["audit"] ?? "", body: body, context: context, path: Paths.audit, query: request.uri.query)
    }

    /// Indented JSON for reading; the stored text when it is not JSON.
    static func pretty(_ text: String) -> String {
        guard let data = text.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data),
            let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
            let result = String(data: pretty, encoding: .utf8)
        else { return text }
        return result
    }
}
