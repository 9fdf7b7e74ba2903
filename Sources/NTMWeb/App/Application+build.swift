import Foundation
import Hummingbird
import Logging
import NTMCore
import NTMStore

/// Builds the application: the same function serves `ntm serve` and the tests.
public func buildApplication(services: WebServices, logger: Logger) -> some ApplicationProtocol {
    let application = Application(
        router: buildRouter(services: services),
        configuration: .init(address: .hostname(services.configuration.host, port: services.configuration.port), serverName: "NTM Monitor"),
        logger: logger)
    return application
}

/// All routes and middleware.
public func buildRouter(services: WebServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: ErrorMiddleware(pages: services.pages))
    router.add(middleware: MethodCheckMiddleware())
    router.add(
        middleware: SessionMiddleware(store: services.store, cache: services.sessions, configuration: services.configuration, clock: services.clock))
    router.add(middleware: CSRFMiddleware())
    // Open to anyone: health, assets, signing in and out, the API's description.
    router.get(RouterPath(Paths.health)) { _, _ in "ok" }
    StaticAssets().register(on: router)
    LoginPages(services: services).register(on: router)
    // Everything else needs a session: the group's context carries the account, so no handler can forget to check.
    let signedIn = router.group(context: SignedInContext.self)
    OverviewPages(services: services).register(on: signedIn)
    MatrixPage(services: services).register(on: signedIn)
    UnitPages(services: services).register(on: signedIn)
    EntryPages(services: services).register(on: signedIn)
    ReviewPages(services: services).register(on: signedIn)
    CriteriaPages(services: services).register(on: signedIn)
    AuditPages(services: services).register(on: signedIn)
    APIRoutes(services: services).register(public: router.group(RouterPath(Paths.api)), signedIn: signedIn.group(RouterPath(Paths.api)))
    return router
}
