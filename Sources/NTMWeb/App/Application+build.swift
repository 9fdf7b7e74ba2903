import Foundation
import Hummingbird
import Logging
import NIOCore
import NTMCore
import NTMStore

/// Builds the application: the same function serves `ntm serve` and the tests.
/// `onListening` receives the port actually bound, which differs from the configured one when that is 0.
public func buildApplication(
    services: WebServices, logger: Logger, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let limits = services.configuration.connections
    let counter = ConnectionCounter()
    let idle = TimeAmount.seconds(limits.idleTimeout.components.seconds)
    let application = Application(
        router: buildRouter(services: services),
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [ConnectionGuardHandler(limits: limits, counter: counter)], idleTimeout: idle)),
        configuration: .init(address: .hostname(services.configuration.host, port: services.configuration.port), serverName: "NTM Monitor"),
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? services.configuration.port) },
        logger: logger)
    return application
}

/// All routes and middleware.
public func buildRouter(services: WebServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ClientOriginMiddleware(configuration: services.configuration))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    // Twice: the outer one answers when the session cannot even be read (the store is down); the inner one sees
    // the reader's language and account, so error pages are in their language and keep their menu.
    router.add(middleware: ErrorMiddleware(pages: services.pages))
    router.add(
        middleware: SessionMiddleware(store: services.store, cache: services.sessions, configuration: services.configuration, clock: services.clock))
    router.add(middleware: ErrorMiddleware(pages: services.pages))
    router.add(middleware: MethodCheckMiddleware())
    router.add(middleware: CSRFMiddleware())
    // Open to anyone: health, assets, signing in and out, the API's description.
    router.get(RouterPath(Paths.health)) { _, _ in "ok" }
    StaticAssets().register(on: router)
    LoginPages(services: services).register(on: router)
    // Everything else needs a session: the group's context carries the account, so no handler can forget to check.
    let signedIn = router.group(context: SignedInContext.self)
    OverviewPages(services: services).register(on: signedIn)
    BriefingPage(services: services).register(on: signedIn)
    MatrixPage(services: services).register(on: signedIn)
    UnitPages(services: services).register(on: signedIn)
    EntryPages(services: services).register(on: signedIn)
    ReviewPages(services: services).register(on: signedIn)
    CriteriaPages(services: services).register(on: signedIn)
    CriteriaDocumentPages(services: services).register(on: signedIn)
    ThresholdEditorPage(services: services).register(on: signedIn)
    RegistrationsPage(services: services).register(on: signedIn)
    AuditPages(services: services).register(on: signedIn)
    AccountPages(services: services).register(on: signedIn)
    TemplatePages(services: services).register(on: signedIn)
    ImportPages(services: services).register(on: signedIn)
    TodoPage(services: services).register(on: signedIn)
    SearchPage(services: services).register(on: signedIn)
    UsersPage(services: services).register(on: signedIn)
    TargetsPage(services: services).register(on: signedIn)
    TargetFormPage(services: services).register(on: signedIn)
    TasksPages(services: services).register(on: signedIn)
    DirectivesPages(services: services).register(on: signedIn)
    DepartmentPage(services: services).register(on: signedIn)
    FundsPage(services: services).register(on: signedIn)
    ReportsPage(services: services).register(on: signedIn)
    SessionsPages(services: services).register(on: signedIn)
    OrganisationsPage(services: services).register(on: signedIn)
    APIRoutes(services: services).register(public: router.group(RouterPath(Paths.api)), signedIn: signedIn.group(RouterPath(Paths.api)))
    return router
}
