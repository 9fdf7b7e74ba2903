import Foundation
import Hummingbird
import NTMCore
import NTMStore
import NTMTasks

/// `/api/v1/briefings`: sessions with their frozen figures and content hash; freezing a new one (the office); one
/// compared with the values now (`?compare=DATE`). No endpoint changes a stored session.
struct APIBriefings: Sendable {
    let services: WebServices

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.briefings) { _, _ in try JSONResponse.make(try await services.store.sessions().map { BriefingJSON($0) }) }
        api.on(.briefing) { request, context in
            let id = context.parameters.get("id") ?? ""
            guard let stored = try await services.store.sessions().first(where: { $0.session.id == id }) else { throw TaskError.unknownSession(id) }
            var json = BriefingJSON(stored)
            let query = Query(request: request)
            // Present but empty (`?compare=`) is a malformed date, refused by `Query.date`, not an absent one.
            if request.uri.queryParameters.get("compare") != nil, let scope = EvaluationScope(parsing: stored.session.snapshot.scope) {
                let date = try query.date("compare", default: stored.session.snapshot.evaluatedOn)
                let now = BriefingSnapshot(try await services.evaluation.summary(of: scope, on: date), basis: services.evaluation.basis.rawValue)
                json.comparison = ComparisonJSON(SnapshotComparison(then: stored.session.snapshot, now: now))
            }
            return try JSONResponse.make(json)
        }
        api.on(.createBriefing) { request, context in
            let input = try await JSONResponse.decode(BriefingInput.self, from: request, context: context)
            guard let scope = EvaluationScope(parsing: input.scope) else {
                throw AppError.invalid([FieldProblem(field: "scope", message: LocalizedText(vi: "phạm vi không hợp lệ", en: "not a valid scope"))])
            }
            let engine = try await services.evaluation.currentEngine()
            try await TaskDesk(store: services.store, engine: engine).holdSession(
                id: input.id, title: input.title, heldOn: input.heldOn, chair: input.chair, participants: input.participants ?? [], scope: scope,
                figuresOn: input.figuresOn, service: services.evaluation, as: context.account)
            guard let stored = try await services.store.sessions().first(where: { $0.session.id == input.id }) else {
                throw TaskError.unknownSession(input.id)
            }
            return try JSONResponse.make(BriefingJSON(stored), status: .created)
        }
    }
}

/// A session as the API returns it: the session with its frozen figures, their hash, and who froze them.
struct BriefingJSON: Encodable, Sendable {
    var session: BriefingSession
    var contentHash: String
    var createdBy: String
    var createdAt: Date
    var comparison: ComparisonJSON?

    init(_ stored: StoredBriefing) {
        session = stored.session
        contentHash = stored.contentHash
        createdBy = stored.createdBy
        createdAt = stored.createdAt
    }
}

/// What changed since the frozen figures: the headline now, and each xã that changed.
struct ComparisonJSON: Encodable, Sendable {
    struct ChangeJSON: Encodable, Sendable {
        var unit: String
        var name: String
        var criteriaMetThen: Int
        var criteriaMetNow: Int
        var bandThen: String
        var bandNow: String
        var newlyMet: [Int]
        var lost: [Int]
    }

    var evaluatedOn: LocalDate
    var headline: String
    var changes: [ChangeJSON]

    init(_ comparison: SnapshotComparison) {
        evaluatedOn = comparison.now.evaluatedOn
        headline = comparison.now.headline
        changes = comparison.changes.map {
            ChangeJSON(
                unit: $0.code, name: $0.name, criteriaMetThen: $0.before.criteriaMet, criteriaMetNow: $0.now.criteriaMet, bandThen: $0.before.band,
                bandNow: $0.now.band, newlyMet: $0.newlyMet, lost: $0.lost)
        }
    }
}

struct BriefingInput: Decodable, Sendable {
    var id: String
    var title: String
    var heldOn: LocalDate
    var chair: String
    var participants: [OrganisationRef]?
    var scope: String
    var figuresOn: LocalDate
}
