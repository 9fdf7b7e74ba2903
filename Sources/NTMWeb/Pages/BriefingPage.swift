import Foundation
import Hummingbird
import NTMCore
import NTMFunds
import NTMTargets
import NTMTasks

/// Briefing mode, for the projector of a giao ban: the scope as a whole, then each district with its communes first,
/// then the criteria matrix. Every step is laid out to fit one screen (1920×1080 or 1366×768) in type read from the
/// back of the room, with criterion names written out, notices folded away, and the change since the previous
/// briefing date where that date has data.
struct BriefingPage: Sendable {
    let services: WebServices
    /// A matrix of more communes than this cannot be read on one screen; the matrix step then shows districts.
    static let communeMatrixLimit = 30

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.briefing)) { request, context in try await briefing(request, context: context) }
    }

    struct Tile {
        let label: String
        let value: String
        let detail: String?
        let change: String?
        let better: Bool
    }

    struct Bar {
        let label: String
        let name: String
        let value: String
        let width: String
        let full: Bool
    }

    struct CommuneLine {
        let name: String
        let criteria: String
        let unmet: String
        let atStandard: Bool
        let noData: Bool
    }

    struct MatrixCell {
        let cls: String
        let mark: String
        let title: String
    }

    struct MatrixRow {
        let name: String
        let met: String
        let cells: [MatrixCell]
    }

    struct Matrix {
        let caption: String
        /// What the count column holds: criteria met by a commune, or the communes of a district.
        let countLabel: String
        let headers: [String]
        let rows: [MatrixRow]
    }

    struct GroupLine {
        let name: String
        let communes: String
        let atStandard: String
        let share: String
        let average: String
    }

    struct View {
        let t: [String: String]
        let kind: String
        let groupLabel: String
        let groups: [GroupLine]
        let stepLabel: String
        let title: String
        let dateText: String
        let headline: String
        let comparison: String?
        let tiles: [Tile]
        let bars: [Bar]
        let communes: [CommuneLine]
        let alerts: [String]
        let notices: [String]
        let noticesLabel: String
        let matrix: Matrix?
        let targets: [TargetsPage.Row]
        var tasks: [TaskWords.Row] = []
        var tasksMore: String?
        /// The funds step: money per unit under the scope, the communes disbursing slowly, and debts.
        var fundRows: [FundsPage.Row] = []
        var fundLagging: [FundsPage.Row] = []
        var fundDebts: [String] = []
        var fundLaggingTitle: String?
        let previous: String?
        let next: String?
        let exit: String
        /// The briefing report (.docx) of what is on screen: same scope, date and bands.
        var report: String? = nil
    }

    enum Step {
        case whole
        case targets([Target])
        /// The conclusions: the tasks given by the day, the ones to chase first.
        case conclusions([DirectiveTask])
        /// The year's money: rates with their denominators, per unit, lagging communes and debts.
        case funds(FundFigures)
        case group(ScopeSummary.GroupSummary)
        case matrix
    }

    func briefing(_ request: Request, context: SignedInContext) async throws -> Response {
        if let session = request.uri.queryParameters.get("session") { return try await frozen(String(session), context: context) }
        let query = try await OverviewQuery(request: request, services: services)
        let language = context.language
        let asked = max(0, Int(request.uri.queryParameters.get("step") ?? "") ?? 0)
        // Targets change without any value changing, so their definitions are part of the cache key.
        let targets = try await TargetsPage(services: services).targets()
        // So are the tasks, with their reports.
        let given = try await services.store.tasks().filter { $0.assignedOn <= query.date }
        // And the funding figures, which change through their own writes.
        let funds = try await fundFigures(query)
        let key =
            "briefing|\(query.cacheKey)|\(asked)|\(language.rawValue)|\(targets.hashValue)|\(given.hashValue)|\(try await services.store.fundRevision())"
        let body = try await services.cache.body(for: key, version: try await services.currentVersion()) {
            let whole = try await summary(query, language: language)
            // A former district is a label, not a unit the meeting can narrow to: no step of its own.
            let groups = query.grouping == .district && whole.groups.count > 1 ? whole.groups : []
            // The goals come right after the whole picture: what the meeting decided, and where each stands.
            let goals: [Step] = targets.isEmpty ? [] : [.targets(targets)]
            let conclusions: [Step] = given.isEmpty ? [] : [.conclusions(given)]
            let money: [Step] = funds.map { [.funds($0)] } ?? []
            let steps: [Step] = [.whole] + goals + conclusions + money + groups.map(Step.group) + [.matrix]
            let index = min(asked, steps.count - 1)
            func link(_ target: Int) -> String { Paths.with(Paths.briefing, query.items.merging(["step": String(target)]) { $1 }) }
            let navigation = (
                label: "\(index + 1)/\(steps.count)", previous: index > 0 ? link(index - 1) : nil,
                next: index < steps.count - 1 ? link(index + 1) : nil, exit: Paths.with(Paths.overview, query.items)
            )
            var view: View
            switch steps[index] {
            case .whole:
                view = try await summaryStep(whole, title: whole.scopeName, kind: "whole", query: query, language: language, navigation: navigation)
            case .group(let group):
                var shown = query
                shown.scope = OverviewPages.narrow(query.scope, to: group.code)
                let summary = try await summary(shown, language: language, includeCommunes: true)
                view = try await summaryStep(summary, title: group.name, kind: "district", query: shown, language: language, navigation: navigation)
            case .targets(let targets):
                view = try await targetsStep(targets, summary: whole, query: query, language: language, navigation: navigation)
            case .conclusions(let tasks):
                view = try await conclusionsStep(tasks, query: query, language: language, navigation: navigation)
            case .funds(let figures):
                view = fundsStep(figures, language: language, navigation: navigation)
            case .matrix:
                let summary = try await summary(query, language: language, includeCommunes: true)
                view = try await matrixStep(summary, query: query, language: language, navigation: navigation)
            }
            view.report = Paths.with(Paths.reportBriefing, query.items)
            return try services.pages.render("briefing", view)
        }
        return try services.pages.page(
            title: UIStrings.table(language)["briefing"] ?? "", body: body, context: context,
            path: Paths.briefing, query: request.uri.query, briefing: true)
    }

    func summary(_ query: OverviewQuery, language: Language, includeCommunes: Bool = false) async throws -> ScopeSummary {
        try await services.evaluation.summary(
            of: query.scope, on: query.date, bands: query.bands, language: language, grouping: query.grouping,
            includeCommunes: includeCommunes)
    }

    typealias Navigation = (label: String, previous: String?, next: String?, exit: String)

    /// The latest earlier briefing date with values for this scope, and its summary.
    func previousSummary(_ query: OverviewQuery, language: Language) async -> ScopeSummary? {
        for date in services.trendDates(before: query.date).reversed() {
            var earlier = query
            earlier.date = date
            if let summary = try? await summary(earlier, language: language), summary.noDataCommunes < summary.communes {
                return summary
            }
        }
        return nil
    }

    func summaryStep(
        _ summary: ScopeSummary, title: String, kind: String, query: OverviewQuery, language: Language, navigation: Navigation
    ) async throws -> View {
        let strings = UIStrings.table(language)
        let format = Formatting(language: language)
        let vi = language == .vi
        let prefix = vi ? "TC" : "C"
        let previous = await previousSummary(query, language: language)
        func change(_ now: Int, _ before: Int?) -> (String?, Bool) {
            guard let before else { return (nil, false) }
            let delta = now - before
            return (delta == 0 ? "=" : (delta > 0 ? "+\(delta)" : "−\(-delta)"), delta > 0)
        }
        let atStandard = change(summary.atStandard, previous?.atStandard)
        var tiles = [
            Tile(label: strings["communes"] ?? "", value: format.count(summary.communes), detail: nil, change: nil, better: false),
            Tile(
                label: strings["atStandard"] ?? "", value: format.count(summary.atStandard), detail: format.percent(summary.atStandardPercent),
                change: atStandard.0, better: atStandard.1),
            Tile(
                label: strings["average"] ?? "", value: format.number(summary.averageCriteria), detail: "/\(summary.totalCriteria)",
                change: previous.map { before in
                    let delta = summary.averageCriteria - before.averageCriteria
                    return delta == .zero ? "=" : (delta > .zero ? "+" : "−") + format.number(delta.magnitude)
                }, better: previous.map { summary.averageCriteria > $0.averageCriteria } ?? false),
        ]
        if summary.noDataCommunes > 0 {
            tiles.append(
                Tile(label: strings["noData"] ?? "", value: format.count(summary.noDataCommunes), detail: nil, change: nil, better: false))
        }
        let comparison = previous.map { before in
            vi
                ? "So với \(before.date.vietnamese): đạt chuẩn \(before.atStandard) → \(summary.atStandard) xã; bình quân \(format.number(before.averageCriteria)) → \(format.number(summary.averageCriteria)) tiêu chí/xã."
                : "Since \(before.date.vietnamese): at the standard \(before.atStandard) → \(summary.atStandard) communes; average \(format.number(before.averageCriteria)) → \(format.number(summary.averageCriteria)) criteria."
        }
        let names = Dictionary(summary.criteria.map { ($0.number, $0.name) }, uniquingKeysWith: { first, _ in first })
        let bars = summary.criteria.map { criterion in
            Bar(
                label: "\(prefix)\(criterion.number)", name: criterion.name,
                value: "\(format.count(criterion.communesMeeting))/\(format.count(summary.communes))",
                width: summary.communes > 0 ? "w\(criterion.communesMeeting * 20 / summary.communes * 5)" : "w0",
                full: criterion.communesMeeting == summary.communes && summary.communes > 0)
        }
        // Fewest criteria first: the communes the meeting has to talk about.
        let communes = summary.communeRows.sorted { ($0.hasData ? $0.criteriaMet : -1, $0.name) < ($1.hasData ? $1.criteriaMet : -1, $1.name) }
            .map { row in
                CommuneLine(
                    name: row.name, criteria: row.hasData ? "\(format.padded(row.criteriaMet))/\(summary.totalCriteria)" : (strings["noData"] ?? ""),
                    unmet: row.unmetCriteria.count <= 3
                        ? row.unmetCriteria.map { "\(prefix)\($0) \(names[$0] ?? "")" }.joined(separator: "; ")
                        : row.unmetCriteria.map { "\(prefix)\($0)" }.joined(separator: ", "),
                    atStandard: row.reachedStandard, noData: !row.hasData)
            }
        var notices: [String] = []
        if services.configuration.synthetic { notices.append(strings["syntheticNotice"] ?? "") }
        if summary.usesIllustrativeThresholds { notices.append(strings["illustrativeNotice"] ?? "") }
        if summary.undeterminedCommunes > 0 { notices.append("\(format.count(summary.undeterminedCommunes)) \(strings["undeterminedNotice"] ?? "")") }
        notices.append("\(summary.criteriaSetTitle) · \(summary.legalBasis)")
        let groups =
            kind == "whole" && summary.groups.count > 1
            ? summary.groups.map { group in
                GroupLine(
                    name: group.name, communes: format.count(group.communes), atStandard: format.count(group.atStandard),
                    share: format.percent(group.atStandardPercent), average: format.number(group.averageCriteria))
            } : []
        return View(
            t: strings, kind: kind,
            groupLabel: query.grouping == .province
                ? (strings["province"] ?? "") : query.grouping == .formerDistrict ? (strings["formerDistrict"] ?? "") : (strings["district"] ?? ""),
            groups: groups, stepLabel: navigation.label, title: title, dateText: vi ? summary.date.vietnamese : summary.date.iso,
            headline: BriefingText.headline(summary, language: language), comparison: comparison, tiles: tiles, bars: bars,
            communes: communes, alerts: kind == "whole" ? BriefingText.alerts(summary, language: language) : [], notices: notices,
            noticesLabel: vi ? "Ghi chú (\(notices.count))" : "Notes (\(notices.count))", matrix: nil, targets: [],
            previous: navigation.previous,
            next: navigation.next, exit: navigation.exit)
    }

    /// Communes × criteria when they fit one screen; otherwise districts × criteria, each cell the share of its
    /// communes meeting the criterion.
    func matrixStep(_ summary: ScopeSummary, query: OverviewQuery, language: Language, navigation: Navigation) async throws -> View {
        let strings = UIStrings.table(language)
        let format = Formatting(language: language)
        let vi = language == .vi
        let prefix = vi ? "TC" : "C"
        let engine = try await services.evaluation.currentEngine()
        let evaluations = try summary.communeRows.map { row in (row, try engine.evaluate(row.code, on: query.date, language: language)) }
        let headers = summary.criteria.map { "\(prefix)\($0.number)" }
        let matrix: Matrix
        if evaluations.count <= Self.communeMatrixLimit {
            matrix = Matrix(
                caption: vi ? "Xã × tiêu chí" : "Communes × criteria", countLabel: strings["criteriaMet"] ?? "", headers: headers,
                rows: evaluations.map { row, evaluation in
                    MatrixRow(
                        name: row.name, met: evaluation.hasData ? "\(evaluation.criteriaMet)/\(evaluation.totalCriteria)" : "—",
                        cells: evaluation.criteria.map { criterion in
                            MatrixCell(
                                cls: Formatting.statusClass(criterion.status), mark: MatrixPage.mark(criterion.status),
                                title: "\(row.name) — \(prefix)\(criterion.number) \(criterion.name): \(criterion.status.text(language))")
                        })
                })
        } else {
            var byDistrict: [String: [UnitEvaluation]] = [:]
            var order: [String] = []
            for (row, evaluation) in evaluations {
                if byDistrict[row.district] == nil { order.append(row.district) }
                byDistrict[row.district, default: []].append(evaluation)
            }
            matrix = Matrix(
                caption: vi ? "Số xã đạt từng tiêu chí theo huyện" : "Communes meeting each criterion, by district",
                countLabel: strings["communes"] ?? "", headers: headers,
                rows: order.map { district in
                    let communes = byDistrict[district] ?? []
                    return MatrixRow(
                        name: district, met: format.count(communes.count),
                        cells: summary.criteria.indices.map { index in
                            let meeting = communes.count { evaluation in
                                evaluation.criteria.indices.contains(index)
                                    && [.met, .notApplicable].contains(evaluation.criteria[index].status)
                            }
                            let share = communes.isEmpty ? 0 : meeting * 4 / communes.count
                            return MatrixCell(
                                cls: "share\(meeting == communes.count ? 4 : min(share, 3))", mark: "\(meeting)",
                                title: "\(district) — \(prefix)\(summary.criteria[index].number): \(meeting)/\(communes.count)")
                        })
                })
        }
        return View(
            t: strings, kind: "matrix", groupLabel: "", groups: [], stepLabel: navigation.label,
            title: "\(strings["matrix"] ?? "") — \(summary.scopeName)",
            dateText: vi ? summary.date.vietnamese : summary.date.iso, headline: BriefingText.headline(summary, language: language),
            comparison: nil, tiles: [], bars: [], communes: [], alerts: [], notices: [], noticesLabel: "", matrix: matrix, targets: [],
            previous: navigation.previous, next: navigation.next, exit: navigation.exit)
    }

    /// The goals the briefings set, each with its computed status and reading on the date.
    func targetsStep(
        _ targets: [Target], summary: ScopeSummary, query: OverviewQuery, language: Language, navigation: Navigation
    ) async throws -> View {
        let strings = UIStrings.table(language)
        let page = TargetsPage(services: services)
        let assessed = try await page.rows(targets, on: query.date, language: language)
        let rows = assessed.map(\.1)
        let met = assessed.filter { $0.0.status == .met }.count
        let vi = language == .vi
        return View(
            t: strings, kind: "targets", groupLabel: "", groups: [], stepLabel: navigation.label, title: strings["targets"] ?? "",
            dateText: vi ? query.date.vietnamese : query.date.iso,
            headline: vi ? "Đã đạt \(met)/\(rows.count) mục tiêu." : "\(met) of \(rows.count) targets met.", comparison: nil, tiles: [],
            bars: [], communes: [], alerts: [], notices: [], noticesLabel: "", matrix: nil, targets: rows, previous: navigation.previous,
            next: navigation.next, exit: navigation.exit)
    }

    /// The funding of the briefing's unit for the year of its day, when there is any.
    func fundFigures(_ query: OverviewQuery) async throws -> FundFigures? {
        let engine = try await services.evaluation.currentEngine()
        guard let unit = query.scope.units.first ?? services.home(on: query.date, units: engine.units),
            let figures = try await services.funds.book().figures(
                scope: unit, year: query.date.year, on: query.date, units: engine.units, alert: services.configuration.fundsAlert),
            !figures.total.isEmpty
        else { return nil }
        return figures
    }

    /// The year's money on the projector: the rates as one sentence, four tiles, the units, and the communes behind.
    func fundsStep(_ figures: FundFigures, language: Language, navigation: Navigation) -> View {
        let strings = UIStrings.table(language)
        let vi = language == .vi
        let money = { (amount: Money) in amount.millionsText(language, decimals: 0) }
        let percent = { (value: FixedDecimal?) in value.map { Formatting(language: language).percent($0.rounded(decimals: 1)) } ?? "—" }
        let millions = vi ? "triệu đồng" : "million đồng"
        let tiles = [
            Tile(label: strings["fundsPlanned"] ?? "", value: money(figures.total.planned), detail: millions, change: nil, better: false),
            Tile(label: strings["fundsDisbursed"] ?? "", value: money(figures.total.disbursed), detail: millions, change: nil, better: false),
            Tile(
                label: vi ? "Giải ngân kế hoạch năm" : "Of this year's plan", value: percent(figures.currentYearRate), detail: nil, change: nil,
                better: false),
            Tile(
                label: vi ? "Tính cả chuyển nguồn" : "Including carried over", value: percent(figures.overallRate), detail: nil, change: nil,
                better: false),
        ]
        var view = View(
            t: strings, kind: "funds", groupLabel: "", groups: [], stepLabel: navigation.label,
            title: "\(strings["funds"] ?? "") — \(figures.scope.name)", dateText: vi ? figures.date.vietnamese : figures.date.iso,
            headline: figures.rateSentence(language).map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "", comparison: nil, tiles: tiles,
            bars: [], communes: [], alerts: [], notices: [], noticesLabel: "", matrix: nil, targets: [],
            previous: navigation.previous, next: navigation.next, exit: navigation.exit)
        // Each row's rate is of the row's own columns (this year's plan and carried-over funds), as on the funds page.
        func line(_ row: FundFigures.UnitRow, _ totals: PhaseTotals) -> FundsPage.Row {
            FundsPage.Row(
                label: row.unit.name, href: nil, planned: money(totals.planned), allocated: money(totals.allocated),
                disbursed: money(totals.disbursed), rate: percent(totals.disbursementRate), share: nil,
                lagging: figures.lagging.contains { $0.unit.code == row.unit.code })
        }
        view.fundRows = figures.byUnit.filter { !$0.totals.isEmpty }.map { line($0, $0.totals) }
        // The slowest communes first, of this year's plan, as many as one screen holds.
        view.fundLagging = figures.lagging.prefix(Self.conclusionRows).map { line($0, $0.currentYear) }
        view.fundLaggingTitle = "\(strings["fundsLagging"] ?? "") (< \(percent(figures.alert)) \(vi ? "kế hoạch năm" : "of this year's plan"))"
        view.fundDebts = figures.debts.map { "\($0.unit.name): \(money($0.amount)) \(millions)" }
        return view
    }

    /// Rows of the conclusions step that fit one screen in the briefing's type.
    static let conclusionRows = 8

    /// The conclusions: how the tasks given stand on the date, the ones to chase first, then the nearest deadlines.
    func conclusionsStep(_ tasks: [DirectiveTask], query: OverviewQuery, language: Language, navigation: Navigation) async throws -> View {
        let strings = UIStrings.table(language)
        let engine = try await services.evaluation.currentEngine()
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let date = query.date
        let chase = Scorecard.attention(tasks, on: date)
        let rest = tasks.filter { task in !chase.contains { $0.id == task.id } && !task.timeliness(on: date).isDone }
            .sorted { ($0.due(on: date)?.dayNumber ?? Int.max, $0.id) < ($1.due(on: date)?.dayNumber ?? Int.max, $1.id) }
        let shown = (chase + rest).prefix(Self.conclusionRows)
        let counts = Scorecard.cards(for: tasks, on: date).reduce(into: (done: 0, overdue: 0, open: 0)) { total, card in
            total.done += card.doneOnTime + card.doneLate
            total.overdue += card.overdue
            total.open += card.withinDeadline + card.noDeadline
        }
        let vi = language == .vi
        let hidden = chase.count + rest.count - shown.count
        var view = View(
            t: strings, kind: "conclusions", groupLabel: "", groups: [], stepLabel: navigation.label, title: strings["briefingConclusions"] ?? "",
            dateText: vi ? date.vietnamese : date.iso,
            headline: vi
                ? "\(tasks.count) nhiệm vụ: \(counts.done) đã hoàn thành, \(counts.overdue) quá hạn, \(counts.open) đang thực hiện."
                : "\(tasks.count) tasks: \(counts.done) done, \(counts.overdue) overdue, \(counts.open) in progress.",
            comparison: nil, tiles: [], bars: [], communes: [], alerts: [], notices: [], noticesLabel: "", matrix: nil, targets: [],
            previous: navigation.previous, next: navigation.next, exit: navigation.exit)
        view.tasks = shown.map { TaskWords.row(TaskSummary($0, on: date, directory: directory, language: language), on: date, language: language) }
        view.tasksMore = hidden > 0 ? (vi ? "và \(hidden) nhiệm vụ khác đang thực hiện" : "and \(hidden) more in progress") : nil
        return view
    }

    /// A session's frozen figures on the projector, exactly as presented: the sentence, the bands and every commune.
    func frozen(_ id: String, context: SignedInContext) async throws -> Response {
        let language = context.language
        guard let stored = try await services.store.sessions().first(where: { $0.session.id == id }) else { throw TaskError.unknownSession(id) }
        let snapshot = stored.session.snapshot
        let strings = UIStrings.table(language)
        let vi = language == .vi
        let prefix = vi ? "TC" : "C"
        let date = vi ? snapshot.evaluatedOn.vietnamese : snapshot.evaluatedOn.iso
        let view = View(
            t: strings, kind: "whole", groupLabel: "", groups: [], stepLabel: strings["sessionFrozen"] ?? "", title: stored.session.title,
            dateText: (vi ? "số liệu đến \(date), đã chốt" : "figures as of \(date), frozen"), headline: snapshot.headline, comparison: nil,
            tiles: snapshot.bands.map { band in
                Tile(
                    label: band.min == band.max ? "\(band.min)/\(snapshot.totalCriteria)" : "\(band.min)–\(band.max)", value: String(band.communes),
                    detail: vi ? "xã" : "xã", change: nil, better: false)
            },
            bars: [],
            communes: snapshot.communes.map { commune in
                CommuneLine(
                    name: commune.name, criteria: "\(commune.criteriaMet)/\(snapshot.totalCriteria)",
                    unmet: commune.unmet.map { "\(prefix)\($0)" }.joined(separator: ", "), atStandard: commune.reachedStandard,
                    noData: !commune.hasData)
            },
            alerts: [], notices: [], noticesLabel: "", matrix: nil, targets: [], previous: nil, next: nil, exit: Paths.session(id))
        let body = try services.pages.render("briefing", view)
        return try services.pages.page(
            title: stored.session.title, body: body, context: context, path: Paths.briefing, query: "session=\(id)", briefing: true)
    }
}
