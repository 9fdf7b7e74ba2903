import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMStore

/// `ntm registrations`: which xã register to reach the standard in which year, in the store.
public struct RegistrationsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "registrations", abstract: "Registrations of xã for the year they aim to reach the standard: import and list.",
        subcommands: [Import.self, List.self])

    public init() {}

    /// `ntm registrations import FILE`
    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Add registrations from CSV (unit,target_year,registered_on,source), all or nothing: a unit that is not a xã or does not exist stops the whole file."
        )
        @OptionGroup var store: StoreOptions
        @Argument(help: "The registrations CSV.") var file: String
        @Flag(help: "Check the file without storing it.") var dryRun = false
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let file = try DataOptions().read(file)
            let (actor, dryRun) = (store.actor, dryRun)
            return try await store.withStore { store in
                let registrations = try RegistrationsLoader.parse(file, units: try await store.loadUnits())
                if dryRun {
                    return text(
                        vi: "\(file.name): \(registrations.count) đăng ký hợp lệ; chưa lưu (--dry-run)",
                        en: "\(file.name): \(registrations.count) valid registrations; not stored (--dry-run)")
                }
                try await store.addRegistrations(registrations, by: actor)
                return text(
                    vi: "\(file.name): đã lưu \(registrations.count) đăng ký", en: "\(file.name): stored \(registrations.count) registrations")
            }
        }
    }

    /// `ntm registrations list [--within CODE] [--date D]`
    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "The registration in force for each xã on a date (default today), within a province or district.")
        @OptionGroup var store: StoreOptions
        @Option(help: "A province or district code; every xã when omitted.") var within: String?
        @Option(help: "The day (YYYY-MM-DD); default today.") var date: LocalDate?
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let (within, lang) = (within.map { UnitCode($0) }, lang)
            let day = date ?? VietnamTime.today(SystemClock())
            return try await store.withStore { store in
                let units = try await store.loadUnits()
                let book = RegistrationBook(try await store.registrations())
                return Self.table(units: units, book: book, within: within, on: day, language: lang)
            }
        }

        static func table(units: UnitHierarchy, book: RegistrationBook, within: UnitCode?, on day: LocalDate, language: Language) -> String {
            let header = language == .vi ? ["Mã", "Xã", "Năm đăng ký", "Nhóm"] : ["Code", "Commune", "Target year", "Group"]
            var table = TextTable(header: header, rightAligned: [2])
            let codes: [UnitCode] =
                if let within { units.communes(under: within, on: day).map(\.code) } else {
                    units.allCodes.filter { units.unit($0, on: day)?.kind == .commune }
                }
            for code in codes {
                guard let year = book.targetYear(of: code, on: day) else { continue }
                let name = units.unit(code, on: day)?.name ?? ""
                let group = units.communeGroup(of: code, on: day)?.rawValue ?? ""
                table.add([code.rawValue, name, String(year), group])
            }
            return table.render()
        }
    }
}

extension UnitsCommand {
    /// `ntm units groups FILE`: which group (G1–G3) each commune belongs to, from which day, by which decision.
    public struct Groups: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "groups",
            abstract:
                "Import commune groups for 2026–2030 from CSV (unit,group,effective_from,source), all or nothing; a unit and day already assigned is replaced."
        )
        @OptionGroup var store: StoreOptions
        @Argument(help: "The commune-group CSV.") var file: String
        @Flag(help: "Check the file without storing it.") var dryRun = false
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let file = try DataOptions().read(file)
            let (actor, dryRun) = (store.actor, dryRun)
            return try await store.withStore { store in
                let units = try await store.loadUnits()
                let assignments = try UnitsLoader.groups(file, units: units)
                let counts = Dictionary(grouping: assignments, by: \.group).mapValues(\.count)
                let summary = CommuneGroup.allCases.map { "\($0.rawValue): \(counts[$0] ?? 0)" }.joined(separator: ", ")
                if dryRun {
                    return text(vi: "\(file.name): \(summary); chưa lưu (--dry-run)", en: "\(file.name): \(summary); not stored (--dry-run)")
                }
                try await store.replaceUnits(try units.adding(assignments), by: actor, note: "ntm units groups \(file.name)")
                return text(vi: "\(file.name): đã lưu \(summary)", en: "\(file.name): stored \(summary)")
            }
        }
    }
}
