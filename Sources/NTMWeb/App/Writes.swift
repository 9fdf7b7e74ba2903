import Foundation
import NTMCore
import NTMStore

/// Value writes and review steps from pages and the API: checked against the account's scope first,
/// then handed to the evaluation service (which validates, stores and applies them).
struct Writes: Sendable {
    let services: WebServices

    func write(_ changes: [ObservationChange], by account: Account, batch: String? = nil) async throws -> [ObservationRecord] {
        try await check(changes, status: .draft, by: account)
        return try await services.evaluation.write(changes, status: .draft, by: account.username, batch: batch)
    }

    /// An uploaded file's values, stored in `status` all at once (one audit entry for the batch).
    func importValues(_ changes: [ObservationChange], status: ReviewStatus, by account: Account, batch: String) async throws -> Int {
        try await check(changes, status: status, by: account)
        return try await services.evaluation.importValues(changes, status: status, by: account.username, batch: batch)
    }

    /// Refuses the whole write when any change lies outside the account's rights or exceeds a text limit.
    func check(_ changes: [ObservationChange], status: ReviewStatus, by account: Account) async throws {
        let engine = try await services.evaluation.currentEngine()
        let policy = AccessPolicy(engine: engine)
        var problems: [FieldProblem] = [], textProblems: [FieldProblem] = []
        for (index, change) in changes.enumerated() {
            let observation = change.observation
            if let long = ObservationText.problem(source: observation.source, evidence: observation.evidence, comment: change.comment) {
                textProblems.append(
                    FieldProblem(field: "changes[\(index)].\(long.field)", message: ObservationText.message(field: long.field, limit: long.limit)))
            }
            let slot = ObservationSlot(
                unit: observation.unit, criteriaSet: observation.criteriaSet, indicator: observation.indicator, date: observation.date)
            if !policy.canStore(account, status: status, slot: slot) {
                let refusal =
                    policy.canWrite(account, unit: observation.unit, on: observation.date)
                    ? LocalizedText(
                        vi: "tài khoản \(account.username) không được lưu số liệu của đơn vị \(observation.unit) ở trạng thái '\(status.name(.vi))'",
                        en: "account \(account.username) may not store values of unit \(observation.unit) as \(status.name(.en).lowercased())")
                    : LocalizedText(
                        vi: "tài khoản \(account.username) không được nhập số liệu cho đơn vị \(observation.unit)",
                        en: "account \(account.username) may not enter values for unit \(observation.unit)")
                problems.append(FieldProblem(field: "changes[\(index)].unit", message: refusal))
            }
        }
        guard problems.isEmpty else { throw AppError.forbiddenFields(problems) }
        guard textProblems.isEmpty else { throw AppError.invalid(textProblems) }
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
    /// 403 naming each refused item once (a file of 800 rows for one commune gives one sentence, not 800).
    static func forbiddenFields(_ problems: [FieldProblem]) -> AppError {
        func unique(_ texts: [String]) -> String {
            var seen: Set<String> = []
            return texts.filter { seen.insert($0).inserted }.joined(separator: "; ")
        }
        return .forbidden(
            LocalizedText(vi: unique(problems.map(\.message.vi)), en: unique(problems.map { $0.message.en ?? $0.message.vi })))
    }
}
