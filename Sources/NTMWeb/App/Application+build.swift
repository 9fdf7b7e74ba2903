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
    router.get(RouterPath(Paths.health)) { _, _ in "ok" }
    StaticAssets().register(on: router)
    LoginPages(services: services).register(on: router)
    OverviewPages(services: services).register(on: router)
    MatrixPage(services: services).register(on: router)
    UnitPages(services: services).register(on: router)
    EntryPages(services: services).register(on: router)
    ReviewPages(services: services).register(on: router)
    CriteriaPages(services: services).register(on: router)
    AuditPages(services: services).register(on: router)
    APIRoutes(services: services).register(on: router)
    return router
}

extension AppRequestContext {
    /// The signed-in account, or 401.
    func account() throws -> Account {
        guard let identity else { throw AppError.unauthenticated }
        return identity.account
    }
}
