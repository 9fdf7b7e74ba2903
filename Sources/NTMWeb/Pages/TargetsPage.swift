import Foundation
import Hummingbird
import NTMCore
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
    }

    /// The stored targets, read back; a stored one that no longer reads (cannot happen through the store's
    /// writers) is left out rather than failing the page.
    func targets() async throws -> [Target] {
        try await services.store.targets().compactMap { try? $0.target() }
    }

    func row(_ target: Target, on date: LocalDate, engine: EvaluationEngine, language: Language) -> Row {
        row(target, target.assessment(on: date, engine: engine), on: date, language: language)
    }

    func row(_ target: Target, _ assessment: TargetAssessment, on date: LocalDate, language: Language) -> Row {
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
            daysLeft: daysLeft)
    }

    func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let language = context.language
        let date = try Query(request: request).date(default: services.defaultDate())
        let engine = try await services.evaluation.currentEngine()
        let rows = try await targets().map { row($0, on: date, engine: engine, language: language) }
        struct View {
            let t: [String: String]
            let rows: [Row]
            let dateValue: String
            let dateText: String
            let action: String
        }
        let view = View(
            t: UIStrings.table(language), rows: rows, dateValue: date.iso, dateText: Formatting(language: language).date(date),
            action: Paths.targets)
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
        let engine = try await services.evaluation.currentEngine()
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
        }
        let view = View(
            t: UIStrings.table(language), row: row(target, assessment, on: date, language: language),
            source: "\(target.source.document), \(format.date(target.source.date))" + (target.source.text.map { " — “\($0)”" } ?? ""),
            owner: directory.organisation(target.owner)?.name.text(language) ?? target.owner.text,
            countedFrom: format.date(target.countedFrom),
            needed: gap.flatMap { $0.needed > 0 ? (vi ? "Còn cần thêm \($0.needed) \(counted)." : "Still needed: \($0.needed) \(counted).") : nil },
            candidates: candidates, dateText: format.date(date), dateValue: date.iso, action: "\(Paths.targets)/\(target.id)",
            backHref: Paths.with(Paths.targets, ["date": date.iso]))
        let body = try services.pages.render("target", view)
        return try services.pages.page(
            title: target.title.text(language), body: body, context: context, path: "\(Paths.targets)/\(target.id)",
            query: "date=\(date.iso)")
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
}
