import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// Data entry for one unit on one date: every indicator on one page, saved as a draft or submitted for review.
struct EntryPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.entry)) { _, context in
            let account = context.account
            guard let unit = account.unit else { throw AppError.notFound(LocalizedText(vi: "đơn vị của tài khoản", en: "your account's unit")) }
            return Response.redirect(to: Paths.entry(unit))
        }
        router.get("\(Paths.entry)/:code") { request, context in
            let target = try await target(
                request, context: context, date: try Query(request: request).date(default: services.defaultDate()))
            let flash = Self.flash(request, language: context.language)
            return try await page(target, context: context, typed: [:], errors: [:], generalErrors: [], source: "", flash: flash)
        }
        router.post("\(Paths.entry)/:code") { request, context in try await save(request, context: context) }
        router.post("\(Paths.entry)/:code/\(Paths.entryPreviewSegment)") { request, context in
            try await preview(request, context: context)
        }
    }

    /// The unit, date and form an entry request is about, once the account is allowed to write there.
    struct Target {
        let account: Account
        let form: EntryForm
        let unitName: String
    }

    func target(_ request: Request, context: SignedInContext, date: LocalDate) async throws -> Target {
        let account = context.account
        let code = UnitCode(context.parameters.get("code") ?? "")
        let engine = try await services.evaluation.currentEngine()
        guard let unit = engine.units.unit(code, on: date) else { throw EngineError.unknownUnit(code, on: date) }
        guard AccessPolicy(engine: engine).canWrite(account, unit: code, on: date) else {
            throw AppError.forbidden(
                LocalizedText(
                    vi: "tài khoản \(account.username) không được nhập số liệu cho \(unit.name)",
                    en: "account \(account.username) may not enter values for \(unit.name)"))
        }
        let set = try engine.criteriaSet(for: code, on: date)
        return Target(account: account, form: EntryForm(unit: code, set: set, date: date, language: context.language), unitName: unit.name)
    }

    func page(
        _ target: Target, context: SignedInContext, typed: [IndicatorCode: EntryForm.Typed], errors: [IndicatorCode: String],
        generalErrors: [String], source: String, flash: String?, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let form = target.form
        let records = try await currentRecords(form)
        // The provisional result is for what the fields hold: the drafts and submitted values of this date count,
        // as they will once approved; the approved basis alone would contradict the numbers on the form.
        var working: [IndicatorCode: ObservationValue] = [:]
        for (code, record) in records where record.status != .approved { working[code] = record.value }
        let evaluation = try? await services.evaluation.evaluate(
            form.unit, on: form.date, language: context.language, overrides: working)
        let view = EntryView(
            EntryView.Input(
                form: form, evaluation: evaluation, records: records, typed: typed, errors: errors,
                generalErrors: generalErrors, source: source, flash: flash, unitName: target.unitName,
                csrf: context.identity.csrfToken), language: context.language)
        let body = try services.pages.render("entry", view)
        return try services.pages.page(
            title: view.title, body: body, context: context, path: Paths.entry(form.unit),
            query: "date=\(form.date.iso)", status: status)
    }

    func currentRecords(_ form: EntryForm) async throws -> [IndicatorCode: ObservationRecord] {
        let records = try await services.store.currentRecords(RecordFilter(units: [form.unit], criteriaSet: form.set.id, date: form.date))
        return Dictionary(records.map { ($0.slot.indicator, $0) }, uniquingKeysWith: { $1 })
    }

    func save(_ request: Request, context: SignedInContext) async throws -> Response {
        let body = FormBody(try await request.body.collect(upTo: context.maxUploadSize))
        let language = context.language
        let date = try Self.date(of: body)
        let target = try await target(request, context: context, date: date)
        let form = target.form
        let typed = form.typed(body)
        let source = body.value("source")?.trimmed ?? ""
        let records = try await currentRecords(form)
        let engine = try await services.evaluation.currentEngine()
        let (entered, problems) = form.read(typed, engine: engine)
        let errors = problems.mapValues { $0.text(language) }
        var changes: [ObservationChange] = []
        for value in entered {
            let code = value.field.code
            let record = records[code]
            if let record, record.value == value.value, record.evidence == value.evidence { continue }
            let observation = Observation(
                unit: form.unit, criteriaSet: form.set.id, indicator: code, date: date, value: value.value,
                source: source.isEmpty ? target.account.displayName : source, evidence: value.evidence)
            let revision = Int(body.value(EntryForm.revisionName(code)) ?? "") ?? record?.revision ?? 0
            changes.append(ObservationChange(observation, expected: revision == 0 ? .none : .revision(revision)))
        }
        func again(_ general: [String], status: HTTPResponse.Status, keepTyped: Bool = true) async throws -> Response {
            try await page(
                target, context: context, typed: keepTyped ? typed : [:], errors: errors, generalErrors: general,
                source: source, flash: nil, status: status)
        }
        guard errors.isEmpty else { return try await again([], status: .unprocessableContent) }
        let writes = Writes(services: services)
        var saved: [ObservationRecord] = []
        do {
            if !changes.isEmpty { saved = try await writes.write(changes, by: target.account) }
        } catch let error as StoreError {
            // A stale revision or a value locked meanwhile: nothing was stored; show the current values with the reason.
            return try await again([error.text(language), UIStrings.table(language)["conflictHelp"] ?? ""], status: .conflict, keepTyped: false)
        }
        var submitted = 0
        if body.value("action") == "submit" {
            var current = records
            for record in saved { current[record.slot.indicator] = record }
            let requests = current.values.filter { $0.status.acceptsValueChanges }
                .map { ReviewRequest(slot: $0.slot, action: .submit, expected: .revision($0.revision)) }
            do {
                if !requests.isEmpty { submitted = try await writes.review(requests, by: target.account).count }
            } catch let error as StoreError {
                // The drafts above are stored; only the submission failed, and the officer must know which.
                let message =
                    language == .vi
                    ? "Đã lưu \(saved.count) giá trị (nháp) nhưng chưa gửi thẩm định được: \(error.text(.vi)). Hãy kiểm tra rồi bấm Gửi thẩm định lại."
                    : "Saved \(saved.count) values as draft, but submitting them failed: \(error.text(.en)). Check them and submit again."
                return try await again([message], status: .conflict, keepTyped: false)
            }
        }
        let result = submitted > 0 ? "submitted=\(submitted)" : "saved=\(changes.count)"
        return Response.redirect(to: Paths.entry(form.unit) + "?date=\(date.iso)&\(result)", type: .found)
    }

    /// The live evaluation while typing: the form as it stands, read exactly as a save would read it, evaluated
    /// without storing anything. Field problems come back under the form's own field names (`v:11`, `n:11`), so the
    /// script shows them where they were typed and never needs a parser of its own.
    func preview(_ request: Request, context: SignedInContext) async throws -> Response {
        let body = FormBody(try await request.body.collect(upTo: context.maxUploadSize))
        let date = try Self.date(of: body)
        let target = try await target(request, context: context, date: date)
        let form = target.form
        let engine = try await services.evaluation.currentEngine()
        let (entered, problems) = form.read(form.typed(body), engine: engine)
        guard problems.isEmpty else {
            let sorted = problems.sorted { $0.key.rawValue < $1.key.rawValue }
            throw AppError.invalid(sorted.map { code, message in FieldProblem(field: code.rawValue, message: message) })
        }
        var overrides: [IndicatorCode: ObservationValue] = [:]
        for value in entered { overrides[value.field.code] = value.value }
        let evaluation = try await services.evaluation.evaluate(form.unit, on: date, language: context.language, overrides: overrides)
        return try JSONResponse.make(evaluation)
    }

    /// The assessment date a posted form carries (a hidden field, set when the form was drawn).
    static func date(of body: FormBody) throws -> LocalDate {
        guard let text = body.value("date"), let date = LocalDate(parsing: text) else {
            throw AppError.badRequest(.init(vi: "ngày đánh giá không hợp lệ", en: "the assessment date is not a date"), field: "date")
        }
        return date
    }

    /// The status line after a save, built from a count in the query and our own words: never echoes query text.
    static func flash(_ request: Request, language: Language) -> String? {
        let query = request.uri.queryParameters
        func count(_ name: String) -> Int? { query.get(name).flatMap { Int($0) }.flatMap { (0...100_000).contains($0) ? $0 : nil } }
        if let count = count("submitted") {
            return language == .vi ? "Đã gửi thẩm định \(count) giá trị." : "Submitted \(count) values for review."
        }
        if let count = count("saved") { return language == .vi ? "Đã lưu \(count) giá trị (nháp)." : "Saved \(count) values as draft." }
        return nil
    }
}
