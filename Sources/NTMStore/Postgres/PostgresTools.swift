import Foundation

/// Runs PostgreSQL's command-line tools (pg_dump, pg_restore) against a store's server.
public enum PostgresTools {
    public static func run(_ tool: String, arguments: [String], url: PostgresURL) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool, "--host", url.host, "--port", String(url.port), "--username", url.user] + arguments
        var environment = ProcessInfo.processInfo.environment
        if let password = url.password { environment["PGPASSWORD"] = password }
        environment["PGSSLMODE"] = url.sslMode
        process.environment = environment
        // Errors go to a file, not a pipe: a tool writing more than a pipe holds would block before exiting.
        let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent("ntm-\(tool)-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: errorsPath.path, contents: nil) else {
            throw StoreError.backupFailed("cannot create \(errorsPath.path) for \(tool)'s messages")
        }
        defer { try? FileManager.default.removeItem(at: errorsPath) }
        let errors = try FileHandle(forWritingTo: errorsPath)
        defer { try? errors.close() }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        // Wait for the exit without blocking a cooperative thread.
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(
                    throwing: StoreError.backupFailed(
                        "\(tool) could not be started (install PostgreSQL's client tools): \(error.localizedDescription)"))
            }
        }
        let output = (try? Data(contentsOf: errorsPath)) ?? Data()
        guard status == 0 else {
            throw StoreError.backupFailed("\(tool) exited with \(status): \(String(decoding: output, as: UTF8.self))")
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
