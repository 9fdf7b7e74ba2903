import Foundation
import Hummingbird
import NTMCore
import NTMData
import NTMExchange
import NTMFunds
import NTMStore

/// The funds page (`/nguon-von`): a scope's money for a year on a day, by source, by unit, by criterion, with the
/// disbursement rates and their denominators, the lagging communes, construction debts and the year's progress.
struct FundsPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.funds)) { request, context in try await page(request, context: context) }
        router.get(RouterPath(Paths.fundsTemplate)) { request, context in try await template(request, context: context) }
        router.post(RouterPath(Paths.fundsImport)) { request, context in try await upload(request, context: context) }
    }

    /// A row of a money table: its label, the phase figures in millions, and the rate of disbursement.
    struct Row {
        let label: String
        let href: String?
        let planned: String
        let allocated: String
        let disbursed: String
        let rate: String
        let share: String?
        /// The source's share of what was disbursed: the mix that happened, beside the mix planned.
        var disbursedShare: String? = nil
        let lagging: Bool
    }

    /// The scope, year and day a request asks for, with the figures; shared by the page and the API.
    struct Selection {
        let figures: FundFigures
        /// The book and engine the figures came from, for the rest of the page to read without fetching them again.
        let book: FundBook
        let engine: EvaluationEngine
    }

    func select(_ request: Request) async throws -> Selection {
        let query = Query(request: request)
        let date = try query.date(default: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        let root = engine.units.allVersions.first { $0.parent == nil && $0.validity.contains(date) }?.code
        // Present but empty is refused: `?unit=` names no unit.
        if request.uri.queryParameters.get("unit")?.isEmpty == true {
            throw AppError.badRequest(LocalizedText(vi: "'unit' đang để trống", en: "'unit' is empty"), field: "unit")
        }
        let scope = query.string("unit").map { UnitCode($0) } ?? services.home(on: date, units: engine.units) ?? root
        let year = try query.int("year", default: date.year, range: 2000...2100)
        let book = try await services.funds.book()
        guard let scope,
            let figures = try book.figures(scope: scope, year: year, on: date, units: engine.units, alert: services.configuration.fundsAlert)
        else {
            throw AppError.notFound(
                LocalizedText(vi: "đơn vị \(scope?.rawValue ?? "") vào ngày \(date.vietnamese)", en: "unit \(scope?.rawValue ?? "") on \(date.iso)"))
        }
        return Selection(figures: figures, book: book, engine: engine)
    }

    func page(
        _ request: Request, context: SignedInContext, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let selection = try await select(request)
        let figures = selection.figures
        let date = figures.date
        let criterionNames = Dictionary(
            selection.engine.catalog.sets.filter { $0.validity.contains(date) && $0.level == .commune }.flatMap(\.criteria).map {
                ($0.number, $0.name)
            },
            uniquingKeysWith: { first, _ in first })
        if let format = try ExportFormat.requested(request) {
            return try PageExport.response(
                FundFiguresExporter.tables(figures, criterionName: { criterionNames[$0]?.text(language) }, language: language),
                name: language == .vi ? "nguon-von_\(figures.scope.code)_\(figures.year)" : "funds_\(figures.scope.code)_\(figures.year)",
                date: date, format: format, language: language)
        }
        let money = { (amount: Money) in amount.millionsText(language, decimals: 0) }
        let percent = { (value: FixedDecimal?) in value.map { Formatting(language: language).percent($0.rounded(decimals: 1)) } ?? "—" }
        func row(_ label: String, _ totals: PhaseTotals, href: String? = nil, share: FixedDecimal?? = nil, lagging: Bool = false) -> Row {
            Row(
                label: label, href: href, planned: money(totals.planned), allocated: money(totals.allocated), disbursed: money(totals.disbursed),
                rate: percent(totals.disbursementRate), share: share.map { percent($0) }, lagging: lagging)
        }
        let link = { (unit: UnitCode) in
            Paths.with(Paths.funds, ["unit": unit.rawValue, "year": String(figures.year), "date": date.iso])
        }
        let sources = FundingSource.allCases.compactMap { source in
            figures.bySource[source].map { totals in
                var line = row(source.name.text(language), totals, share: figures.share(of: source, at: .planned))
                line.disbursedShare = percent(figures.share(of: source, at: .disbursed))
                return line
            }
        }
        let laggingCodes = Set(figures.lagging.map(\.unit.code))
        let units = figures.byUnit.map { unitRow in
            row(
                figures.label(of: unitRow, language: language), unitRow.totals,
                href: unitRow.unit.code == figures.scope.code ? nil : link(unitRow.unit.code), lagging: laggingCodes.contains(unitRow.unit.code))
        }
        let engine = selection.engine, book = selection.book
        let criteria = figures.criteria(named: { criterionNames[$0]?.text(language) }, language: language).map { row($0.label, $0.totals) }
        let origins = figures.origins(language).map { row($0.label, $0.totals) }
        let capitals = figures.capitals(language).map { row($0.label, $0.totals) }
        let lagging = figures.lagging.map { row($0.unit.name, $0.currentYear, href: link($0.unit.code), lagging: true) }
        let debts = figures.debts.map { debt in
            [
                "name": debt.unit.name, "href": Paths.commune(debt.unit.code), "amount": money(debt.amount),
                "asOf": Formatting(language: language).date(debt.asOf),
            ]
        }
        // The year's progress: cumulative disbursement as a share of the plan at each month's end up to the day.
        let monthEnds = (1...12).compactMap { LocalDate.endOfMonth(year: figures.year, month: $0) }.filter { $0 <= date }
        let timeline = try book.timeline(scope: figures.scope.code, year: figures.year, at: monthEnds, units: engine.units)
        let points = timeline.compactMap { point in
            point.totals.disbursementRate.map {
                Charts.Point(
                    label: String(format: "%02d/%d", point.date.month, point.date.year), value: $0.doubleValue,
                    text: Formatting(language: language).number($0.rounded(decimals: 1), decimals: 1))
            }
        }
        let chart = points.isEmpty ? nil : Charts.trend(points, caption: UIStrings.table(language)["fundsChart"] ?? "")
        // The same months as figures, for print and screen readers: planned and disbursed to each month's end.
        let monthRows = timeline.map { point in
            row(String(format: "%02d/%d", point.date.month, point.date.year), point.totals)
        }
        // The scope's own lines only: every line of a national book would be read on each request otherwise.
        let scopeLines = ([figures.scope.code] + engine.units.descendants(of: figures.scope.code, on: date).map(\.code))
            .flatMap { book.lines(of: $0) }.filter { $0.year == figures.year }
        let warnings = book.advances(among: scopeLines, on: date).map {
            "\(engine.units.unit($0.line.unit, on: date)?.name ?? $0.line.unit.rawValue) · \($0.line.source.name.text(language)): \($0.message.text(language))"
        }
        // The template and the upload for those who write this unit's funds: a commune, or a district with its xã.
        let writable =
            (figures.scope.kind.isCommuneLevel || figures.scope.kind.isDistrictLevel)
            && AccessPolicy(engine: engine).canWriteFunds(context.account, unit: figures.scope.code, on: date)
        let query = Query(request: request)
        let flash = query.string("saved").flatMap(Int.init).map { saved in
            let unchanged = query.string("unchanged").flatMap(Int.init) ?? 0
            return language == .vi
                ? "Đã lưu \(saved) số liệu (\(unchanged) dòng không đổi)." : "Saved \(saved) figures (\(unchanged) rows unchanged)."
        }
        var view: [String: Any] = [
            "t": UIStrings.table(language), "scopeName": figures.scope.name, "dateText": Formatting(language: language).date(date),
            "dateValue": date.iso, "year": figures.year, "unit": figures.scope.code.rawValue, "action": Paths.funds,
            "export": PageExport.links(
                Paths.funds, ["unit": figures.scope.code.rawValue, "year": String(figures.year), "date": date.iso]),
            "years": (book.years.isEmpty ? [figures.year] : book.years).map { ["year": $0, "selected": $0 == figures.year] },
            "sentence": figures.rateSentence(language).map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "",
            "empty": figures.total.isEmpty, "sources": sources, "units": units, "criteria": criteria, "origins": origins, "capitals": capitals,
            "lagging": lagging, "hasLagging": !lagging.isEmpty, "alert": percent(figures.alert), "debts": debts, "hasDebts": !debts.isEmpty,
            "chart": chart ?? "", "months": monthRows, "synthetic": services.configuration.synthetic, "warnings": warnings,
            "hasWarnings": !warnings.isEmpty,
            "problems": problems, "hasProblems": !problems.isEmpty,
            "problemCount": language == .vi
                ? "Tệp có \(problems.count) lỗi; chưa có số liệu nào được lưu." : "The file has \(problems.count) problems; nothing was saved.",
        ]
        if writable {
            view["templateHref"] = Paths.with(
                Paths.fundsTemplate, ["unit": figures.scope.code.rawValue, "year": String(figures.year), "date": date.iso])
            view["importAction"] = Paths.fundsImport
            view["csrf"] = context.identity.csrfToken
        }
        let body = try services.pages.render("funds", view)
        return try services.pages.page(
            title: (UIStrings.table(language)["funds"] ?? "") + " · " + figures.scope.name, body: body, context: context, path: Paths.funds,
            query: "unit=\(figures.scope.code)&year=\(figures.year)&date=\(date.iso)", flash: flash, status: status)
    }

    /// The unit's funding template (.xlsx), prefilled with its figures for the year on the day.
    func template(_ request: Request, context: SignedInContext) async throws -> Response {
        let selection = try await select(request)
        let figures = selection.figures
        guard figures.scope.kind.isCommuneLevel || figures.scope.kind.isDistrictLevel else {
            throw AppError.badRequest(
                LocalizedText(vi: "mẫu nguồn vốn lập cho một xã hoặc một huyện", en: "a funding template is made for a commune or a district"),
                field: "unit")
        }
        let workbook = FundsTemplate.workbook(
            unit: figures.scope, year: figures.year, on: figures.date, book: selection.book, units: selection.engine.units,
            language: context.language)
        let name = (context.language == .vi ? "mau-nguon-von" : "funds-template") + "-\(figures.scope.code)-\(figures.year).xlsx"
        return FileDownload.response(try XLSXWriter.write(workbook), fileName: name, contentType: FileDownload.xlsx)
    }

    /// A filled template or CSV: stored whole through the desk, or refused with every problem listed on the page.
    func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType),
            let form = MultipartForm(buffer, boundary: boundary)
        else {
            throw AppError.badRequest(
                LocalizedText(vi: "không đọc được tệp gửi lên (cần biểu mẫu multipart)", en: "the upload could not be read (multipart form expected)")
            )
        }
        let items = ["unit": form.text("unit") ?? "", "year": form.text("year") ?? "", "date": form.text("date") ?? ""].filter { !$0.value.isEmpty }
        // The page the form came from, shown again with the problems.
        let back = Request(
            head: HTTPRequest(method: .get, scheme: nil, authority: nil, path: Paths.with(Paths.funds, items)),
            body: RequestBody(buffer: ByteBuffer()))
        guard let part = form.file("file"), !part.data.isEmpty, let name = part.filename, !name.isEmpty else {
            let message = context.language == .vi ? "Chưa chọn tệp." : "No file was chosen."
            return try await page(back, context: context, problems: [message], status: .badRequest)
        }
        let engine = try await services.evaluation.currentEngine()
        let file = ImportPages.baseName(name)
        do {
            let desk = FundDesk(store: services.store, ledger: services.funds, engine: engine)
            let batch = try FundsFile.read(
                part.data, name: file, units: engine.units, catalog: engine.catalog, programmes: try await desk.programmes(for: context.account))
            let outcome = try await desk.save(batch, as: context.account)
            let done = items.merging(["saved": String(outcome.summary.written), "unchanged": String(outcome.summary.unchanged)]) { $1 }
            return Response(status: .seeOther, headers: [.location: Paths.with(Paths.funds, done)])
        } catch let error as DataFileErrors {
            return try await page(back, context: context, problems: error.errors.map { $0.text(context.language) }, status: .unprocessableContent)
        } catch let error as ImportProblems {
            return try await page(back, context: context, problems: error.problems.map { $0.text(context.language) }, status: .unprocessableContent)
        } catch let error as FundError {
            let status: HTTPResponse.Status = if case .forbidden = error { .forbidden } else { .unprocessableContent }
            return try await page(back, context: context, problems: [error.text(context.language)], status: status)
        }
    }
}

