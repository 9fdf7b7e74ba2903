import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMExchange
import NTMFunds
import NTMStore
import NTMTasks

/// `ntm template`: the data-entry workbook for a commune or a district at a date.
public struct TemplateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an .xlsx data-entry template for one commune, or all communes of a district, at a date.")

    @OptionGroup var store: StoreOptions
    @Option(help: "A commune code, or a district code for all its communes.") var unit: String
    @Option(help: "The date the values are for (YYYY-MM-DD or DD/MM/YYYY).") var date: LocalDate
    @Option(help: "The .xlsx file to write.") var output: String
    @Option(help: "Language: vi or en.") var lang: Language = .vi

    public init() {}

    public func run() async throws {
        let unit = UnitCode(unit), date = date, lang = lang
        let workbook = try await store.withStore { store -> XLSXWorkbook in
            let engine = try await EvaluationService.referenceEngine(store: store)
            do {
                return try await TemplateWriter.workbook(
                    for: unit, on: date, engine: engine, store: store, language: lang, generatedAt: SystemClock().now())
            } catch let problem as TemplateWriter.Problem {
                throw ValidationError(problem.text(lang))
            }
        }
        try XLSXWriter.write(workbook).write(to: URL(fileURLWithPath: output))
        let lines = workbook.sheets.first.map { $0.rows.count - TemplateWriter.headingRows } ?? 0
        print(lang == .vi ? "đã ghi \(output): \(lines) dòng cần nhập" : "wrote \(output): \(lines) rows to fill in")
    }
}

/// `ntm import`: filled templates (.xlsx) or observation files (.csv), all or nothing.
public struct ImportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a filled template (.xlsx) or an observations file (.csv). Nothing is written unless every row is valid.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The .xlsx or .csv file.") var file: String
    @Option(help: "Review status of the imported values: draft, submitted or approved (the office's bulk loads).") var status: ReviewStatus =
        .approved
    @Flag(help: "Check the file and report, without writing.") var dryRun = false
    @Option(help: "Language of the messages: vi or en.") var lang: Language = .vi

    public init() {}

    public func run() async throws {
        print(try await output())
    }

    public func output() async throws -> String {
        let path = file, status = status, dryRun = dryRun, actor = store.actor, lang = lang
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ValidationError("cannot read \(path): \(error.localizedDescription)")
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        return try await store.withStore { store -> String in
            let engine = try await EvaluationService.referenceEngine(store: store)
            let batch = "import-\(UUID().uuidString.prefix(8).lowercased())"
            do {
                let format = try FileImport.format(of: data, fileName: name)
                if format == .csv && !dryRun {
                    let (count, converted) = try await CSVImporter.importFile(
                        data, file: name, engine: engine, store: store, status: status,
                        by: actor, batch: batch)
                    return Self.report(name, count: count, status: status, batch: batch, converted: converted)
                }
                let plan = try FileImport.plan(data, fileName: name, engine: engine)
                if dryRun {
                    return "\(name): \(plan.changes.count) values are valid" + Self.converted(plan.convertedCells) + " (dry run: nothing written)"
                }
                let count = try await store.importValues(plan.changes, status: status, by: actor, batch: batch)
                return Self.report(name, count: count, status: status, batch: batch, converted: plan.convertedCells)
            } catch let problems as ImportProblems {
                throw ImportFailure(message: problems.text(lang))
            }
        }
    }

    static func report(_ name: String, count: Int, status: ReviewStatus, batch: String, converted: Int) -> String {
        "\(name): imported \(count) values as \(status.rawValue) (batch \(batch))" + Self.converted(converted)
    }

    static func converted(_ cells: Int) -> String {
        cells > 0 ? "; \(cells) cells converted from TCVN3/VNI to Unicode" : ""
    }
}

