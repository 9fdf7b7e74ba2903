import Foundation
import Hummingbird
import NTMCore
import NTMExchange
import NTMStore

/// District and commune pages, and the history of one indicator's values.
struct UnitPages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get("\(Paths.district)/:code") { request, context in try await district(request, context: context) }
        router.get("\(Paths.commune)/:code") { request, context in try await commune(request, context: context) }
        router.get("\(Paths.commune)/:code/\(Paths.historySegment)") { request, context in try await history(request, context: context) }
    }

    struct CommuneRowView {
        let name: String
        let href: String
        let criteria: String
        let band: String
        let unmet: String
        let atStandard: Bool
        let registered: String?
    }

    struct DistrictView {
        let t: [String: String]
        let name: String
        let dateText: String
        let dateValue: String
        let action: String
        let overview: OverviewView
        let communes: [CommuneRowView]
        let standing: CriteriaTreeView?
        let standingSummary: String?
        let matrixHref: String
        let export: PageExport.Links
        let exchange: ExchangeLinks?
        /// The goals set for this district (its xã, or the district itself), with their computed status.
        let targets: [TargetsPage.Row]
        let funds: FundsBrief?
    }

    /// "Tải mẫu Excel" and "Nhập file Excel/CSV" for those who read the unit's working values.
    struct ExchangeLinks {
        let template: String
        let importFile: String
    }

    func exchangeLinks(_ account: Account, unit: AdministrativeUnit, on date: LocalDate, engine: EvaluationEngine) -> ExchangeLinks? {
        guard AccessPolicy(engine: engine).canReadWorkingValues(account, unit: unit.code, on: date) else { return nil }
        return ExchangeLinks(
            template: Paths.with(Paths.template(unit.code, district: unit.kind.isDistrictLevel), ["date": date.iso]),
            importFile: Paths.with(Paths.importFile, ["unit": unit.code.rawValue]))
    }

    func district(_ request: Request, context: SignedInContext) async throws -> Response {
        let code = UnitCode(context.parameters.get("code") ?? "")
        let date = try Query(request: request).date(default: services.defaultDate())
        let language = context.language
        let engine = try await services.evaluation.currentEngine()
        guard let unit = engine.units.unit(code, on: date), unit.kind.isDistrictLevel else {
            throw AppError.notFound(LocalizedText(vi: "huyện \(code)", en: "district \(code)"))
        }
        let query = OverviewQuery(date: date, scope: .unit(code))
        if let format = try ExportFormat.requested(request) {
            let summary = try await services.evaluation.summary(
                of: query.scope, on: date, bands: query.bands, language: language, grouping: .district, includeCommunes: true)
            return try PageExport.response(
                [ResultsExporter.communeTable(summary, language: language), ResultsExporter.criteriaTable(summary, language: language)],
                name: "\(language == .vi ? "huyen" : "district")-\(code)", date: date, format: format, language: language)
        }
        let exchange = exchangeLinks(context.account, unit: unit, on: date, engine: engine)
        let targetsPage = TargetsPage(services: services)
        let targets = try await targetsPage.targets(within: .unit(code), on: date, engine: engine)
        let tasks = try await services.store.tasks()
        // The links depend on the account; the rest of the page does not. Targets, tasks and funds change without any value changing.
        let key =
            "district|\(code)|\(date.iso)|\(language.rawValue)|\(exchange == nil ? "-" : "x")|\(targets.hashValue)|\(tasks.hashValue)|\(try await services.store.fundRevision())"
        let responsibility = CriteriaTreeView.Responsibility(
            directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog), tasks: tasks,
            ancestry: engine.units.ancestry(of: code, on: date).map(\.code), date: date)
        let body = try await services.cache.body(for: key, version: try await services.currentVersion()) {
            let summary = try await services.evaluation.summary(
                of: query.scope, on: date, bands: query.bands, language: language,
                grouping: .district, includeCommunes: true)
            let prefix = language == .vi ? "TC" : "C"
            let communes = summary.communeRows.sorted { ($1.criteriaMet, $0.name) < ($0.criteriaMet, $1.name) }.map { row in
                CommuneRowView(
                    name: row.name, href: Paths.with(Paths.commune(row.code), ["date": date.iso]),
                    criteria: "\(row.criteriaMet)/\(summary.totalCriteria)",
                    band: summary.bands.first { $0.id == row.band }.map {
                        OverviewView.bandLabel($0, total: summary.totalCriteria, language: language)
                    } ?? row.band,
                    unmet: row.unmetCriteria.map { "\(prefix)\($0)" }.joined(separator: ", "),
                    atStandard: row.reachedStandard, registered: row.registeredTargetYear.map(String.init))
            }
            // Districts are judged against the district set only while one is in force (none after the 2025 reform).
            let own = try? await services.evaluation.evaluate(code, on: date, language: language)
            return try services.pages.render(
                "district",
                DistrictView(
                    t: UIStrings.table(language), name: unit.name, dateText: language == .vi ? date.vietnamese : date.iso,
                    dateValue: date.iso, action: Paths.district(code),
                    overview: OverviewView(
                        summary: summary, trend: [], query: query, language: language, synthetic: services.configuration.synthetic),
                    communes: communes, standing: own.map { CriteriaTreeView($0, language: language, responsibility: responsibility) },
                    standingSummary: own.map { "\($0.criteriaSetTitle): \($0.criteriaMet)/\($0.totalCriteria)" },
                    matrixHref: Paths.with(Paths.matrix, query.items),
                    export: PageExport.links(Paths.district(code), ["date": date.iso]), exchange: exchange,
                    targets: try await targetsPage.rows(targets, on: date, language: language).map(\.1),
                    funds: try await FundsBrief.of(code, on: date, services: services, units: engine.units, language: language)))
        }
        return try services.pages.page(title: unit.name, body: body, context: context, path: Paths.district(code), query: request.uri.query)
    }

    struct CommuneView {
        let t: [String: String]
        let name: String
        let facts: [Fact]
        let dateValue: String
        /// The day as the reader writes it, for the running head of the printed page.
        let dateText: String
        let action: String
        let met: String
        let reached: Bool
        /// No value on or before the day: the badge says "chưa có số liệu", not "0/19 · chưa đạt chuẩn".
        let noData: Bool
        let tree: CriteriaTreeView
        let illustrative: Bool
        let entryHref: String?
        let districtHref: String?
        let export: PageExport.Links
        let exchange: ExchangeLinks?
        /// The units this one was formed from, with their NTM record (the 2025 merger).
        let predecessors: [PredecessorView]
        let formedOn: String?
        let funds: FundsBrief?
    }

    struct PredecessorView {
        let name: String
        let href: String?
        let district: String?
        let change: String
        let last: String?
        let reached: String?
        let reachedStandard: Bool
    }

    static func predecessors(_ records: [PredecessorRecord], language: Language) -> [PredecessorView] {
        records.map { record in
            let snapshot = record.lastSnapshot
            let day = { (date: LocalDate) in language == .vi ? date.vietnamese : date.iso }
            let last = snapshot.map { snapshot in
                let counts = "\(snapshot.outcome.metCount)/\(snapshot.outcome.criteriaCount)"
                return language == .vi
                    ? "\(day(snapshot.date)): đạt \(counts) tiêu chí (\(snapshot.criteriaSet))"
                    : "\(day(snapshot.date)): \(counts) criteria met (\(snapshot.criteriaSet))"
            }
            let reached = record.reachedOn.map { language == .vi ? "Đạt chuẩn NTM từ \(day($0))" : "At the NTM standard from \(day($0))" }
            return PredecessorView(
                name: "\(record.unit.name) (\(record.unit.code))",
                href: snapshot.map { Paths.with(Paths.commune(record.unit.code), ["date": $0.date.iso]) },
                district: record.districtName, change: "\(record.event.kind.name(language)), \(day(record.event.date))", last: last,
                reached: reached ?? (snapshot == nil ? nil : (language == .vi ? "Chưa đạt chuẩn" : "Not at the standard")),
                reachedStandard: record.reachedOn != nil)
        }
    }

    struct Fact {
        let label: String
        let value: String
    }

    func commune(_ request: Request, context: SignedInContext) async throws -> Response {
        let account = context.account
        let code = UnitCode(context.parameters.get("code") ?? "")
        let date = try Query(request: request).date(default: services.defaultDate())
        let language = context.language
        let strings = UIStrings.table(language)
        let evaluation = try await services.evaluation.evaluate(code, on: date, language: language)
        if let format = try ExportFormat.requested(request) {
            return try PageExport.response(
                [ResultsExporter.indicatorTable(evaluation, language: language, includeEvidence: true)],
                name: "\(language == .vi ? "xa" : "commune")-\(code)", date: date, format: format, language: language)
        }
        let engine = try await services.evaluation.currentEngine()
        let district = engine.units.districtLevelUnit(of: code, on: date)
        var facts = [Fact(label: strings["unit"] ?? "", value: "\(evaluation.name) (\(code))")]
        if let district { facts.append(Fact(label: strings["district"] ?? "", value: district.name)) }
        if let region = evaluation.region { facts.append(Fact(label: language == .vi ? "Vùng" : "Region", value: region.name(language))) }
        if let group = evaluation.communeGroup { facts.append(Fact(label: language == .vi ? "Nhóm xã" : "Commune group", value: group.rawValue)) }
        if let year = evaluation.registeredTargetYear {
            facts.append(Fact(label: language == .vi ? "Đăng ký đạt chuẩn năm" : "Registered for", value: String(year)))
        }
        facts.append(Fact(label: strings["criteria"] ?? "", value: "\(evaluation.criteriaSetTitle) — \(evaluation.legalBasis)"))
        let canEnter = AccessPolicy(engine: engine).canWrite(account, unit: code, on: date)
        // A commune renamed in place is listed too: its earlier version's record belongs to the same story.
        let records = engine.predecessorHistory(of: code)
        let predecessors = Self.predecessors(records, language: language)
        let formedOn = records.map(\.event.date).max().map { language == .vi ? $0.vietnamese : $0.iso }
        let body = try services.pages.render(
            "commune",
            CommuneView(
                t: strings, name: evaluation.name, facts: facts, dateValue: date.iso, dateText: Formatting(language: language).date(date),
                action: Paths.commune(code),
                met: "\(evaluation.criteriaMet)/\(evaluation.totalCriteria)", reached: evaluation.reachedStandard, noData: !evaluation.hasData,
                tree: CriteriaTreeView(
                    evaluation, language: language,
                    responsibility: .init(
                        directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog), tasks: try await services.store.tasks(),
                        ancestry: engine.units.ancestry(of: code, on: date).map(\.code), date: date)),
                illustrative: evaluation.usesIllustrativeThresholds,
                entryHref: canEnter ? Paths.with(Paths.entry(code), ["date": date.iso]) : nil,
                districtHref: district.map { Paths.with(Paths.district($0.code), ["date": date.iso]) },
                export: PageExport.links(Paths.commune(code), ["date": date.iso]),
                exchange: engine.units.unit(code, on: date).flatMap { exchangeLinks(account, unit: $0, on: date, engine: engine) },
                predecessors: predecessors, formedOn: formedOn,
                funds: try await FundsBrief.of(code, on: date, services: services, units: engine.units, language: language)))
        return try services.pages.page(title: evaluation.name, body: body, context: context, path: Paths.commune(code), query: request.uri.query)
    }

    struct RevisionView {
        let revision: Int
        let kind: String
        let value: String
        let status: String
        let actor: String
        let at: String
        let source: String?
        let evidence: String?
        let comment: String?
    }

    struct SlotView {
        let date: String
        let revisions: [RevisionView]
    }

    struct HistoryView {
        let t: [String: String]
        let title: String
        let back: String
        let slots: [SlotView]
    }

    func history(_ request: Request, context: SignedInContext) async throws -> Response {
        let code = UnitCode(context.parameters.get("code") ?? "")
        let query = Query(request: request)
        guard let indicator = query.string("indicator"), let set = query.string("set") else {
            throw AppError.badRequest(.init(vi: "cần chỉ tiêu (indicator) và bộ tiêu chí (set)", en: "indicator and set are required"))
        }
        let language = context.language
        let current = try await services.store.currentRecords(
            RecordFilter(
                units: [code], criteriaSet: CriteriaSetID(set),
                indicators: [IndicatorCode(indicator)], limit: 500))
        let visibility = RecordVisibility(engine: try await services.evaluation.currentEngine(), account: context.account)
        var slots: [SlotView] = []
        for record in current.sorted(by: { $0.slot.date > $1.slot.date }) {
            let revisions = visibility.visible(try await services.store.history(record.slot)).reversed().map { revision in
                RevisionView(
                    revision: revision.revision, kind: revision.kind.name(language), value: revision.value.text(language),
                    status: revision.status.name(language), actor: revision.actor, at: VietnamTime.text(revision.recordedAt),
                    source: revision.source, evidence: revision.evidence, comment: revision.comment)
            }
            slots.append(SlotView(date: language == .vi ? record.slot.date.vietnamese : record.slot.date.iso, revisions: revisions))
        }
        let engine = try await services.evaluation.currentEngine()
        let name = engine.units.unit(code, on: services.defaultDate())?.name ?? code.rawValue
        let indicatorName = engine.catalog.set(CriteriaSetID(set))?.indicator(IndicatorCode(indicator))?.displayName(language) ?? ""
        let strings = UIStrings.table(language)
        let body = try services.pages.render(
            "history",
            HistoryView(
                t: strings, title: "\(strings["history"] ?? "") — \(name), \(indicator) \(indicatorName)",
                back: Paths.commune(code), slots: slots))
        return try services.pages.page(
            title: strings["history"] ?? "", body: body, context: context, path: Paths.commune(code), query: request.uri.query)
    }
}
