import Foundation
import Logging
import NTMCore

/// Where the store lives: an SQLite file (the default) or a PostgreSQL database.
public enum StoreLocation: Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// The embedded default when neither `--database` nor `NTM_DATABASE_URL` says otherwise.
    public static let defaultPath = "ntm.sqlite"

    /// Parses `postgres://…`, `sqlite:PATH` or a plain file path.
    public init(_ text: String) throws {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresURL(text))
        } else if text.hasPrefix("sqlite:") {
            self = .sqlite(path: String(text.dropFirst("sqlite:".count)))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// `--database` if given, else `NTM_DATABASE_URL`, else `ntm.sqlite` in the working directory.
    public static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreLocation {
        try StoreLocation(option ?? environment["NTM_DATABASE_URL"] ?? defaultPath)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let url): url.display
        }
    }

    /// Opens the store, runs its client if it has one, applies pending migrations, and hands it to `body`.
    public func withStore<T: Sendable>(
        logger: Logger, clock: any WallClock = SystemClock(), _ body: (any NTMStore) async throws -> T
    ) async throws -> T {
        switch self {
        case .sqlite(let path):
            let store = try SQLiteStore(path: path, clock: clock)
            try await store.migrate()
            try await AccountUpgrade.run(store, logger: logger)
            return try await body(store)
        case .postgres(let url):
            let store = PostgresStore(url: url, logger: logger, clock: clock)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await store.client.run() }
                defer { group.cancelAll() }
                try await store.migrate()
                try await AccountUpgrade.run(store, logger: logger)
                return try await body(store)
            }
        }
    }
}
