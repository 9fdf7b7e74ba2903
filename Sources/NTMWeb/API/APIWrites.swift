import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// Write endpoints: new values, review steps, and the live evaluation of a form being filled in.
struct APIWrites: Sendable {
    let services: WebServices
    var writes: Writes { Writes(services: services) }

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.writeObservations) { request, context in
            let account = context.account
            let body = try await JSONResponse.decode(WriteRequestJSON.self, from: request, context: context)
            guard !body.changes.isEmpty else { throw AppError.emptyList("changes") }
            let changes = try body.changes.enumerated().map { index, change in try change.change(field: "changes[\(index)]") }
            let records = try await writes.write(changes, by: account)
            return try JSONResponse.make(records, status: .created)
        }
        api.on(.reviews) { request, context in
            let account = context.account
            let body = try await JSONResponse.decode(ReviewRequestJSON.self, from: request, context: context)
            guard !body.reviews.isEmpty else { throw AppError.emptyList("reviews") }
            let requests = try body.reviews.enumerated().map { index, review in try review.request(field: "reviews[\(index)]") }
            let records = try await writes.review(requests, by: account)
            return try JSONResponse.make(records, status: .created)
        }
        // A POST although it stores nothing: the values travel in the body. It still needs the CSRF token,
        // like every POST, which keeps the rule simple.
        api.on(.preview) { request, context in
            let body = try await JSONResponse.decode(PreviewRequestJSON.self, from: request, context: context)
            let evaluation = try await EntryPreview(services: services).evaluate(
                unit: UnitCode(body.unit), on: body.date, values: body.values.map { (IndicatorCode($0.indicator), $0.value) },
                language: context.language)
            return try JSONResponse.make(evaluation)
        }
    }
}

/// Evaluates a unit with values that are being typed in, after checking each one is well-formed.
struct EntryPreview: Sendable {
    let services: WebServices

    func evaluate(
        unit: UnitCode, on date: LocalDate, values: [(IndicatorCode, ObservationValue)],
        language: Language
    ) async throws -> UnitEvaluation {
        let engine = try await services.evaluation.currentEngine()
        let set = try engine.criteriaSet(for: unit, on: date)
        var problems: [FieldProblem] = []
        var overrides: [IndicatorCode: ObservationValue] = [:]
        for (index, (code, value)) in values.enumerated() {
            do {
                try engine.validate(Observation(unit: unit, criteriaSet: set.id, indicator: code, date: date, value: value))
                overrides[code] = value
            } catch {
                problems.append(
                    FieldProblem(
                        field: "values[\(index)]",
                        message: LocalizedText(
                            vi: "\(code): \(error.text(.vi))",
                            en: "\(code): \(error.text(.en))")))
            }
        }
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        return try await services.evaluation.evaluate(unit, on: date, language: language, overrides: overrides)
    }
}

extension AppError {
    /// 422 for a request that lists nothing to do.
    static func emptyList(_ field: String) -> AppError {
        .invalid([FieldProblem(field: field, message: LocalizedText(vi: "danh sách trống", en: "the list is empty"))])
    }
}

extension ChangeJSON {
    func change(field: String) throws -> ObservationChange {
        guard expectedRevision >= 0 else {
            throw AppError.invalid([
                FieldProblem(
                    field: "\(field).expectedRevision",
                    message: LocalizedText(
                        vi: "phiên bản phải ≥ 0 (0 cho giá trị mới)", en: "must be 0 (a new value) or the revision being replaced"))
            ])
        }
        let observation = Observation(
            unit: UnitCode(unit), criteriaSet: CriteriaSetID(criteriaSet), indicator: IndicatorCode(indicator),
            date: date, value: value, source: source.nonEmpty, evidence: evidence.nonEmpty)
        return ObservationChange(observation, expected: expectedRevision == 0 ? .none : .revision(expectedRevision), comment: comment.nonEmpty)
    }
}

extension ReviewJSON {
    func request(field: String) throws -> ReviewRequest {
        let parsed: ReviewAction
        switch ReviewActionInput.parse(action, comment: comment) {
        case .success(let action): parsed = action
        case .failure(let problem): throw AppError.invalid([FieldProblem(field: "\(field).\(problem.part)", message: problem.message)])
        }
        guard expectedRevision > 0 else {
            throw AppError.invalid([
                FieldProblem(
                    field: "\(field).expectedRevision",
                    message: LocalizedText(
                        vi: "cần phiên bản hiện tại của giá trị được thẩm định", en: "must be the current revision of the value being reviewed"))
            ])
        }
        let slot = ObservationSlot(unit: UnitCode(unit), criteriaSet: CriteriaSetID(criteriaSet), indicator: IndicatorCode(indicator), date: date)
        return ReviewRequest(slot: slot, action: parsed, expected: .revision(expectedRevision))
    }
}

extension String? {
    /// nil for nil, empty or blank text.
    var nonEmpty: String? {
        guard let self else { return nil }
        let trimmed = self.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
