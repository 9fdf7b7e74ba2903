import Foundation
import Hummingbird
import NTMCore
import NTMExchange
import NTMStore
import NTMTargets

/// The briefing's targets: every one with its status on the date, and one in detail with the gap path.
struct TargetsPage: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(Paths.targets)) { request, context in try await list(request, context: context) }
        router.get("\(Paths.targets)/:id") { request, context in try await detail(request, context: context) }
    }

    struct Row {
        let id: String
        let title: String
        let href: String
        let measure: String
        let progress: String
        let value: Double
        let goal: Double
        let status: String
        let statusClass: String
        let reason: String?
        let deadline: String
        let daysLeft: String
        /// The forecast's probability ("34%"), or "không đủ dữ liệu"; nil when nothing is left to forecast.
        let chance: String?
        /// Why there is no forecast, when it was refused.
        let chanceNote: String?
        /// "On track" on the first day asks nothing yet: said beside the badge, so a low chance does not read as a
        /// contradiction.
        let statusNote: String?
    }

    /// The stored targets, read back (`TargetStore.readTargets`).
    func targets() async throws -> [Target] { try await services.store.readTargets() }

    /// The stored targets a page about `scope` shows (`TargetStore.targets(within:units:on:)`).
    func targets(within scope: EvaluationScope, on date: LocalDate, engine: EvaluationEngine) async throws -> [Target] {
        try await services.store.targets(within: scope, units: engine.units, on: date)
    }

    /// Every target's row on `date`, with the province rates learned once for all their forecasts; the assessments
    /// come back too, for the counts pages print.
    func rows(_ targets: [Target], on date: LocalDate, language: Language) async throws -> [(TargetAssessment, Row)] {
        let (engine, rates) = try await services.engineAndRates(for: targets, on: date)
        return targets.map { target in
            let assessment = target.assessment(on: date, engine: engine)
            let forecast = target.forecast(on: date, engine: engine, assessment: assessment, rates: rates)
            return (assessment, row(target, assessment, forecast: forecast, on: date, language: language))
        }
    }

    func row(_ target: Target, _ assessment: TargetAssessment, forecast: ForecastResult?, on date: LocalDate, language: Language) -> Row {
        let (status, reading) = (assessment.status, assessment.reading)
        let days = date.days(to: target.deadline)
        let format = Formatting(language: language)
        let vi = language == .vi
        let daysLeft =
            days > 0 ? (vi ? "còn \(days) ngày" : "\(days) days left") : days == 0 ? (vi ? "hôm nay" : "today") : (vi ? "đã qua hạn" : "past")
        return Row(
            id: target.id, title: target.title.text(language), href: Paths.with("\(Paths.targets)/\(target.id)", ["date": date.iso]),
            measure: target.measure.text(language), progress: reading.text(for: target.measure, language: language),
            value: max(0, reading.value.doubleValue), goal: max(reading.goal.doubleValue, 0.0001), status: status.text(language),
            statusClass: TargetWords.statusClass(status), reason: status.reason?.text(language), deadline: format.date(target.deadline),
            daysLeft: daysLeft, chance: forecast?.cellText(language),
            chanceNote: forecast.flatMap { if case .refused(let reason) = $0, status.reason == nil { reason.text(language) } else { nil } },
            statusNote: status == .onTrack && assessment.day == target.countedFrom
                ? (vi ? "ngày bắt đầu tính: chưa đòi hỏi tiến độ" : "first day: no pace asked yet") : nil)
    }

    func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let date = try Query(request: request).date(default: services.defaultDate())
        let targets = try await targets()
        if let format = try ExportFormat.requested(request) {
            let (engine, rates) = try await services.engineAndRates(for: targets, on: date)
            return try PageExport.response(
                [TargetsExporter.table(targets, on: date, engine: engine, rates: rates, language: language)],
                name: language == .vi ? "muc-tieu" : "targets", date: date, format: format, language: language)
        }
        let rows = try await rows(targets, on: date, language: language).map(\.1)
        struct View {
            let t: [String: String]
            let rows: [Row]
            let dateValue: String
            let dateText: String
            let action: String
            let newHref: String?
            let export: PageExport.Links
        }
        let view = View(
            t: UIStrings.table(language), rows: rows, dateValue: date.iso, dateText: Formatting(language: language).date(date),
            action: Paths.targets, newHref: context.account.role == .office ? Paths.targetForm : nil,
            export: PageExport.links(Paths.targets, ["date": date.iso]))
        let body = try services.pages.render("targets", view)
        return try services.pages.page(
            title: UIStrings.table(language)["targets"] ?? "", body: body, context: context, path: Paths.targets, query: "date=\(date.iso)")
    }

    struct Candidate {
        let name: String
        let href: String
        let standing: String
        let missing: [Missing]
    }

    struct Missing {
        let criterion: String
        let department: String?
        let indicators: [String]
    }

    func detail(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let id = context.parameters.get("id") ?? ""
        let date = try Query(request: request).date(default: services.defaultDate())
        guard let target = try await targets().first(where: { $0.id == id }) else {
            throw AppError.notFound(LocalizedText(vi: "mục tiêu \(id)", en: "target \(id)"))
        }
        let (engine, rates) = try await services.engineAndRates(for: [target], on: date)
        let format = Formatting(language: language)
        let vi = language == .vi
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let assessment = target.assessment(on: date, engine: engine)
        let gap = target.gap(on: date, engine: engine, reading: assessment.reading(for: date))
        let candidates: [Candidate] = (gap?.candidates ?? []).map { candidate in
            let isDistrict = engine.units.unit(candidate.code, on: date)?.kind.isDistrictLevel ?? false
            return Candidate(
                name: candidate.name,
                href: Paths.with(isDistrict ? Paths.district(candidate.code) : Paths.commune(candidate.code), ["date": date.iso]),
                standing: "\(candidate.criteriaMet)/\(candidate.totalCriteria)",
                missing: candidate.missing.map { missing in
                    Missing(
                        criterion: (vi ? "TC" : "C") + "\(missing.number)" + (missing.name.isEmpty ? "" : " \(missing.name)"),
                        department: missing.department?.text(language),
                        indicators: missing.indicators.map { indicator in
                            "\(indicator.code) \(indicator.name)" + (indicator.gapText(language).map { ": \($0)" } ?? "")
                        })
                })
        }
        let counted = gap?.counted == .criteria ? (vi ? "tiêu chí" : "criteria") : "xã"
        let forecast = target.forecast(on: date, engine: engine, assessment: assessment, rates: rates)
        let history = history(of: target, through: date, engine: engine, language: language)
        struct View {
            let t: [String: String]
            let row: Row
            let source: String
            let owner: String
            let countedFrom: String
            let needed: String?
            let candidates: [Candidate]
            let dateText: String
            let dateValue: String
            let action: String
            let backHref: String
            let forecast: ForecastView?
            let history: [HistoryPoint]
            let editHref: String?
        }
        let view = View(
            t: UIStrings.table(language), row: row(target, assessment, forecast: forecast, on: date, language: language),
            source: "\(target.source.document), \(format.date(target.source.date))" + (target.source.text.map { " — “\($0)”" } ?? ""),
            owner: directory.organisation(target.owner)?.name.text(language) ?? target.owner.text,
            countedFrom: format.date(target.countedFrom),
            needed: gap.flatMap { $0.needed > 0 ? (vi ? "Còn cần thêm \($0.needed) \(counted)." : "Still needed: \($0.needed) \(counted).") : nil },
            candidates: candidates, dateText: format.date(date), dateValue: date.iso, action: "\(Paths.targets)/\(target.id)",
            backHref: Paths.with(Paths.targets, ["date": date.iso]),
            forecast: ForecastView(forecast, date: date, language: language),
            history: history, editHref: context.account.role == .office ? Paths.with(Paths.targetForm, ["id": target.id]) : nil)
        let body = try services.pages.render("target", view)
        return try services.pages.page(
            title: target.title.text(language), body: body, context: context, path: "\(Paths.targets)/\(target.id)",
            query: "date=\(date.iso)")
    }
}

