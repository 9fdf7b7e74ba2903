import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTargets

/// `/api/v1/targets`: the briefing's targets with their computed status, one with its gap path, and creating or
/// replacing one (the coordination office only).
struct APITargets: Sendable {
    let services: WebServices

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.targets) { request, context in
            let date = try Query(request: request).date(default: services.defaultDate())
            let targets = try await TargetsPage(services: services).targets()
            let (engine, rates) = try await services.engineAndRates(for: targets, on: date)
            return try JSONResponse.make(
                targets.map { target in
                    let assessment = target.assessment(on: date, engine: engine)
                    var json = TargetJSON(target, assessment, language: context.language)
                    json.forecast = ForecastJSON(
                        target.forecast(on: date, engine: engine, assessment: assessment, rates: rates), language: context.language)
                    return json
                })
        }
        api.on(.target) { request, context in
            let date = try Query(request: request).date(default: services.defaultDate())
            let id = context.parameters.get("id") ?? ""
            guard let target = try await TargetsPage(services: services).targets().first(where: { $0.id == id }) else {
                throw AppError.notFound(LocalizedText(vi: "mục tiêu \(id)", en: "target \(id)"))
            }
            let (engine, rates) = try await services.engineAndRates(for: [target], on: date)
            let assessment = target.assessment(on: date, engine: engine)
            var json = TargetJSON(target, assessment, language: context.language)
            json.gap = target.gap(on: date, engine: engine, reading: assessment.reading(for: date)).map { GapJSON($0, language: context.language) }
            json.forecast = ForecastJSON(target.forecast(on: date, engine: engine, assessment: assessment, rates: rates), language: context.language)
            return try JSONResponse.make(json)
        }
        api.on(.saveTarget) { request, context in
            let office = try APIAdmin(services: services).requireOffice(context)
            let document = try await JSONResponse.decode(TargetDocument.self, from: request, context: context)
            let engine = try await services.evaluation.currentEngine()
            let target: Target
            switch document.checked(engine: engine) {
            case .success(let checked): target = checked
            case .failure(let failure): throw AppError.invalid(failure.problems.map(FieldProblem.init))
            }
            let existed = try await services.store.targets().contains { $0.id == target.id }
            try await services.store.saveTarget(TargetDocument(target), by: office.username)
            let json = TargetJSON(target, target.assessment(on: services.defaultDate(), engine: engine), language: context.language)
            return try JSONResponse.make(json, status: existed ? .ok : .created)
        }
    }
}

extension FieldProblem {
    init(_ problem: TargetProblem) { self.init(field: problem.field, message: problem.message) }
}

/// A target as the API returns it: its definition, and its status and reading on the date asked.
struct TargetJSON: Encodable, Sendable {
    struct StatusJSON: Encodable, Sendable {
        var code: String
        var text: String
        var reason: String?
    }

    struct ReadingJSON: Encodable, Sendable {
        var date: LocalDate
        var value: FixedDecimal
        var goal: FixedDecimal
        var met: Bool
        var text: String
    }

    var definition: TargetDocument
    var status: StatusJSON
    var reading: ReadingJSON
    var gap: GapJSON?
    /// Absent when there is nothing to forecast (met, or the deadline has passed).
    var forecast: ForecastJSON?

    init(_ target: Target, _ assessment: TargetAssessment, language: Language) {
        definition = TargetDocument(target)
        let (status, reading) = (assessment.status, assessment.reading)
        self.status = StatusJSON(code: status.code, text: status.text(language), reason: status.reason?.text(language))
        self.reading = ReadingJSON(
            date: assessment.day, value: reading.value, goal: reading.goal, met: reading.met,
            text: reading.text(for: target.measure, language: language))
    }
}

/// The forecast: a probability with its basis, or why there is none ("refused").
struct ForecastJSON: Encodable, Sendable {
    struct CommuneJSON: Encodable, Sendable {
        var unit: String
        var name: String
        var probability: Double
    }

    var probability: Double?
    var p50: LocalDate?
    var p80: LocalDate?
    var horizon: LocalDate?
    var basis: String?
    var refused: String?
    var communes: [CommuneJSON]

    init?(_ result: ForecastResult?, language: Language) {
        switch result {
        case nil: return nil
        case .refused(let reason):
            refused = reason.text(language)
            communes = []
        case .forecast(let forecast):
            probability = (forecast.probability * 10_000).rounded() / 10_000
            p50 = forecast.p50
            p80 = forecast.p80
            horizon = forecast.horizon
            basis = forecast.basisText(language)
            communes = forecast.communes.map {
                CommuneJSON(unit: $0.code.rawValue, name: $0.name, probability: ($0.probability * 10_000).rounded() / 10_000)
            }
        }
    }
}

/// The gap path: how many more xã or criteria, and the candidates nearest first.
struct GapJSON: Encodable, Sendable {
    struct IndicatorJSON: Encodable, Sendable {
        var code: String
        var name: String
        var gap: String?
    }

    struct MissingJSON: Encodable, Sendable {
        var criterion: Int
        var name: String
        var department: String?
        var indicators: [IndicatorJSON]
    }

    struct CandidateJSON: Encodable, Sendable {
        var unit: String
        var name: String
        var criteriaMet: Int
        var totalCriteria: Int
        var missing: [MissingJSON]
    }

    var needed: Int
    var counted: String
    var candidates: [CandidateJSON]

    init(_ gap: TargetGap, language: Language) {
        needed = gap.needed
        counted = gap.counted.rawValue
        candidates = gap.candidates.map { candidate in
            CandidateJSON(
                unit: candidate.code.rawValue, name: candidate.name, criteriaMet: candidate.criteriaMet,
                totalCriteria: candidate.totalCriteria,
                missing: candidate.missing.map { missing in
                    MissingJSON(
                        criterion: missing.number, name: missing.name, department: missing.department?.text(language),
                        indicators: missing.indicators.map {
                            IndicatorJSON(code: $0.code.rawValue, name: $0.name, gap: $0.gapText(language))
                        })
                })
        }
    }
}
