import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTargets

/// The coordination office's form for a target: add one, or change one (`?id=`). The same check as the API and the
/// command line (`TargetDocument.checked`); each problem shows under its field and nothing is stored.
struct TargetFormPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.targetForm)) { request, context in try await show(request, context: context) }
        router.post(RouterPath(Paths.targetForm)) { request, context in try await save(request, context: context) }
    }

    /// What the officer typed, kept as text so the form comes back exactly as it was sent.
    struct Typed {
        var id = ""
        var titleVi = ""
        var titleEn = ""
        var scope = ""
        var kind = "share-at-standard"
        var value = ""
        var start = ""
        var deadline = ""
        var sourceDocument = ""
        var sourceDate = ""
        var sourceText = ""
        var owner = "office"
        var notes = ""
        var editing = false

        init() {}

        init(_ document: TargetDocument) {
            id = document.id
            titleVi = document.title.vi
            titleEn = document.title.en ?? ""
            scope = document.scope
            kind = document.measure.kind
            value = document.measure.value ?? ""
            start = document.start?.iso ?? ""
            deadline = document.deadline.iso
            sourceDocument = document.source.document
            sourceDate = document.source.date.iso
            sourceText = document.source.text ?? ""
            owner = document.owner
            notes = document.notes ?? ""
            editing = true
        }

        init(_ form: FormBody) {
            func text(_ name: String) -> String { (form.value(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            (id, titleVi, titleEn, scope, kind, value) = (text("id"), text("titleVi"), text("titleEn"), text("scope"), text("kind"), text("value"))
            (start, deadline, sourceDocument, sourceDate) = (text("start"), text("deadline"), text("sourceDocument"), text("sourceDate"))
            (sourceText, owner, notes, editing) = (text("sourceText"), text("owner"), text("notes"), text("editing") == "1")
        }

        /// The document, and the date fields that cannot be read (by form field); an unreadable date is replaced by
        /// `fallback` so the other fields can still be checked in the same round.
        func document(language: Language, fallback: LocalDate) -> (TargetDocument, problems: [String: String]) {
            var problems: [String: String] = [:]
            func day(_ text: String, _ field: String, required: Bool) -> LocalDate? {
                if text.isEmpty {
                    if required { problems[field] = language == .vi ? "cần nhập ngày" : "a date is required" }
                    return nil
                }
                guard let date = LocalDate(parsing: text) else {
                    problems[field] = language == .vi ? "'\(text)' không phải ngày (dd/mm/yyyy)" : "'\(text)' is not a date (yyyy-mm-dd)"
                    return nil
                }
                return date
            }
            let start = day(start, "start", required: false)
            let deadline = day(deadline, "deadline", required: true)
            let sourceDate = day(sourceDate, "sourceDate", required: true)
            func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
            return (
                TargetDocument(
                    id: id, title: LocalizedText(vi: titleVi, en: optional(titleEn)), scope: scope,
                    measure: TargetDocument.MeasureDocument(kind: kind, value: optional(value)), start: start,
                    deadline: deadline ?? fallback,
                    source: TargetDocument.SourceDocument(document: sourceDocument, date: sourceDate ?? fallback, text: optional(sourceText)),
                    owner: owner, notes: optional(notes)), problems
            )
        }
    }

    /// The field of the form a problem of the document belongs under.
    static func formField(_ field: String) -> String {
        switch field {
        case "title": "titleVi"
        case "measure": "value"
        case "source": "sourceDocument"
        default: field
        }
    }

    /// The form's fields in the order they appear, and the words labelling them, for the summary above the form.
    static let fieldOrder = ["id", "titleVi", "scope", "value", "start", "deadline", "sourceDocument", "sourceDate", "owner"]
    static let labels = [
        "id": "targetId", "titleVi": "targetTitleVi", "scope": "targetScope", "value": "targetValue", "start": "targetStart",
        "deadline": "targetDeadline", "sourceDocument": "targetSourceDocument", "sourceDate": "targetSourceDate", "owner": "targetOwner",
    ]

    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try APIAdmin(services: services).requireOffice(context)
        let id = Query(request: request).string("id")
        var typed = Typed()
        if let id {
            guard let stored = try await services.store.targets().first(where: { $0.id == id }) else {
                throw AppError.notFound(LocalizedText(vi: "mục tiêu \(id)", en: "target \(id)"))
            }
            typed = Typed(stored)
        }
        return try await form(context, typed: typed, problems: [:])
    }

    func save(_ request: Request, context: SignedInContext) async throws -> Response {
        let office = try APIAdmin(services: services).requireOffice(context)
        let typed = Typed(FormBody(try await request.body.collect(upTo: context.maxUploadSize)))
        let (document, dateProblems) = typed.document(language: context.language, fallback: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        switch document.checked(engine: engine) {
        case .success(let target) where dateProblems.isEmpty:
            try await services.store.saveTarget(TargetDocument(target), by: office.username)
            return Response.redirect(to: "\(Paths.targets)/\(target.id)", type: .found)
        case .success:
            return try await form(context, typed: typed, problems: dateProblems, status: .unprocessableContent)
        case .failure(let failure):
            // Every problem in one round; a comparison of dates means nothing while a date could not be read.
            let placed = failure.problems.filter { dateProblems.isEmpty || !["deadline", "start"].contains($0.field) }
                .map { (Self.formField($0.field), $0.message.text(context.language)) }
            let problems = Dictionary(placed, uniquingKeysWith: { "\($0); \($1)" }).merging(dateProblems) { "\($0); \($1)" }
            return try await form(context, typed: typed, problems: problems, status: .unprocessableContent)
        }
    }

    func form(_ context: SignedInContext, typed: Typed, problems: [String: String], status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let today = services.defaultDate()
        // Who can answer for a goal: the office, a department, or a district-level unit that exists today.
        var owners = [
            Choice(value: "office", label: directory.organisation(.office)?.name.text(language) ?? "office", selected: typed.owner == "office")
        ]
        owners += directory.provincialBodies.compactMap { body in
            guard case .department = body.ref else { return nil }
            return Choice(value: body.ref.text, label: body.name.text(language), selected: body.ref.text == typed.owner)
        }
        owners += engine.units.allCodes.compactMap { engine.units.unit($0, on: today) }.filter(\.kind.isDistrictLevel)
            .sorted { $0.name < $1.name }
            .map { unit in Choice(value: "unit:\(unit.code)", label: "\(unit.name) (\(unit.code))", selected: "unit:\(unit.code)" == typed.owner) }
        if !owners.contains(where: \.selected) && !typed.owner.isEmpty {
            owners.append(Choice(value: typed.owner, label: typed.owner, selected: true))
        }
        let kinds = Measure.kinds.map { Choice(value: $0, label: TargetWords.kindName($0, language: language), selected: $0 == typed.kind) }
        struct View {
            let t: [String: String]
            let typed: Typed
            let problems: [String: String]
            let problemList: [String]
            let owners: [Choice]
            let kinds: [Choice]
            let action: String
            let csrf: String
            let backHref: String
        }
        let view = View(
            t: strings, typed: typed, problems: problems,
            problemList: Self.fieldOrder.compactMap { field in problems[field].map { "\(strings[Self.labels[field] ?? ""] ?? field): \($0)" } },
            owners: owners,
            kinds: kinds, action: Paths.targetForm,
            csrf: context.identity.csrfToken,
            backHref: typed.editing ? "\(Paths.targets)/\(typed.id)" : Paths.targets)
        let body = try services.pages.render("target-form", view)
        let title = typed.editing ? "\(strings["targetEdit"] ?? ""): \(typed.id)" : (strings["targetNew"] ?? "")
        return try services.pages.page(title: title, body: body, context: context, path: Paths.targets, status: status)
    }
}
