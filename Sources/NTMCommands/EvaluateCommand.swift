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

    @Option(help: "Band scheme: briefing, central or standard (default: the briefing scheme of the criteria set in force).")
    var bands: String?

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
        let text = CommandText(language: lang)
        let engine: EvaluationEngine
        var schemes: BandSchemeCatalog
        if let database {
            let basis = basis
            (engine, schemes) = try await StoreLocation(database).withStore(logger: CommandLogging.logger) { store in
                let service = try await EvaluationService(store: store, basis: basis, logger: CommandLogging.logger)
                return (await service.engine, await service.bandSchemes)
            }
        } else {
            engine = try data.engine()
            schemes = BandSchemeCatalog(try BundledData.bandSchemes())
        }
        let usesDemo = data.usesDemo && database == nil
        guard let date = date ?? (usesDemo ? BundledData.demoBriefingDate : nil) else {
            throw text.error(
                vi: "cần --date khi đánh giá dữ liệu của bạn (YYYY-MM-DD hoặc DD/MM/YYYY)", en: "give --date when evaluating your own data")
        }
        if let unit {
            let evaluation = try engine.evaluate(UnitCode(unit), on: date, language: lang)
            return format == .json ? try JSON.encode(evaluation) : UnitEvaluationText.render(evaluation, language: lang)
        }
        let scopeText = scope ?? (usesDemo ? "registered:2019" : nil)
        guard let scopeText else {
            throw text.error(vi: "cần --scope (mã đơn vị, registered:NĂM hoặc all)", en: "give --scope (a unit code, registered:YEAR or all)")
        }
        guard let parsedScope = EvaluationScope(parsing: scopeText) else {
            throw text.error(
                vi: "'\(scopeText)' không phải phạm vi; ghi mã đơn vị như 84, registered:2019, registered:2019@844 hoặc all",
                en: "'\(scopeText)' is not a scope; write a unit code such as 84, registered:2019, registered:2019@844 or all")
        }
        // A ward or township has no xã under it: say so rather than print "00/00 xã".
        for code in parsedScope.units {
            guard let unit = engine.units.unit(code, on: date) else {
                throw text.error(vi: "không có đơn vị mã \(code) vào ngày \(date.vietnamese)", en: "no unit has code \(code) on \(date.iso)")
            }
            if engine.units.communes(under: code, on: date).isEmpty {
                throw text.error(
                    vi:
                        "\(unit.name) (\(code)) là \(unit.kind.name(.vi)), không có xã nào để đánh giá NTM vào ngày \(date.vietnamese); chọn xã, huyện hoặc tỉnh",
                    en:
                        "\(unit.name) (\(code)) is a \(unit.kind.name(.en)) with no communes to assess on \(date.iso); choose a commune, district or province"
                )
            }
        }
        let set: CriteriaSet
        do { set = try engine.catalog.setInForce(level: .commune, on: date, for: .commune) } catch {
            throw text.error(vi: "không có bộ tiêu chí xã nào có hiệu lực ngày \(date.vietnamese)", en: error.description)
        }
        if let bands, schemes.scheme(bands, for: set) == nil {
            let fitting = schemes.choices(for: set).map(\.id).joined(separator: ", ")
            throw text.error(
                vi: "cách nhóm '\(bands)' không dùng được cho \(set.title.vi); chọn: \(fitting)",
                en: "band scheme '\(bands)' does not fit \(set.title.text(.en)); choose: \(fitting)")
        }
        let scheme = schemes.resolve(bands, for: set)
        let summary = try engine.summary(of: parsedScope, on: date, bands: scheme, language: lang)
        return format == .json ? try JSON.encode(summary) : SummaryText.render(summary, language: lang, synthetic: usesDemo)
    }
}
