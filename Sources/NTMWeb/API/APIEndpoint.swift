import HTTPTypes
import Hummingbird

/// Every API route, one case each: routes are registered from here and requests with an unsupported
/// method are answered 405 with the allowed ones, as HTTP asks.
enum APIEndpoint: CaseIterable, Sendable {
    case openAPI
    case signIn, currentSession, signOut, changePassword
    case units, unit
    case criteriaSets, criteriaSet, criteriaSetMissing
    case observations, writeObservations, history
    case reviews
    case evaluation, preview
    case summary
    case users, createUser, updateUser
    case audit
    case targets, target, saveTarget
    case criteriaDocuments, loadCriteriaDocument, criteriaDocumentVersions, criteriaDocumentChanges
    case registrations, addRegistrations, communeGroups, addCommuneGroups
    case directives, directive, createDirective, tasks, task, reportTask, completeTask, extendTask
    case briefings, briefing, createBriefing
    case funds, saveFunds
    case reportBriefing, reportConclusions

    var method: HTTPRequest.Method {
        switch self {
        case .signIn, .changePassword, .writeObservations, .reviews, .preview, .createUser, .saveTarget, .loadCriteriaDocument,
            .addRegistrations, .addCommuneGroups, .createDirective, .reportTask, .completeTask, .extendTask, .createBriefing, .saveFunds:
            .post
        case .signOut: .delete
        case .updateUser: .patch
        default: .get
        }
    }

    /// The path under `/api/v1`, with `:name` for parameters.
    var path: String {
        switch self {
        case .openAPI: "openapi.yaml"
        case .signIn, .currentSession, .signOut: "session"
        case .changePassword: "session/password"
        case .units: "units"
        case .unit: "units/:code"
        case .criteriaSets: "criteria-sets"
        case .criteriaSet: "criteria-sets/:id"
        case .criteriaSetMissing: "criteria-sets/:id/missing"
        case .observations, .writeObservations: "observations"
        case .history: "observations/history"
        case .reviews: "reviews"
        case .evaluation: "evaluations/:unit"
        case .preview: "evaluations/preview"
        case .summary: "summary"
        case .users, .createUser: "users"
        case .updateUser: "users/:username"
        case .audit: "audit"
        case .targets, .saveTarget: "targets"
        case .target: "targets/:id"
        case .criteriaDocuments, .loadCriteriaDocument: "criteria-documents"
        case .criteriaDocumentVersions: "criteria-documents/:name/versions"
        case .criteriaDocumentChanges: "criteria-documents/:name/changes"
        case .registrations, .addRegistrations: "registrations"
        case .communeGroups, .addCommuneGroups: "commune-groups"
        case .directives, .createDirective: "directives"
        case .directive: "directives/:id"
        case .tasks: "tasks"
        case .task: "tasks/:id"
        case .reportTask: "tasks/:id/reports"
        case .completeTask: "tasks/:id/completion"
        case .extendTask: "tasks/:id/extensions"
        case .briefings, .createBriefing: "briefings"
        case .briefing: "briefings/:id"
        case .funds, .saveFunds: "funds"
        case .reportBriefing: "reports/briefing"
        case .reportConclusions: "reports/conclusions/:session"
        }
    }

    /// The methods some route accepts at `path` (a full request path), or nil when no route has that shape.
    static func methods(forRequestPath path: String) -> [HTTPRequest.Method]? {
        let prefix = Paths.api + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let segments = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        let matching = allCases.filter { endpoint in
            let template = endpoint.path.split(separator: "/")
            return template.count == segments.count && zip(template, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }
        // A literal path (evaluations/preview) shadows a parameter one (evaluations/:unit), as in the router.
        let literal = matching.filter { !$0.path.contains(":") }
        let methods = (literal.isEmpty ? matching : literal).map(\.method)
        return methods.isEmpty ? nil : methods
    }
}

extension RouterGroup {
    /// Registers `handler` for the endpoint's method and path.
    @discardableResult
    func on(_ endpoint: APIEndpoint, use handler: @escaping @Sendable (Request, Context) async throws -> Response) -> Self {
        on(RouterPath(endpoint.path), method: endpoint.method, use: handler)
    }
}
