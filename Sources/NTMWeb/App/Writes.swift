import Foundation
import NTMCore
import NTMStore

/// Value writes and review steps from pages and the API: checked against the account's scope first,
/// then handed to the evaluation service (which validates, stores and applies them).
struct Writes: Sendable {
    let services: WebServices

    func write(_ changes: [ObservationChange], by account: Account, batch: String? = nil) async throws -> [ObservationRecord] {
        let engine = try await services.evaluation.currentEngine()
        let policy = AccessPolicy(engine: engine)
        var problems: [FieldProblem] = [], textProblems: [FieldProblem] = []
        for (index, change) in changes.enumerated() {
            let observation = change.observation
            if let long = ObservationText.problem(source: observation.source, evidence: observation.evidence, comment: change.comment) {
                textProblems.append(
                    FieldProblem(field: "changes[\(index)].\(long.field)", message: ObservationText.message(field: long.field, limit: long.limit)))
            }
            if !policy.canWrite(account, unit: observation.unit, on: observation.date) {
                problems.append(
                    FieldProblem(
                        field: "changes[\(index)].unit",
                        message: LocalizedText(
                            vi: "tài khoản \(account.username) không được nhập số liệu cho đơn vị \(observation.unit)",
                            en: "account \(account.username) may not enter values for unit \(observation.unit)")))
            }
        }
        guard problems.isEmpty else { throw AppError.forbiddenFields(problems) }
        guard textProblems.isEmpty else { throw AppError.invalid(textProblems) }
        return try await services.evaluation.write(changes, status: .draft, by: account.username, batch: batch)
    }

    func review(_ requests: [ReviewRequest], by account: Account) async throws -> [ObservationRecord] {
        let engine = try await services.evaluation.currentEngine()
        let policy = AccessPolicy(engine: engine)
        var problems: [FieldProblem] = []
        for (index, request) in requests.enumerated() {
            if !policy.canReview(account, action: request.action, slot: request.slot) {
                problems.append(
                    FieldProblem(
                        field: "reviews[\(index)].action",
                        message: LocalizedText(
                            vi:
                                "tài khoản \(account.username) không được '\(request.action.name)' chỉ tiêu \(request.slot.indicator) của \(request.slot.unit)",
                            en:
                                "account \(account.username) may not \(request.action.name) indicator \(request.slot.indicator) of \(request.slot.unit)"
                        )))
            }
        }
        guard problems.isEmpty else { throw AppError.forbiddenFields(problems) }
        return try await services.evaluation.review(requests, by: account.username)
    }
}

extension AppError {
    /// 403 naming each refused item.
    static func forbiddenFields(_ problems: [FieldProblem]) -> AppError {
        .forbidden(
            LocalizedText(
                vi: problems.map(\.message.vi).joined(separator: "; "),
                en: problems.map { $0.message.en ?? $0.message.vi }.joined(separator: "; ")))
    }
}
