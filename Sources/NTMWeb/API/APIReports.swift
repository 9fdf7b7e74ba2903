import Foundation
import Hummingbird
import NTMCore
import NTMReports

/// `/api/v1/reports`: the briefing report and the notice of conclusions as files, the same documents the
/// "Báo cáo" page gives, with their Word or PDF content type and a Vietnamese file name (RFC 6266).
struct APIReports: Sendable {
    let services: WebServices

    func register(on api: RouterGroup<SignedInContext>) {
        let page = ReportsPage(services: services)
        api.on(.reportBriefing) { request, _ in try await page.briefing(request) }
        api.on(.reportConclusions) { request, context in try await page.conclusions(context.parameters.get("session") ?? "", request: request) }
    }
}
