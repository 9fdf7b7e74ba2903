import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// The review queue: districts and departments verify or return submitted values in their scope;
/// the coordination office approves verified ones.
struct ReviewPages: Sendable {
    let services: WebServices
    /// A queue longer than this is shown in pages of this size, oldest first.
    static let pageSize = 300

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.review)) { request, context in
            try await queue(request, context: context, flash: Self.flash(request, context.language), errors: [])
        }
        router.post(RouterPath(Paths.review)) { request, context in try await act(request, context: context) }
    }

    struct Item {
        let key: String
        let unit: String
        let unitHref: String
        let district: String
        let indicator: String
        let indicatorName: String
        let date: String
        let value: String
        let previous: String?
        let status: String
        let statusClass: String
        let actor: String
        let at: String
        let evidence: String?
        let source: String?
        let historyHref: String
    }

    struct View {
        let t: [String: String]
        let items: [Item]
        let canApprove: Bool
        let canVerify: Bool
        let csrf: String
        let action: String
        let flash: String?
        let errors: [String]
        let scopeNote: String
    }

    func queue(
        _ request: Request, context: SignedInContext, flash: String?, errors: [String],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let account = context.account
        guard WorkQueue.canReview(account) else {
            throw AppError.forbidden(
                LocalizedText(
                    vi: "chỉ huyện, sở ngành và Văn phòng Điều phối thẩm định số liệu",
                    en: "only districts, departments and the coordination office review values"))
        }
        let language = context.language
        let engine = try await services.evaluation.currentEngine()
        let policy = AccessPolicy(engine: engine)
        let format = Formatting(language: language)
        let records = try await WorkQueue(services: services).toReview(for: account, engine: engine, limit: Self.pageSize)
        let items: [Item] = records.map { record in Self.item(record, engine: engine, format: format, language: language) }
        let scopeNote: String
        switch account.role {
        case .district:
            scopeNote =
                language == .vi
                ? "Các xã thuộc \(account.unit.flatMap { engine.units.unit($0, on: services.defaultDate())?.name } ?? "")"
                : "Communes of \(account.unit.flatMap { engine.units.unit($0, on: services.defaultDate())?.name } ?? "")"
        case .department:
            let department = account.department.flatMap { policy.directory.organisation(.department($0)) }
            let name = department?.name.text(language) ?? account.department ?? ""
            scopeNote = language == .vi ? "Các tiêu chí do \(name) phụ trách, ở mọi xã" : "The criteria \(name) answers for, in every commune"
        default:
            scopeNote =
                language == .vi
                ? "Toàn tỉnh: giá trị đã thẩm tra chờ phê duyệt và giá trị mới gửi"
                : "Everything: verified values awaiting approval and new submissions"
        }
        let view = View(
            t: UIStrings.table(language), items: items, canApprove: account.role == .office,
            canVerify: true, csrf: context.identity.csrfToken, action: Paths.review, flash: flash, errors: errors,
            scopeNote: scopeNote)
        let body = try services.pages.render("review", view)
        return try services.pages.page(
            title: UIStrings.table(language)["reviewQueue"] ?? "", body: body, context: context,
            path: Paths.review, status: status)
    }

    static func item(_ record: ObservationRecord, engine: EvaluationEngine, format: Formatting, language: Language) -> Item {
        let slot = record.slot
        let set = engine.catalog.set(slot.criteriaSet)
        let unit = engine.units.unit(slot.unit, on: slot.date)
        let official = engine.observations.latest(unit: slot.unit, set: slot.criteriaSet, code: slot.indicator, on: slot.date)
        return Item(
            key: ReviewKey(slot: slot, revision: record.revision).text, unit: unit?.name ?? slot.unit.rawValue,
            unitHref: Paths.with(Paths.commune(slot.unit), ["date": slot.date.iso]),
            district: engine.units.districtLevelUnit(of: slot.unit, on: slot.date)?.name ?? "",
            indicator: slot.indicator.rawValue, indicatorName: set?.indicator(slot.indicator)?.displayName(language) ?? "",
            date: format.date(slot.date), value: record.value.text(language),
            previous: format.value(official?.value), status: record.status.name(language), statusClass: "review-\(record.status.rawValue)",
            actor: record.actor, at: VietnamTime.text(record.recordedAt), evidence: record.evidence, source: record.source,
            historyHref: Paths.with(Paths.history(slot.unit), ["indicator": slot.indicator.rawValue, "set": slot.criteriaSet.rawValue]))
    }

    func act(_ request: Request, context: SignedInContext) async throws -> Response {
        let account = context.account
        let form = FormBody(try await request.body.collect(upTo: context.maxUploadSize))
        let language = context.language
        let comment = form.value("comment")?.trimmed
        let keys = form.values("item").compactMap(ReviewKey.init(text:))
        guard !keys.isEmpty else {
            return try await queue(
                request, context: context, flash: nil, errors: [language == .vi ? "Chưa chọn giá trị nào." : "Nothing was selected."],
                status: .unprocessableContent)
        }
        let action: ReviewAction
        switch ReviewActionInput.parse(form.value("action") ?? "", comment: comment) {
        case .success(let parsed): action = parsed
        case .failure(let problem):
            return try await queue(request, context: context, flash: nil, errors: [problem.message.text(language)], status: .unprocessableContent)
        }
        let requests = keys.map { ReviewRequest(slot: $0.slot, action: action, expected: .revision($0.revision)) }
        do {
            let records = try await Writes(services: services).review(requests, by: account)
            return Response.redirect(to: Paths.review + "?done=\(records.count)&action=\(action.name)", type: .found)
        } catch let error as StoreError {
            return try await queue(request, context: context, flash: nil, errors: [error.text(language)], status: .conflict)
        }
    }

    static func flash(_ request: Request, _ language: Language) -> String? {
        // A number and an action name from our own list: the query's text itself is never shown.
        guard let count = request.uri.queryParameters.get("done").flatMap({ Int($0) }), (0...100_000).contains(count) else { return nil }
        let action = request.uri.queryParameters.get("action") ?? ""
        let verb: String
        switch (action, language) {
        case ("verify", .vi): verb = "thẩm tra đạt"
        case ("approve", .vi): verb = "phê duyệt"
        case ("return", .vi): verb = "trả lại"
        case (_, .vi): verb = "xử lý"
        case ("verify", .en): verb = "Verified"
        case ("approve", .en): verb = "Approved"
        case ("return", .en): verb = "Returned"
        default: verb = "Processed"
        }
        return language == .vi ? "Đã \(verb) \(count) giá trị." : "\(verb) \(count) values."
    }
}

/// One reviewed value in a form: `unit|set|indicator|date|revision`.
struct ReviewKey {
    let slot: ObservationSlot
    let revision: Int

    init(slot: ObservationSlot, revision: Int) {
        self.slot = slot
        self.revision = revision
    }

    init?(text: String) {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, let date = LocalDate(parsing: parts[3]), let revision = Int(parts[4]), revision > 0 else { return nil }
        slot = ObservationSlot(unit: UnitCode(parts[0]), criteriaSet: CriteriaSetID(parts[1]), indicator: IndicatorCode(parts[2]), date: date)
        self.revision = revision
    }

    var text: String { "\(slot.unit)|\(slot.criteriaSet)|\(slot.indicator)|\(slot.date.iso)|\(revision)" }
}
