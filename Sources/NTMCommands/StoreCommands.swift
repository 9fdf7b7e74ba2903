import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMStore

/// `ntm migrate`: applies pending schema migrations.
public struct MigrateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    public init() {}

    public func run() async throws {
        let location = try store.location()
        let applied = try await location.withStore(logger: CommandLogging.logger) { try await $0.appliedMigrations() }
        print("\(location): schema at \(applied.last ?? "none") (\(applied.count) migrations applied)")
    }
}

/// `ntm init`: loads the bundled criteria and units into a store, and optionally the demo values.
public struct InitCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Load the bundled criteria sets, band schemes and Trà Vinh units into the store (and the demo values with --demo).")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Also load the synthetic Trà Vinh demo values and registrations.")
    var demo = false

    public init() {}

    public func run() async throws {
        let actor = store.actor, demo = demo
        try await store.withStore { store in
            if demo {
                try await StoreSeeder.seedDemo(store, by: actor)
            } else {
                try await StoreSeeder.seedReferenceData(store, by: actor)
            }
        }
        print("loaded the bundled criteria and units" + (demo ? " and the demo values" : "") + " into \(try store.location())")
    }
}

/// `ntm backup` and `ntm restore`.
public struct BackupCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the store (SQLite online backup, or pg_dump for PostgreSQL).")

    @OptionGroup var store: StoreOptions

    @Option(help: "The backup file to write.")
    var output: String

    public init() {}

    public func run() async throws {
        let output = output
        try await store.withStore { try await $0.backup(to: output) }
        print("backed up \(try store.location()) to \(output)")
    }
}

public struct RestoreCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore a backup into the store (a new SQLite file, or a PostgreSQL database via pg_restore).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The backup file written by `ntm backup`.")
    var backup: String

    @Flag(help: "Replace an existing SQLite file.")
    var force = false

    public init() {}

    public func run() async throws {
        let location = try store.location()
        switch location {
        case .sqlite(let path): try SQLiteStore.restore(from: backup, to: path, replace: force)
        case .postgres(let url): try await PostgresStore.restore(from: backup, to: url)
        }
        print("restored \(backup) into \(location)")
    }
}

/// `ntm audit`: who changed what.
public struct AuditCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "audit", abstract: "List the audit trail, newest first.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only this user.") var actor: String?
    @Option(help: "Only this action (write, import, submit, verify, approve, return, reopen, …).") var action: String?
    @Option(help: "At most this many entries.") var limit = 50

    public init() {}

    public func run() async throws {
        let filter = AuditFilter(actor: actor, action: action, limit: limit)
        let entries = try await store.withStore { try await $0.audit(filter) }
        for entry in entries {
            print(
                "\(entry.at.formatted(Date.ISO8601FormatStyle(timeZone: .current)))  \(entry.actor)  \(entry.action)  \(entry.entity)  \(entry.key ?? "")"
            )
        }
    }
}