/// One line about a unit's money on its commune or district page: the year's rates, and a commune's construction
/// debt, which stands in the way of recognition.
struct FundsBrief {
    let year: Int
    let href: String
    let sentence: String
    let debt: String?

    static func of(_ unit: UnitCode, on date: LocalDate, services: WebServices, units: UnitHierarchy, language: Language) async throws -> FundsBrief?
    {
        let book = try await services.funds.book()
        guard
            let figures = try book.figures(scope: unit, year: date.year, on: date, units: units, alert: services.configuration.fundsAlert)
        else { return nil }
        let debt = book.debt(of: unit, on: date).flatMap { debt -> String? in
            guard debt.amount.dong > 0 else { return nil }
            let day = language == .vi ? debt.asOf.vietnamese : debt.asOf.iso
            return language == .vi
                ? "Nợ đọng XDCB \(debt.amount.millionsText(.vi, decimals: 0)) triệu đồng (\(day))"
                : "Construction debt \(debt.amount.millionsText(.en, decimals: 0)) million đồng (\(day))"
        }
        guard let sentence = figures.rateSentence(language) ?? debt.map({ _ in "" }) else { return nil }
        return FundsBrief(
            year: date.year, href: Paths.with(Paths.funds, ["unit": unit.rawValue, "year": String(date.year), "date": date.iso]),
            sentence: sentence, debt: debt)
    }
}
