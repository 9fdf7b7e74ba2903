import Foundation
import NTMProcess

/// Runs PostgreSQL's command-line tools (pg_dump, pg_restore) against a store's server.
public enum PostgresTools {
    public static func run(_ tool: String, arguments: [String], url: PostgresURL) async throws {
        var environment: [String: String] = ["PGSSLMODE": url.sslMode]
        if let password = url.password { environment["PGPASSWORD"] = password }
        let result: ChildProcess.Result
        do {
            result = try await ChildProcess.run(
                tool, ["--host", url.host, "--port", String(url.port), "--username", url.user] + arguments, environment: environment)
        } catch {
            throw StoreError.backupFailed("\(tool) could not be started (install PostgreSQL's client tools): \(error.reason)")
        }
        guard result.status == 0 else {
            throw StoreError.backupFailed("\(tool) exited with \(result.status): \(result.errorsText)")
        }
    }
}

extension PostgresStore {
    /// Restores a `pg_dump --format=custom` file into the database of `url` (replacing its objects).
    public static func restore(from backup: String, to url: PostgresURL) async throws {
        try await PostgresTools.run(
            "pg_restore", arguments: ["--clean", "--if-exists", "--no-owner", "--dbname", url.database, backup],
            url: url)
    }
}
