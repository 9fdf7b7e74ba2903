import Foundation
import Hummingbird
import NTMCore
import NTMData
import NTMStore

/// The criteria documents in the store: every set, overlay and band-scheme file with its versions (who stored
/// each, when, under which decision), a version's text, what changed from the previous one, and the office's upload.
struct CriteriaDocumentPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.criteriaDocuments)) { _, context in try await list(context: context) }
        router.post(RouterPath(Paths.criteriaDocuments)) { request, context in try await upload(request, context: context) }
        router.get("\(Paths.criteriaDocuments)/:name") { request, context in try await versions(request, context: context) }
    }

    struct DocumentRow {
        let name: String
        let href: String
        let kind: String
        let version: Int
        let loadedAt: String
        let loadedBy: String
        let decision: String?
    }

    static func row(_ document: CriteriaDocument, language: Language) -> DocumentRow {
        DocumentRow(
            name: document.name, href: Paths.criteriaDocument(document.name), kind: kindName(document.kind, language),
            version: document.version, loadedAt: VietnamTime.text(document.loadedAt), loadedBy: document.loadedBy,
            decision: CriteriaDocumentHeader(document.content).decision)
    }

    static func kindName(_ kind: CriteriaDocumentKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.criteriaSet, .vi): "bộ tiêu chí quốc gia"
        case (.criteriaSet, .en): "national set"
        case (.overlay, .vi): "bộ tiêu chí của tỉnh"
        case (.overlay, .en): "provincial overlay"
        case (.bands, .vi): "cách chia nhóm"
        case (.bands, .en): "band schemes"
        }
    }

    func list(context: SignedInContext, problems: [String] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        struct View {
            let t: [String: String]
            let documents: [DocumentRow]
            let canUpload: Bool
            let csrf: String
            let action: String
            let problems: [String]
        }
        let documents = try await services.store.documents().sorted { $0.name < $1.name }.map { Self.row($0, language: language) }
        let view = View(
            t: strings, documents: documents, canUpload: AccessPolicy.canAdminister(context.account), csrf: context.identity.csrfToken,
            action: Paths.criteriaDocuments, problems: problems)
        let body = try services.pages.render("criteria-documents", view)
        return try services.pages.page(
            title: strings["documents"] ?? "", body: body, context: context, path: Paths.criteriaDocuments, status: status)
    }

    /// The office's upload: the file is checked against everything stored and saved as a new version, or the page
    /// comes back with every problem (file:line) and nothing stored.
    func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let office = try APIAdmin(services: services).requireOffice(context)
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType),
            let form = MultipartForm(buffer, boundary: boundary), let part = form.file("file"), !part.data.isEmpty,
            let text = String(data: part.data, encoding: .utf8)
        else {
            let message = context.language == .vi ? "Chưa chọn tệp YAML (mã UTF-8)." : "No YAML file (UTF-8) was chosen."
            return try await list(context: context, problems: [message], status: .unprocessableContent)
        }
        let name = ImportPages.baseName(part.filename ?? "upload.yaml")
        do {
            let saved = try await CriteriaLibrary(store: services.store).load(DataFile(name: name, text: text), by: office.username)
            try await services.evaluation.catchUp()
            return Response.redirect(to: Paths.criteriaDocument(saved.name) + "?version=\(saved.version)", type: .found)
        } catch let error as DataFileErrors {
            return try await list(context: context, problems: error.errors.map { $0.text(context.language) }, status: .unprocessableContent)
        }
    }

    struct VersionRow {
        let row: DocumentRow
        let href: String
        let compareHref: String?
        let current: Bool
    }

    func versions(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let name = context.parameters.get("name")?.removingPercentEncoding ?? ""
        let library = CriteriaLibrary(store: services.store)
        let versions: [CriteriaDocument]
        do { versions = try await library.versions(name) } catch StoreError.unknownDocument {
            throw AppError.notFound(LocalizedText(vi: "văn bản \(name)", en: "document \(name)"))
        }
        let query = Query(request: request)
        let chosen = query.string("version").flatMap(Int.init) ?? versions.last?.version ?? 1
        guard let shown = versions.first(where: { $0.version == chosen }) else {
            throw AppError.notFound(LocalizedText(vi: "phiên bản \(chosen) của \(name)", en: "version \(chosen) of \(name)"))
        }
        let base = Paths.criteriaDocument(name)
        let rows = versions.reversed().map { document in
            VersionRow(
                row: Self.row(document, language: language), href: "\(base)?version=\(document.version)",
                compareHref: document.version > 1 ? "\(base)?version=\(document.version)&compare=1" : nil,
                current: document.version == chosen)
        }
        var changes: [String]?
        if query.string("compare") != nil, chosen > 1 {
            changes = try await library.changes(name, from: chosen - 1, to: chosen).map { $0.text(language) }
        }
        struct View {
            let t: [String: String]
            let name: String
            let versions: [VersionRow]
            let shownVersion: Int
            let previousVersion: Int
            let content: String
            let changes: [String]
            let showChanges: Bool
            let noChanges: Bool
            let backHref: String
        }
        let view = View(
            t: strings, name: name, versions: rows, shownVersion: chosen, previousVersion: chosen - 1, content: shown.content,
            changes: changes ?? [], showChanges: changes != nil, noChanges: changes?.isEmpty == true, backHref: Paths.criteriaDocuments)
        let body = try services.pages.render("criteria-document", view)
        return try services.pages.page(title: name, body: body, context: context, path: Paths.criteriaDocuments, query: request.uri.query)
    }
}
