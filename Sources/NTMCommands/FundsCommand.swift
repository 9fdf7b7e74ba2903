import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMExchange
import NTMFunds
import NTMStore

/// `ntm funds`: a scope's funding for a year on a day, and importing funding tables (CSV) as an account.
public struct FundsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "funds",
        abstract: "Funds: summary by source and unit with disbursement rates; import a funding CSV (amounts and construction debts).",
        subcommands: [Summary.self, Import.self, Template.self])

    public init() {}

    public struct Summary: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "summary", abstract: "Planned, allocated and disbursed by origin, source and unit; lagging communes; debts.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The scope: a province, district or commune code. Default: the store's province.") var unit: String?
        @Option(help: "The plan year. Default: the day's year.") var year: Int?
        @Option(help: "The day the figures stand on (YYYY-MM-DD or DD/MM/YYYY). Default: today in Vietnam.") var date: LocalDate?
        @Option(help: "Alert level in per cent: communes disbursing less of their plan are listed as lagging.") var alert: Int = 50
        @Option(help: "text, or json (the shape GET /api/v1/funds returns, amounts in whole đồng).") var format: OutputFormat = .text
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let day = date ?? VietnamTime.today(SystemClock())
            let language = lang, alert = FixedDecimal(alert), year = year ?? day.year, unit = unit
            let figures = try await store.withStore { store in
                let units = try await store.loadUnits()
                let book = try await FundLedger(store: store).book()
                let root = units.allVersions.first { $0.kind == .province && $0.validity.contains(day) }?.code
                guard let scope = unit.map({ UnitCode($0) }) ?? root,
                    let figures = try book.figures(scope: scope, year: year, on: day, units: units, alert: alert)
                else { throw text.error(vi: "không có đơn vị \(unit ?? "") vào ngày \(day.vietnamese)", en: "no unit \(unit ?? "") on \(day.iso)") }
                return figures
            }
            if format == .json { return try JSON.encode(FundFiguresDocument(figures, language: language)) }
            guard !figures.total.isEmpty else {
                return text(
                    vi: "\(figures.scope.name): chưa có số liệu nguồn vốn năm \(year) đến ngày \(day.vietnamese)",
                    en: "\(figures.scope.name): no funding figures for \(year) by \(day.iso)")
            }
            let money = { (amount: Money) in amount.millionsText(language, decimals: 0) }
            let rate = { (totals: PhaseTotals) in
                totals.disbursementRate.map { language == .vi ? $0.vietnamese(decimals: 1) + "%" : $0.rounded(decimals: 1).plain + "%" } ?? "—"
            }
            func table(_ first: String, _ rows: [(String, PhaseTotals)]) -> String {
                var table = TextTable(
                    header: [first, text(vi: "Kế hoạch", en: "Planned"), text(vi: "Giải ngân", en: "Disbursed"), text(vi: "Tỷ lệ", en: "Rate")],
                    rightAligned: [1, 2, 3])
                for (label, totals) in rows { table.add([label, money(totals.planned), money(totals.disbursed), rate(totals)]) }
                return table.render()
            }
            var lines = [
                "\(figures.scope.name) · \(text(vi: "năm", en: "year")) \(year) · \(language == .vi ? day.vietnamese : day.iso) · "
                    + text(vi: "triệu đồng", en: "million đồng"),
                figures.rateSentence(language) ?? "", "",
                table(
                    text(vi: "Nguồn gốc", en: "Origin"),
                    [
                        (PlanOrigin.currentYear.name.text(language), figures.currentYear),
                        (PlanOrigin.carriedOver.name.text(language), figures.carriedOver),
                        (text(vi: "Tổng cộng", en: "Total"), figures.total),
                    ]), "",
                table(
                    text(vi: "Nguồn vốn", en: "Source"),
                    FundingSource.allCases.compactMap { source in figures.bySource[source].map { (source.name.text(language), $0) } }), "",
                table(text(vi: "Đơn vị", en: "Unit"), figures.byUnit.map { ($0.unit.name, $0.totals) }),
            ]
            if !figures.lagging.isEmpty {
                lines += ["", text(vi: "Xã giải ngân dưới \(alert.plain)% kế hoạch năm:", en: "Communes below \(alert.plain)% of the year's plan:")]
                lines += figures.lagging.map { "  \($0.unit.name) (\($0.unit.code)): \(rate($0.currentYear))" }
            }
            if !figures.debts.isEmpty {
                lines += ["", text(vi: "Nợ đọng xây dựng cơ bản:", en: "Outstanding construction debt:")]
                lines += figures.debts.map {
                    "  \($0.unit.name) (\($0.unit.code)): \(money($0.amount)) (\(language == .vi ? $0.asOf.vietnamese : $0.asOf.iso))"
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "Import a filled funding template (.xlsx) or CSV (unit,year,source,…,phase,as_of,amount,document) as an account: all rows or none.")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "The .xlsx template or CSV file (UTF-8, with or without BOM, or as Excel saves it).") var file: String

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: acting.lang)
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let language = acting.lang, file = file
            let outcome = try await acting.withAccount { store, account, service in
                let engine = await service.engine
                let desk = FundDesk(store: store, ledger: FundLedger(store: store), engine: engine)
                let batch = try FundsFile.read(
                    data, name: file, units: engine.units, catalog: engine.catalog, programmes: try await desk.programmes(for: account))
                return try await desk.save(batch, as: account)
            }
            var lines = [
                text(
                    vi: "đã lưu \(outcome.summary.written) số liệu từ \(file) (\(outcome.summary.unchanged) dòng không đổi)",
                    en: "stored \(outcome.summary.written) figures from \(file) (\(outcome.summary.unchanged) rows unchanged)")
            ]
            lines += outcome.warnings.map { text(vi: "cảnh báo", en: "warning") + " \($0.line.unit): " + $0.message.text(language) }
            return lines.joined(separator: "\n")
        }
    }

    public struct Template: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "template", abstract: "Write the funding template (.xlsx) of a commune or district, prefilled with its figures.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The commune or district code.") var unit: String
        @Option(help: "The plan year. Default: the day's year.") var year: Int?
        @Option(help: "The day the prefilled figures stand on. Default: today in Vietnam.") var date: LocalDate?
        @Option(help: "The .xlsx file to write.") var output: String
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let day = date ?? VietnamTime.today(SystemClock())
            let code = UnitCode(unit), year = year ?? day.year, language = lang
            let (workbook, rows) = try await store.withStore { store in
                let units = try await store.loadUnits()
                guard let unit = units.unit(code, on: day), unit.kind.isCommuneLevel || unit.kind.isDistrictLevel else {
                    throw text.error(
                        vi: "không có xã hay huyện mã \(code) vào ngày \(day.vietnamese)", en: "no commune or district \(code) on \(day.iso)")
                }
                let workbook = FundsTemplate.workbook(
                    unit: unit, year: year, on: day, book: try await FundLedger(store: store).book(), units: units, language: language)
                return (workbook, (workbook.sheets.first?.rows.count ?? 1) - 1)
            }
            try XLSXWriter.write(workbook).write(to: URL(fileURLWithPath: output))
            return text(vi: "đã ghi \(output): \(rows) dòng", en: "wrote \(output): \(rows) rows")
        }
    }
}
