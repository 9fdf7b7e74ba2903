import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMExchange
import NTMStore

/// `ntm units import FILE`: a province's changed boundaries into the store, shown as a diff first.
public struct UnitsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "units", abstract: "Administrative units: import a changed list (the statistics office's or the project's CSV).",
        subcommands: [Import.self, Groups.self])

    public init() {}

    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import units all or nothing: the statistics office's list (as of --date: codes it names are added or changed from that day, units of its provinces it leaves out end the day before) or the project's CSV (code,name,kind,parent,valid_from,valid_until,region: each code it names gets exactly its versions)."
        )
        @OptionGroup var store: StoreOptions
        @Argument(help: "The units file: CSV, or the statistics office's list saved as .xlsx.") var file: String
        @Option(help: "The day the statistics office's list describes (required for that format).") var date: LocalDate?
        @Option(help: "A lineage file (date,kind,from,to,source) saying which old units the new ones came from.") var lineage: String?
        @Flag(help: "Show the changes without applying them.") var dryRun = false
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let data = DataOptions()
            // A spreadsheet (the statistics office's download saved as .xlsx) is read as the CSV it holds.
            let units =
                file.lowercased().hasSuffix(".xlsx")
                ? DataFile(
                    name: file,
                    text: try SheetText.csv(
                        Data(contentsOf: URL(fileURLWithPath: file)), name: file, widths: ["Mã TP": 2, "Mã QH": 3, "Mã PX": 5]))
                : try data.read(file)
            let events = try lineage.map { try UnitsLoader.lineage(data.read($0)) } ?? []
            let (date, dryRun, actor, file, lang) = (date, dryRun, store.actor, file, lang)
            return try await store.withStore { store in
                let current = try await store.loadUnits()
                let plan: UnitImportPlan
                do {
                    if GSOUnitListLoader.recognises(units.text) {
                        guard let date else {
                            throw text.error(
                                vi: "danh sách của cơ quan thống kê cần --date (ngày danh sách mô tả)",
                                en: "the statistics office's list needs --date (the day it describes)")
                        }
                        plan = try UnitImportPlan.snapshot(GSOUnitListLoader.load(units), on: date, current: current, lineage: events)
                    } else {
                        plan = try UnitImportPlan.versions(UnitsLoader.versions(units).map(\.0), current: current, lineage: events)
                    }
                } catch let problem as UnitImportProblem {
                    let place = problem.line.map { "\(file):\($0): " } ?? "\(file): "
                    throw text.error(vi: place + problem.message.vi, en: place + problem.message.text(.en))
                }
                var lines = plan.changes.map { $0.text(lang) }
                let summary = Dictionary(grouping: plan.changes, by: \.kind).mapValues(\.count)
                let counts = text(
                    vi: "\(summary[.added] ?? 0) thêm, \(summary[.changed] ?? 0) đổi, \(summary[.ended] ?? 0) hết hiệu lực",
                    en: "\(summary[.added] ?? 0) added, \(summary[.changed] ?? 0) changed, \(summary[.ended] ?? 0) ended")
                if dryRun {
                    lines.append(text(vi: "Chưa áp dụng (--dry-run): ", en: "Not applied (--dry-run): ") + counts)
                } else if plan.changes.isEmpty && events.isEmpty {
                    lines.append(text(vi: "Không có thay đổi.", en: "No changes."))
                } else {
                    try await store.replaceUnits(plan.result, by: actor, note: "ntm units import \(file)")
                    lines.append(text(vi: "Đã áp dụng: ", en: "Applied: ") + counts)
                }
                return lines.joined(separator: "\n")
            }
        }
    }
}
