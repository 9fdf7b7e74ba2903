import NTMCore
import NTMExchange
import NTMFunds
import NTMStore
import NTMTargets
import NTMTasks

/// Gathers what a report prints from the store and the evaluation service, the one place the web, the API and the
/// command line get reports from. The work runs in the caller's task: summaries are computed outside the
/// service's actor on a copy of the engine, so a national report does not hold up other requests.
public struct ReportDesk: Sendable {
    public typealias RatesProvider = @Sendable ([Target], LocalDate, EvaluationEngine) async -> ForecastRates

    let store: any NTMStore
    let service: EvaluationService
    let ledger: FundLedger
    let fundsAlert: FixedDecimal
    let rates: RatesProvider

    /// `rates` learns the forecast classes; the web passes its cache, the command line learns them afresh.
    public init(
        store: any NTMStore, service: EvaluationService, ledger: FundLedger, fundsAlert: FixedDecimal,
        rates: @escaping RatesProvider = { targets, date, engine in ForecastRates(engine: engine, asOf: date, targets: targets) }
    ) {
        self.store = store
        self.service = service
        self.ledger = ledger
        self.fundsAlert = fundsAlert
        self.rates = rates
    }

    /// What the office asks for: a scope, a cut-off day, the band scheme and the parts, with the number, signer and
    /// date line when it has them.
    public struct BriefingRequest: Sendable {
        public var scope: EvaluationScope
        public var date: LocalDate
        public var bands: String?
        public var sections: Set<ReportSection>
        public var number: String?
        public var signer: String?
        public var issuedOn: LocalDate?

        public init(
            scope: EvaluationScope, date: LocalDate, bands: String? = nil, sections: Set<ReportSection> = Set(ReportSection.allCases),
            number: String? = nil, signer: String? = nil, issuedOn: LocalDate? = nil
        ) {
            self.scope = scope
            self.date = date
            self.bands = bands
            self.sections = sections
            self.number = number
            self.signer = signer
            self.issuedOn = issuedOn
        }
    }

    public func briefing(_ request: BriefingRequest) async throws -> BriefingReport {
        let (scope, date) = (request.scope, request.date)
        let grouping: LiveSummary.Grouping = scope == .everything ? .province : .district
        let summary = try await service.summary(of: scope, on: date, bands: request.bands, grouping: grouping)
        let engine = try await service.currentEngine()
        let units = engine.units
        var targets: ExportTable?
        if request.sections.contains(.targets) {
            let inScope = try await store.targets(within: scope, units: units, on: date)
            if !inScope.isEmpty {
                targets = TargetsExporter.table(inScope, on: date, engine: engine, rates: await rates(inScope, date, engine), language: .vi)
            }
        }
        var tasks: [DirectiveTask] = [], directives: [Directive] = []
        if request.sections.contains(.tasks) {
            tasks = TasksExporter.tasks(try await store.tasks(), within: scope, on: date, units: units)
            let given = Set(tasks.map(\.directive))
            directives = try await store.directives().filter { given.contains($0.id) }.sorted { ($0.issuedOn, $0.id) < ($1.issuedOn, $1.id) }
        }
        var funds: FundFigures?
        if request.sections.contains(.funds), let anchor = Self.anchor(of: scope) {
            funds = try await ledger.book().figures(scope: anchor, year: date.year, on: date, units: units, alert: fundsAlert)
        }
        var issuer = issuer(for: scope, on: date, units: units)
        issuer.number = request.number
        issuer.signerName = request.signer
        return BriefingReport(
            summary: summary, cutOff: ReportCutOff(date: date, basis: service.basis.rawValue), issuer: issuer, issuedOn: request.issuedOn,
            sections: request.sections, targets: targets, tasks: tasks, directives: directives,
            directory: OrganisationDirectory(units: units, catalog: engine.catalog), funds: funds)
    }

    /// The notice of session `id`'s conclusions, from its frozen snapshot and the directive recording it.
    public func conclusions(session id: String) async throws -> ConclusionsNotice {
        let (stored, engine, issuer) = try await frozen(session: id)
        guard let directive = Directive.recording(session: id, among: try await store.directives()) else {
            throw ReportError.noDirective(session: id)
        }
        let tasks = try await store.tasks().filter { $0.directive == directive.id }.sorted { $0.id < $1.id }
        return ConclusionsNotice(
            session: stored.session, snapshotHash: stored.contentHash, directive: directive, tasks: tasks,
            directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog), issuer: issuer)
    }

    /// The briefing report of session `id`'s frozen figures, as they were shown at the meeting.
    public func frozenBriefing(session id: String) async throws -> FrozenBriefingReport {
        let (stored, engine, issuer) = try await frozen(session: id)
        let set = engine.catalog.set(CriteriaSetID(stored.session.snapshot.criteriaSet))
        return FrozenBriefingReport(
            session: stored.session, snapshotHash: stored.contentHash, issuer: issuer,
            criteriaSetTitle: set.map { "\($0.title.text(.vi)) (\($0.legalBasis.citation(.vi)))" })
    }

    /// Session `id` as stored (its snapshot checked against its hash on reading), with the engine and the office that
    /// issues documents about the snapshot's scope on its day.
    private func frozen(session id: String) async throws -> (StoredBriefing, EvaluationEngine, ReportIssuer) {
        guard let stored = try await store.sessions().first(where: { $0.session.id == id }) else { throw TaskError.unknownSession(id) }
        let engine = try await service.currentEngine()
        let snapshot = stored.session.snapshot
        let scope = EvaluationScope(parsing: snapshot.scope) ?? .everything
        return (stored, engine, issuer(for: scope, on: snapshot.evaluatedOn, units: engine.units))
    }

    /// The unit a scope is about: itself, or the unit a registered-year scope lies in.
    static func anchor(of scope: EvaluationScope) -> UnitCode? {
        switch scope {
        case .unit(let code): code
        case .registered(_, let within): within
        case .everything: nil
        }
    }

    /// The province's coordination office for a scope within a province; the national office for the nation.
    /// Before the 2025 reform the recipients include the districts; after it, the communes.
    func issuer(for scope: EvaluationScope, on date: LocalDate, units: UnitHierarchy) -> ReportIssuer {
        guard let anchor = Self.anchor(of: scope) else {
            return ReportIssuer(
                parent: "BAN CHỈ ĐẠO TRUNG ƯƠNG", name: "VĂN PHÒNG ĐIỀU PHỐI NTM TRUNG ƯƠNG",
                sentenceName: "Văn phòng Điều phối nông thôn mới Trung ương", place: "Hà Nội", signerTitle: "CHÁNH VĂN PHÒNG",
                recipients: ["Như trên", "Ban Chỉ đạo Trung ương (b/c)", "UBND các tỉnh, thành phố", "Lưu: VT, VPĐP"])
        }
        let province = units.province(of: anchor, on: date)
        let districtLevel = province.map { units.children(of: $0.code, on: date).contains { $0.kind.isDistrictLevel } } ?? false
        return ReportIssuer.coordinationOffice(province: province, districtLevel: districtLevel)
    }
}
