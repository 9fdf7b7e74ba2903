import ArgumentParser
import Foundation
import Logging
import NTMCore
import NTMStore

/// Which store a command works on, and who is acting.
public struct StoreOptions: ParsableArguments {
    @Option(help: "The store: a SQLite file (default ntm.sqlite, or NTM_DATABASE_URL) or postgres://user:password@host/database.")
    var database: String?

    @Option(help: "Who is acting, for the history and audit trail (default: cli:$USER).")
    var user: String?

    public init() {}

    var actor: String { user ?? "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "unknown") }

    func location() throws -> StoreLocation { try StoreLocation.resolve(database) }

    func withStore<T: Sendable>(_ body: (any NTMStore) async throws -> T) async throws -> T {
        try await location().withStore(logger: CommandLogging.logger, body)
    }
}

/// The CLI's logger: warnings and worse, on standard error.
enum CommandLogging {
    static let logger: Logger = {
        var logger = Logger(label: "ntm")
        logger.logLevel = .warning
        return logger
    }()
}

extension ReviewStatus: ExpressibleByArgument {}
extension ValueBasis: ExpressibleByArgument {}
