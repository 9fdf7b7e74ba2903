import Foundation
import Hummingbird
import NTMCore
import NTMExchange
import NTMStore

/// "Nhập file Excel/CSV": upload a filled template or a CSV, see what will change, then confirm. The file is checked
/// whole before the preview, and again when confirmed; nothing is written unless every row is valid and allowed.
///
/// The preview carries the file itself (base64) back in its confirmation form rather than keeping it on the
/// server: with several servers behind one address, or a restart in between, the confirmation still finds it.
struct ImportPages: Sendable {
    let services: WebServices

    /// Files larger than this are refused on the web (the command line takes any size): the preview sends the file
    /// back as base64, a third larger, and the confirmation must fit the upload limit.
    static let maximumFileSize = BodyLimits.upload / 4 * 3 - 64 * 1024

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.importFile)) { request, context in
            let query = Query(request: request)
            let flash = query.string("done").flatMap(Int.init).map { count in
                Self.doneMessage(count: count, status: query.string("status").flatMap(ReviewStatus.init) ?? .draft, language: context.language)
            }
            return try await form(context, unit: query.string("unit"), problems: [], flash: flash)
        }
        router.post(RouterPath(Paths.importFile)) { request, context in try await preview(request, context: context) }
        router.post(RouterPath(Paths.importConfirm)) { request, context in try await confirm(request, context: context) }
    }

    // MARK: - Upload form

    struct StatusChoice {
        let value: String
        let label: String
        let checked: Bool
    }

    struct FormView {
        let t: [String: String]
        let title: String
        let action: String
        let csrf: String
        let unit: String?
        let unitName: String?
        let back: String?
        let problems: [String]
        let problemCount: String?
        let statuses: [StatusChoice]
        let maximumMB: Int
        let intro: String
        let csvHelp: String
    }

    /// What the account may choose as the status of imported values.
    static func statuses(for account: Account) -> [ReviewStatus] {
        switch account.role {
        case .office: [.draft, .submitted, .approved]
        case .commune, .district: [.draft, .submitted]
        case .department, .viewer: [.draft]
        }
    }

    func form(
        _ context: SignedInContext, unit: String?, problems: [String], flash: String?, chosen: ReviewStatus = .draft,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let strings = UIStrings.table(language)
        let engine = try await services.evaluation.currentEngine()
        let date = services.defaultDate()
        let unitCode = unit.map { UnitCode($0) }
        let known = unitCode.flatMap { engine.units.unit($0, on: date) }
        let vi = language == .vi
        let body = try services.pages.render(
            "import",
            FormView(
                t: strings, title: strings["importFile"] ?? "", action: Paths.importFile, csrf: context.identity.csrfToken,
                unit: known?.code.rawValue, unitName: known?.name,
                back: known.map { $0.kind.isDistrictLevel ? Paths.district($0.code) : Paths.commune($0.code) },
                problems: problems,
                problemCount: problems.isEmpty
                    ? nil
                    : vi
                        ? "Tệp có \(problems.count) lỗi; chưa có số liệu nào được lưu."
                        : "The file has \(problems.count) problems; nothing was saved.",
                statuses: Self.statuses(for: context.account).map {
                    StatusChoice(value: $0.rawValue, label: Self.statusLabel($0, language: language), checked: $0 == chosen)
                },
                maximumMB: Self.maximumFileSize >> 20,
                intro: vi
                    ? "Chọn biểu mẫu Excel đã điền (tải ở trang của xã hoặc huyện, nút \"Tải mẫu Excel\") hoặc tệp CSV số liệu. Hệ thống kiểm tra toàn bộ tệp và cho xem trước thay đổi; chỉ khi bạn xác nhận, số liệu mới được lưu."
                    : "Choose a filled Excel template (from \"Excel template\" on a commune or district page) or an observations CSV. The whole file is checked and the changes are shown first; values are saved only when you confirm.",
                csvHelp: vi
                    ? "Tệp CSV có các cột: unit, criteria_set, indicator, date, value (hoặc numerator, denominator), source, evidence — như tệp xuất từ NTM Monitor. Excel lưu CSV dạng UTF-8 hoặc bảng mã Windows đều đọc được."
                    : "CSV columns: unit, criteria_set, indicator, date, value (or numerator, denominator), source, evidence — as NTM Monitor exports them. UTF-8 and Windows encodings are both read."
            ))
        return try services.pages.page(
            title: strings["importFile"] ?? "", body: body, context: context, path: Paths.importFile, flash: flash, status: status)
    }

    static func statusLabel(_ status: ReviewStatus, language: Language) -> String {
        let vi = language == .vi
        switch status {
        case .draft: return vi ? "Lưu nháp (gửi thẩm định sau)" : "Save as drafts (submit later)"
        case .submitted: return vi ? "Gửi thẩm định ngay" : "Submit for review now"
        case .approved: return vi ? "Phê duyệt ngay (số liệu chính thức của Văn phòng)" : "Approve now (the office's official figures)"
        case .verified, .returned: return status.name(language)
        }
    }

    static func doneMessage(count: Int, status: ReviewStatus, language: Language) -> String {
        language == .vi
            ? "Đã nhập \(count) giá trị, trạng thái \"\(status.name(.vi))\"."
            : "Imported \(count) values as \(status.name(.en).lowercased())."
    }

    // MARK: - Preview

    struct UploadedFile {
        let name: String
        let data: Data
        let status: ReviewStatus
        let unit: String?
    }

    /// Reads the multipart body of either form: the upload (a file part) or the confirmation (the file as base64).
    func uploaded(_ request: Request, context: SignedInContext) async throws -> UploadedFile? {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType),
            let form = MultipartForm(buffer, boundary: boundary)
        else {
            throw AppError.badRequest(
                LocalizedText(vi: "không đọc được tệp gửi lên (cần biểu mẫu multipart)", en: "the upload could not be read (multipart form expected)")
            )
        }
        let status = form.text("status").flatMap(ReviewStatus.init) ?? .draft
        let unit = form.text("unit").flatMap { $0.isEmpty ? nil : $0 }
        if let part = form.file("file") {
            guard !part.data.isEmpty, let name = part.filename, !name.isEmpty else { return nil }
            return UploadedFile(name: Self.baseName(name), data: part.data, status: status, unit: unit)
        }
        guard let encoded = form.text("content"), let data = Data(base64Encoded: encoded), let name = form.text("fileName") else { return nil }
        return UploadedFile(name: Self.baseName(name), data: data, status: status, unit: unit)
    }

    /// Browsers on Windows once sent the full path; only the last component names the file.
    static func baseName(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(name)).trimmed
    }

    /// The file's plan once it is readable, valid and within the account's rights; otherwise the form with the reasons.
    enum Checked {
        case plan(ImportPlan, EvaluationEngine)
        case refused(Response)
    }

    func check(_ file: UploadedFile?, context: SignedInContext) async throws -> Checked {
        let language = context.language, vi = language == .vi
        guard let file else {
            return .refused(
                try await form(
                    context, unit: nil,
                    problems: [vi ? "Chưa chọn tệp: chọn tệp Excel (.xlsx) hoặc CSV." : "No file chosen: pick an .xlsx or .csv file."],
                    flash: nil, status: .unprocessableContent))
        }
        func refuse(_ problems: [String], status: HTTPResponse.Status = .unprocessableContent) async throws -> Checked {
            .refused(try await form(context, unit: file.unit, problems: problems, flash: nil, chosen: file.status, status: status))
        }
        guard file.data.count <= Self.maximumFileSize else {
            return try await refuse([
                vi
                    ? "\(file.name): tệp lớn hơn \(Self.maximumFileSize >> 20) MB; chia thành nhiều tệp hoặc dùng lệnh `ntm import`."
                    : "\(file.name): the file is larger than \(Self.maximumFileSize >> 20) MB; split it or use `ntm import`."
            ])
        }
        guard Self.statuses(for: context.account).contains(file.status) else {
            return try await refuse(
                [
                    vi
                        ? "Tài khoản này không được chọn trạng thái \"\(file.status.name(.vi))\"."
                        : "This account may not choose \(file.status.name(.en))."
                ],
                status: .forbidden)
        }
        let engine = try await services.evaluation.currentEngine()
        let plan: ImportPlan
        do { plan = try FileImport.plan(file.data, fileName: file.name, engine: engine) } catch {
            return try await refuse(error.problems.map { $0.text(language) })
        }
        guard !plan.changes.isEmpty else {
            return try await refuse([
                vi
                    ? "\(file.name): tệp không có giá trị nào để nhập (các ô Giá trị mới, Tử số, Mẫu số đều trống)."
                    : "\(file.name): the file has no values to import (New value, Numerator and Denominator are all empty)."
            ])
        }
        do { try await Writes(services: services).check(plan.changes, status: file.status, by: context.account) } catch let error as AppError {
            return try await refuse([error.detail(language)], status: error.status)
        }
        return .plan(plan, engine)
    }

    struct LineView {
        let unit: String
        let criterion: String
        let indicator: String
        let current: String
        let new: String
        let changed: Bool
    }

    struct UnitView {
        let name: String
        let date: String
        let before: String
        let after: String
        let improved: Bool
        let worse: Bool
    }

    struct PreviewView {
        let t: [String: String]
        let title: String
        let summary: String
        let fileName: String
        let content: String
        let status: String
        let statusLabel: String
        let unit: String?
        let csrf: String
        let action: String
        let cancel: String
        let units: [UnitView]
        let lines: [LineView]
        let more: String?
        let confirmLabel: String
    }

    /// Lines shown in the preview; the rest are counted (a province-wide CSV can hold 100 000 rows).
    static let previewLines = 1_000

    func preview(_ request: Request, context: SignedInContext) async throws -> Response {
        let file = try await uploaded(request, context: context)
        let checked = try await check(file, context: context)
        guard case .plan(let plan, let engine) = checked, let file else {
            if case .refused(let response) = checked { return response }
            throw AppError.badRequest(LocalizedText(vi: "không đọc được tệp", en: "the file could not be read"))
        }
        let language = context.language, vi = language == .vi
        let strings = UIStrings.table(language)
        let preview = ImportPreview(plan, engine: engine, language: language)
        let prefix = vi ? "TC" : "C"
        func standing(_ standing: ImportPreview.Standing?) -> String {
            guard let standing else { return "—" }
            return standing.hasData ? "\(standing.met)/\(standing.total)" : (strings["noData"] ?? "")
        }
        let units = preview.units.map { change in
            UnitView(
                name: change.name, date: vi ? change.date.vietnamese : change.date.iso, before: standing(change.before),
                after: standing(change.after), improved: (change.after?.met ?? 0) > (change.before?.met ?? 0),
                worse: (change.after?.met ?? 0) < (change.before?.met ?? 0))
        }
        let lines = preview.lines.prefix(Self.previewLines).map { line in
            LineView(
                unit: line.unitName, criterion: line.criterion.map { "\(prefix)\($0)" } ?? (vi ? "Điều kiện" : "Condition"),
                indicator: "\(line.indicator) \(line.indicatorName)",
                current: line.current.map { value in
                    value.text(language) + (line.currentDate.map { " (\(vi ? $0.vietnamese : $0.iso))" } ?? "")
                } ?? "—",
                new: line.new.text(language), changed: !line.unchanged)
        }
        let summary =
            vi
            ? "\(file.name): \(preview.lines.count) giá trị hợp lệ cho \(preview.units.count) đơn vị, trong đó \(preview.changedCount) giá trị khác số liệu đang áp dụng. Chưa có gì được lưu."
            : "\(file.name): \(preview.lines.count) valid values for \(preview.units.count) units, \(preview.changedCount) of them different from the values in force. Nothing is saved yet."
        let body = try services.pages.render(
            "import-preview",
            PreviewView(
                t: strings, title: vi ? "Xem trước khi nhập" : "Preview before import", summary: summary, fileName: file.name,
                content: file.data.base64EncodedString(), status: file.status.rawValue,
                statusLabel: Self.statusLabel(file.status, language: language), unit: file.unit, csrf: context.identity.csrfToken,
                action: Paths.importConfirm, cancel: Paths.with(Paths.importFile, ["unit": file.unit]), units: units, lines: lines,
                more: preview.lines.count > Self.previewLines
                    ? (vi ? "… và \(preview.lines.count - Self.previewLines) dòng khác." : "… and \(preview.lines.count - Self.previewLines) more.")
                    : nil,
                confirmLabel: vi ? "Xác nhận nhập \(preview.lines.count) giá trị" : "Import \(preview.lines.count) values"))
        return try services.pages.page(title: strings["importFile"] ?? "", body: body, context: context, path: Paths.importFile)
    }

    // MARK: - Confirmation

    func confirm(_ request: Request, context: SignedInContext) async throws -> Response {
        let file = try await uploaded(request, context: context)
        let checked = try await check(file, context: context)
        guard case .plan(let plan, _) = checked, let file else {
            if case .refused(let response) = checked { return response }
            throw AppError.badRequest(LocalizedText(vi: "không đọc được tệp", en: "the file could not be read"))
        }
        let batch = "web-import-\(UUID().uuidString.prefix(8).lowercased())"
        let count: Int
        do {
            count = try await Writes(services: services).importValues(plan.changes, status: file.status, by: context.account, batch: batch)
        } catch let error as StoreError {
            // A value changed since the preview (or was locked by review): nothing was written.
            let vi = context.language == .vi
            return try await form(
                context, unit: file.unit,
                problems: [
                    (vi
                        ? "\(file.name): số liệu đã thay đổi từ khi xem trước, chưa lưu gì. "
                        : "\(file.name): values changed since the preview; nothing was saved. ")
                        + error.text(context.language)
                ], flash: nil, chosen: file.status, status: .conflict)
        }
        return Response.redirect(
            to: Paths.with(Paths.importFile, ["done": String(count), "status": file.status.rawValue, "unit": file.unit]), type: .normal)
    }
}
