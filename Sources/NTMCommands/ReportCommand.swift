import ArgumentParser
import Foundation
import NTMCore
import NTMReports
import NTMStore

/// `ntm report`: the Coordination Office's documents as Word (or PDF through LibreOffice) files.
public struct ReportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The briefing report and the notice of conclusions as .docx (or .pdf with LibreOffice).",
        subcommands: [Briefing.self, Conclusions.self])

    public init() {}

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case docx, pdf
    }

    /// `ntm report briefing`: the report for a scope at a cut-off day.
    public struct Briefing: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "briefing", abstract: "The briefing report (báo cáo kết quả rà soát, đánh giá) of a scope at a cut-off day.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Scope: a unit code, registered:YEAR[@CODE] or all.") var scope: String?
        @Option(help: "Instead of a scope and day: a briefing session, whose frozen figures the report prints as shown.")
        var session: String?
        @Option(help: "The cut-off day (YYYY-MM-DD or DD/MM/YYYY). Default: today in Vietnam.") var date: LocalDate?
        @Option(help: "Which values count: approved (the official figures) or latest.") var basis: ValueBasis = .approved
        @Option(help: "Band scheme id. Default: the criteria set's.") var bands: String?
        @Option(help: "Parts, comma-separated: \(ReportSection.allCases.map(\.rawValue).joined(separator: ",")). Default: all.")
        var sections: String = ""
        @Option(help: "The register number, when the clerk has given one.") var number: String?
        @Option(help: "The signer's name.") var signer: String?
        @Option(help: "The date in the date line. Default: the cut-off day.") var issued: LocalDate?
        @Option(help: "Alert level for funds in per cent: units disbursing less of their plan are listed.") var fundsAlert: Int = 50
        @Option(help: "docx or pdf (pdf needs LibreOffice).") var format: Format = .docx
        @Option(help: "Where to write the file. Default: its own name in the current directory.") var output: String?
        @Option(help: "Language of messages: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            if let session {
                let frozen = try await ReportCommand.withDesk(store) { try await $0.frozenBriefing(session: session) }
                let path = try await ReportCommand.write(try frozen.data(), name: frozen.fileName, format: format, output: output)
                return text(vi: "đã ghi \(path): ", en: "wrote \(path): ") + frozen.session.snapshot.headline
            }
            guard let given = self.scope else {
                throw text.error(vi: "cần --scope (và --date) hoặc --session", en: "give --scope (and --date) or --session")
            }
            guard let scope = EvaluationScope(parsing: given) else {
                throw text.error(vi: "phạm vi '\(given)' không hợp lệ", en: "scope '\(given)' is not valid")
            }
            let sections = try ReportSection.parse(self.sections)
            let request = ReportDesk.BriefingRequest(
                scope: scope, date: date ?? VietnamTime.today(SystemClock()), bands: bands, sections: sections, number: number, signer: signer,
                issuedOn: issued)
            let (basis, alert) = (basis, FixedDecimal(fundsAlert))
            let report = try await ReportCommand.withDesk(store, basis: basis, fundsAlert: alert) { try await $0.briefing(request) }
            let path = try await ReportCommand.write(try report.data(), name: report.fileName, format: format, output: output)
            return text(vi: "đã ghi \(path): ", en: "wrote \(path): ") + BriefingText.headline(report.summary, language: lang)
        }
    }

    /// `ntm report conclusions`: the notice of a briefing session's conclusions.
    public struct Conclusions: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "conclusions", abstract: "The notice of a briefing session's conclusions (thông báo kết luận), from its directive.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The briefing session's id (ntm briefing list).") var session: String
        @Option(help: "docx or pdf (pdf needs LibreOffice).") var format: Format = .docx
        @Option(help: "Where to write the file. Default: its own name in the current directory.") var output: String?
        @Option(help: "Language of messages: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let session = session
            let notice = try await ReportCommand.withDesk(store) { try await $0.conclusions(session: session) }
            let path = try await ReportCommand.write(try notice.data(), name: notice.fileName, format: format, output: output)
            return text(vi: "đã ghi \(path): ", en: "wrote \(path): ") + notice.subject.joined(separator: " ")
        }
    }

    /// Runs `body` with the report desk of the command's store, values on `basis`.
    static func withDesk<T: Sendable>(
        _ options: StoreOptions, basis: ValueBasis = .approved, fundsAlert: FixedDecimal = FixedDecimal(50),
        _ body: @Sendable (ReportDesk) async throws -> T
    ) async throws -> T {
        try await options.withStore { store in
            let service = try await EvaluationService(store: store, basis: basis, logger: CommandLogging.logger)
            return try await body(ReportDesk(store: store, service: service, ledger: FundLedger(store: store), fundsAlert: fundsAlert))
        }
    }

    /// Writes the document (converted first when PDF is asked for) atomically, so a failed run leaves no half file.
    static func write(_ docx: Data, name: String, format: Format, output: String?) async throws -> String {
        var data = docx, fileName = name
        if format == .pdf {
            guard let converter = PDFConverter.installed() else { throw ReportError.pdfUnavailable }
            data = try await converter.pdf(from: docx)
            fileName = String(name.dropLast(".docx".count)) + ".pdf"
        }
        let path = output ?? fileName
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }
}