extension TargetsPage {
    /// One day of a target's history: the measure's reading that day against its goal.
    struct HistoryPoint {
        let date: String
        let value: Double
        let goal: Double
        let text: String
    }

    /// The reading on every day values were recorded for the scope, up to `date` (the last twelve), and on `date`:
    /// the target's history as bars, the same numbers the status is judged from.
    func history(of target: Target, through date: LocalDate, engine: EvaluationEngine, language: Language) -> [HistoryPoint] {
        let codes: [UnitCode]
        if target.measure.judgesDistrict, case .unit(let code) = target.scope {
            codes = [code]
        } else {
            codes = ((try? engine.summary(of: target.scope, on: date, bands: .standardOnly))?.communeRows ?? []).map(\.code)
        }
        var days = Set(codes.flatMap { engine.recordedDays(of: $0, through: date) })
        days.insert(date)
        let format = Formatting(language: language)
        return days.sorted().suffix(12).map { day in
            let reading = target.reading(on: day, engine: engine)
            return HistoryPoint(
                date: format.date(day), value: max(0, reading.value.doubleValue), goal: max(reading.goal.doubleValue, 0.0001),
                text: reading.text(for: target.measure, language: language))
        }
    }

    /// The forecast as the detail page shows it: always with the words that it is a probability, and its basis.
    struct ForecastView {
        struct Chance {
            let name: String
            let href: String
            let chance: String
            let percent: Double
        }

