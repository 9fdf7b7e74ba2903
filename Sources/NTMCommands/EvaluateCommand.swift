import ArgumentParser
import NTMCore
import NTMData
import NTMStore

/// `ntm evaluate`: the briefing summary for a scope on a date, or one unit's full evaluation.
public struct EvaluateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate communes and print the briefing summary (the Trà Vinh demo when no data is given).",
        discussion: """
            Without data options, evaluates the bundled Trà Vinh demo: the xã registered for 2019, as of 30/06/2019.
            Scopes: a unit code (84, 844), unit:CODE, registered:YEAR or registered:YEAR@CODE, all.
            """)

    @OptionGroup var data: DataOptions

    @Option(help: "Evaluate the values in this store (a SQLite file or postgres:// URL) instead of files or the demo.")
    var database: String?

    @Option(help: "With --database: approved (official) or latest (working) values.")
    var basis: ValueBasis = .approved

    @Option(help: "Evaluation date (YYYY-MM-DD or DD/MM/YYYY). Default: 30/06/2019 for the demo, else today is not assumed: required.")
    var date: LocalDate?

    @Option(help: "Which communes: a unit code, registered:YEAR[@CODE] or all. Default for the demo: registered:2019.")
    var scope: String?

    @Option(help: "Explain one commune or district instead of a summary.")
    var unit: String?

    @Option(help: "Band scheme: briefing, central or standard.")
    var bands: String = "briefing"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language: vi or en.")
    var lang: Language = .vi

    public init() {}

    public func run() async throws {
        print(try await output())
    }

    /// The text the command prints; separate from `run` so tests read it.
    public func output() async throws -> String {
        let engine: EvaluationEngine
        var schemes: [BandScheme]
        if let database {
            let basis = basis
            (engine, schemes) = try await StoreLocation(database).withStore(logger: CommandLogging.logger) { store in
                let service = try await EvaluationService(store: store, basis: basis, logger: CommandLogging.logger)
                return (await service.engine, await service.bandSchemes)
            }
        } else {
            engine = try data.engine()
            schemes = try BundledData.bandSchemes()
        }
        let usesDemo = data.usesDemo && database == nil
        guard let date = date ?? (usesDemo ? BundledData.demoBriefingDate : nil) else {
            throw ValidationError("give --date when evaluating your own data")
        }
        if let unit {
            let evaluation = try engine.evaluate(UnitCode(unit), on: date, language: lang)
            return format == .json ? try JSON.encode(evaluation) : UnitEvaluationText.render(evaluation, language: lang)
        }
        let scopeText = scope ?? (usesDemo ? "registered:2019" : nil)
        guard let scopeText else { throw ValidationError("give --scope (a unit code, registered:YEAR or all)") }
        guard let parsedScope = EvaluationScope(parsing: scopeText) else {
            throw ValidationError("'\(scopeText)' is not a scope; write a unit code such as 84, registered:2019, registered:2019@844 or all")
        }
        guard let scheme = schemes.first(where: { $0.id == bands }) else {
            throw ValidationError("unknown band scheme '\(bands)'; known: \(schemes.map(\.id).joined(separator: ", "))")
        }
        let summary = try engine.summary(of: parsedScope, on: date, bands: scheme, language: lang)
        return format == .json ? try JSON.encode(summary) : SummaryText.render(summary, language: lang, synthetic: usesDemo)
    }
}
