import Foundation
import Hummingbird
import NTMCore
import NTMData
import NTMStore

/// `/api/v1/criteria-documents`: the stored criteria sets, overlays and band schemes, their versions and what changed
/// between two, and loading a new version (the coordination office only), through the same `CriteriaLibrary` as the
/// pages and `ntm criteria load`.
struct APICriteriaDocuments: Sendable {
    let services: WebServices

    /// A stored version as the API shows it.
    struct DocumentJSON: Encodable, Sendable {
        let name: String
        let kind: String
        let version: Int
        let loadedAt: Date
        let loadedBy: String
        let checksum: String
        let decision: String?
        let content: String?

        init(_ document: CriteriaDocument, withContent: Bool) {
            name = document.name
            kind = document.kind.rawValue
            version = document.version
            loadedAt = document.loadedAt
            loadedBy = document.loadedBy
            checksum = document.checksum
            decision = CriteriaDocumentHeader(document.content).decision
            content = withContent ? document.content : nil
        }
    }

    /// A file to store: its YAML text, the name errors should cite, and the version the writer started from.
    struct LoadJSON: Decodable, Sendable {
        let content: String
        let fileName: String?
        let basedOn: Int?
    }

    struct ChangeJSON: Encodable, Sendable {
        let kind: String
        let subject: String
        let before: String?
        let after: String?
        let text: String

        init(_ change: CriteriaChange, language: Language) {
            kind = change.kind.rawValue
            subject = change.subject.text(language)
            before = change.before?.text(language)
            after = change.after?.text(language)
            text = change.text(language)
        }
    }

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.criteriaDocuments) { _, _ in
            try JSONResponse.make(try await services.store.documents().sorted { $0.name < $1.name }.map { DocumentJSON($0, withContent: false) })
        }
        api.on(.loadCriteriaDocument) { request, context in
            let office = try APIAdmin(services: services).requireOffice(context)
            let body = try await JSONResponse.decode(LoadJSON.self, from: request, context: context)
            let before = try await services.store.documents()
            let file = DataFile(name: body.fileName.map(ImportPages.baseName) ?? "upload.yaml", text: body.content)
            let saved = try await CriteriaLibrary(store: services.store).load(file, basedOn: body.basedOn, by: office.username)
            try await services.evaluation.catchUp()
            let unchanged = before.contains { $0.name == saved.name && $0.version == saved.version }
            return try JSONResponse.make(DocumentJSON(saved, withContent: false), status: unchanged ? .ok : .created)
        }
        api.on(.criteriaDocumentVersions) { _, context in
            let name = context.parameters.get("name") ?? ""
            return try JSONResponse.make(try await CriteriaLibrary(store: services.store).versions(name).map { DocumentJSON($0, withContent: true) })
        }
        api.on(.criteriaDocumentChanges) { request, context in
            let name = context.parameters.get("name") ?? ""
            let library = CriteriaLibrary(store: services.store)
            let versions = try await library.versions(name)
            let query = Query(request: request)
            let latest = versions.last?.version ?? 1
            let to = try query.int("to", default: latest, range: 1...latest)
            let from = try query.int("from", default: max(1, to - 1), range: 1...latest)
            return try JSONResponse.make(try await library.changes(name, from: from, to: to).map { ChangeJSON($0, language: context.language) })
        }
    }
}