        let probability: String?
        let p50: String?
        let p80: String?
        let basis: String?
        let refused: String?
        let communes: [Chance]

        init?(_ result: ForecastResult?, date: LocalDate, language: Language) {
            switch result {
            case nil: return nil
            case .refused(let reason):
                (probability, p50, p80, basis, refused, communes) = (nil, nil, nil, nil, reason.text(language), [])
            case .forecast(let forecast):
                probability = TargetForecast.percentText(forecast.probability)
                p50 = forecast.dateText(forecast.p50, language)
                p80 = forecast.dateText(forecast.p80, language)
                basis = forecast.basisText(language)
                refused = nil
                communes = forecast.communes.map {
                    Chance(
                        name: $0.name, href: Paths.with(Paths.commune($0.code), ["date": date.iso]),
                        chance: TargetForecast.percentText($0.probability), percent: ($0.probability * 100).rounded())
                }
            }
        }
    }
}

/// How a target's figures read on the pages.
enum TargetWords {
    /// Badge classes the stylesheet already colours; the badge's text always says the status too.
    static func statusClass(_ status: TargetStatus) -> String {
        switch status {
        case .met: "status-met"
        case .onTrack: "status-na"
        case .atRisk: "status-nodata"
        case .offTrack, .missed: "status-notmet"
        case .notEnoughData: "status-unset"
        }
    }

    /// A measure kind's name for the form's choice list.
    static func kindName(_ kind: String, language: Language) -> String {
        let vi = language == .vi
        switch kind {
        case "share-at-standard": return vi ? "Tỉ lệ xã đạt chuẩn (%)" : "Share of xã at the standard (%)"
        case "communes-at-standard": return vi ? "Số xã đạt chuẩn" : "Number of xã at the standard"
        case "every-commune-at-least": return vi ? "Mọi xã đạt ít nhất N tiêu chí" : "Every xã meets at least N criteria"
        case "district-criteria-at-least": return vi ? "Huyện đạt ít nhất k tiêu chí huyện" : "The district meets at least k district criteria"
        case "district-at-standard": return vi ? "Huyện đạt chuẩn nông thôn mới" : "The district reaches the standard"
        case "criterion-met-everywhere": return vi ? "Một tiêu chí đạt ở mọi xã" : "One criterion met in every xã"
        case "average-criteria": return vi ? "Bình quân tiêu chí/xã" : "Average criteria per xã"
        default: return kind
        }
    }

}