/// `ntm export`: results and values as .xlsx or CSV.
public struct ExportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export evaluation results and the values behind them as .xlsx, or as CSV files into a directory.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Which communes: a unit code, registered:YEAR[@CODE] or all.") var scope: String
    @Option(help: "Evaluation date.") var date: LocalDate
    @Option(
        help:
            "An .xlsx file, or a directory for CSV files (results.csv, criteria.csv, observations.csv; targets.csv, tasks.csv and funds.csv when the scope has goals, tasks or funding)."
    )
    var output: String
    @Option(help: "xlsx or csv (default: from the output name).") var format: String?
    @Option(help: "Band scheme.") var bands = "briefing"
    @Option(help: "Values to use: approved (official) or latest (working).") var basis: ValueBasis = .approved
    @Option(help: "Language: vi or en.") var lang: Language = .vi

    public init() {}

    public func run() async throws {
        guard let parsedScope = EvaluationScope(parsing: scope) else { throw ValidationError("'\(scope)' is not a scope") }
        let date = date, bands = bands, basis = basis, lang = lang
        let (data, targets, tasks, funds) = try await store.withStore { store -> (ExportData, ExportTable, ExportTable, ExportTable) in
            let service = try await EvaluationService(store: store, basis: basis, logger: CommandLogging.logger)
            let engine = await service.engine
            // The goals set for the exported scope, with their status and forecast on the same date.
            let stored = try await store.targets(within: parsedScope, units: engine.units, on: date)
            let data = try ExportData.collect(
                engine: engine, scope: parsedScope, on: date, bands: try await service.bandScheme(bands, on: date), language: lang)
            return (
                data,
                TargetsExporter.table(stored, on: date, engine: engine, language: lang),
                TasksExporter.table(
                    TasksExporter.tasks(try await store.tasks(), within: parsedScope, on: date, units: engine.units), on: date,
                    directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog), language: lang),
                FundsExporter.table(
                    try await FundLedger(store: store).book(),
                    within: Self.fundUnits(parsedScope, communes: data.evaluations.map(\.unit), on: date, units: engine.units), on: date,
                    language: lang)
            )
        }
        let asCSV = (format ?? (output.lowercased().hasSuffix(".xlsx") ? "xlsx" : "csv")) == "csv"
        if asCSV {
            let directory = URL(fileURLWithPath: output, isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try ResultsExporter.resultsCSV(data, language: lang).write(
                to: directory.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
            try ResultsExporter.criteriaCSV(data, language: lang).write(
                to: directory.appendingPathComponent("criteria.csv"), atomically: true, encoding: .utf8)
            try ResultsExporter.observationsCSV(data).write(
                to: directory.appendingPathComponent("observations.csv"), atomically: true, encoding: .utf8)
            if !targets.rows.isEmpty {
                try ResultsExporter.csv(targets).write(to: directory.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
            }
            if !tasks.rows.isEmpty {
                try ResultsExporter.csv(tasks).write(to: directory.appendingPathComponent("tasks.csv"), atomically: true, encoding: .utf8)
            }
            if !funds.rows.isEmpty {
                try ResultsExporter.csv(funds).write(to: directory.appendingPathComponent("funds.csv"), atomically: true, encoding: .utf8)
            }
            let extra = [targets.rows.isEmpty ? nil : "targets.csv", tasks.rows.isEmpty ? nil : "tasks.csv", funds.rows.isEmpty ? nil : "funds.csv"]
                .compactMap { $0 }
            print("wrote results.csv, criteria.csv, observations.csv\(extra.isEmpty ? "" : " and " + extra.joined(separator: ", ")) to \(output)")
        } else {
            var workbook = ResultsExporter.workbook(data, language: lang)
            // The goals set for the scope, when there are any: an empty sheet would read as "no goals were set".
            if !targets.rows.isEmpty { workbook.sheets.append(TableExport.sheet(targets, language: lang)) }
            if !tasks.rows.isEmpty { workbook.sheets.append(TableExport.sheet(tasks, language: lang)) }
            if !funds.rows.isEmpty { workbook.sheets.append(TableExport.sheet(funds, language: lang)) }
            try XLSXWriter.write(workbook).write(to: URL(fileURLWithPath: output))
            print("wrote \(output): \(data.evaluations.count) communes, \(data.observations.count) values")
        }
    }
}

extension ExportCommand {
    /// The units whose funding an export of `scope` carries: its communes, and for a unit scope the unit itself and
    /// every unit under it (a district's or province's own lines).
    static func fundUnits(_ scope: EvaluationScope, communes: [UnitCode], on date: LocalDate, units: UnitHierarchy) -> Set<UnitCode> {
        guard case .unit(let code) = scope else { return Set(communes) }
        return Set(communes + [code] + units.descendants(of: code, on: date).map(\.code))
    }
}

/// An import refused with its problems, printed in the chosen language.
public struct ImportFailure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
