import Foundation
import Logging
import NTMCore
import NTMStore

/// What handlers share: the live evaluation, the store, page rendering, sessions and caches.
public struct WebServices: Sendable {
    public let evaluation: EvaluationService
    public let store: any NTMStore
    public let configuration: WebConfiguration
    let pages: PageRenderer
    let sessions: SessionCache
    let cache: ResponseCache

    public init(evaluation: EvaluationService, configuration: WebConfiguration) throws {
        self.evaluation = evaluation
        store = evaluation.store
        self.configuration = configuration
        pages = try PageRenderer()
        sessions = SessionCache()
        cache = ResponseCache()
    }

    /// The version cached pages are keyed on, after taking in other servers' writes when due: a cached page
    /// is never older than the catch-up interval.
    func currentVersion() async throws -> Int {
        try await evaluation.catchUpIfDue()
        return evaluation.version.current
    }
}
