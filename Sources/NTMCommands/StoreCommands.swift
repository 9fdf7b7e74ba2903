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
        abstract:
            "Load the bundled criteria sets, band schemes and units into the store: Trà Vinh by default, one province (--province) or the whole country (--all); the demo values with --demo."
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Also load the synthetic Trà Vinh demo values and registrations.")
    var demo = false

    @Option(
        help: "Load this province's units from the national list, with the history before and after the 2025 reform (e.g. 84 Trà Vinh, 86 Vĩnh Long)."
    )
    var province: String?

    @Flag(help: "Load every unit of the country, every period.")
    var all = false

    @Option(help: "Language: vi or en.")
    var lang: Language = .vi

    public init() {}

    public func run() async throws { print(try await output()) }

    public func output() async throws -> String {
        let text = CommandText(language: lang)
        let (units, note) = try units(text)
        let actor = store.actor, demo = demo
        try await store.withStore { store in
            if demo {
                try await StoreSeeder.seedDemo(store, by: actor)
            } else {
                try await StoreSeeder.seedReferenceData(store, by: actor, units: units, note: note)
            }
        }
        // What was loaded, on the last day before the 2025 reform and the first after it.
        func counts(_ day: LocalDate) -> (provinces: Int, communes: Int) {
            let valid = units.allCodes.compactMap { units.unit($0, on: day) }
            return (valid.filter { $0.kind == .province }.count, valid.filter(\.kind.isCommuneLevel).count)
        }
        let before = LocalDate(year: 2025, month: 6, day: 30).map(counts) ?? (0, 0)
        let after = LocalDate(year: 2025, month: 7, day: 1).map(counts) ?? (0, 0)
        let location = "\(try store.location())"
        let vi = "đã nạp bộ tiêu chí và đơn vị hành chính vào \(location): \(before.0) tỉnh, \(before.1) đơn vị cấp xã ngày 30/06/2025; "
        let en = "loaded the criteria and units into \(location): \(before.0) provinces, \(before.1) commune-level units on 2025-06-30; "
        return text(
            vi: vi + "\(after.0) tỉnh, \(after.1) đơn vị cấp xã từ 01/07/2025" + (demo ? "; và số liệu demo" : ""),
            en: en + "\(after.0) provinces, \(after.1) from 2025-07-01" + (demo ? "; and the demo values" : ""))
    }

    /// The units asked for, refusing what cannot go together.
    func units(_ text: CommandText) throws -> (UnitHierarchy, String) {
        if all && province != nil {
            throw text.error(vi: "chọn --all hoặc --province, không cả hai", en: "use --all or --province, not both")
        }
        if demo && (all || (province != nil && province.map { UnitCode($0) } != BundledData.demoProvince)) {
            throw text.error(vi: "số liệu demo chỉ dành cho tỉnh Trà Vinh (84)", en: "the demo values are for Trà Vinh (84) only")
        }
        if all { return (try BundledData.nationalUnits(), "bundled national units (2019 to the 2025 reform and after)") }
        if let province {
            guard let units = try BundledData.units(province: UnitCode(province)) else {
                throw text.error(
                    vi: "không có tỉnh mã '\(province)' trong danh mục quốc gia (vd. 84 Trà Vinh, 86 Vĩnh Long)",
                    en: "no province with code '\(province)' in the national list (e.g. 84 Trà Vinh, 86 Vĩnh Long)")
            }
            return (units, "bundled units of province \(province) with its history through the 2025 reform")
        }
        return (try BundledData.units(), "bundled Trà Vinh units (2019 and the 2025 reorganisation)")
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
