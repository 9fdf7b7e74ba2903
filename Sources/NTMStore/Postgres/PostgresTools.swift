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
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw StoreError.backupFailed("\(tool) could not be started (install PostgreSQL's client tools): \(error.localizedDescription)")
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StoreError.backupFailed("\(tool) exited with \(process.terminationStatus): \(String(decoding: output, as: UTF8.self))")
        }
    }
}
