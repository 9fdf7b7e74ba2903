import Foundation
import Hummingbird
import NTMCore
import NTMFunds
import NTMStore

/// `/api/v1/funds`: a scope's figures for a year on a day (the funds page's numbers, in whole đồng), and writing
/// amounts and debts through the same `FundDesk` as imports and the CLI.
struct APIFunds: Sendable {
    let services: WebServices

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.funds) { request, context in
            let selection = try await FundsPage(services: services).select(request)
            return try JSONResponse.make(FundFiguresJSON(selection.figures, language: context.language))
        }
        api.on(.saveFunds) { request, context in
            let input = try await JSONResponse.decode(FundBatchInput.self, from: request, context: context)
            let desk = FundDesk(store: services.store, ledger: services.funds, engine: try await services.evaluation.currentEngine())
            let outcome = try await desk.save(input.batch, as: context.account)
            return try JSONResponse.make(
                FundSaveJSON(
                    written: outcome.summary.written, unchanged: outcome.summary.unchanged,
                    warnings: outcome.warnings.map { FundSaveJSON.Warning(unit: $0.line.unit.rawValue, message: $0.message.text(context.language)) }),
                status: .created)
        }
    }
}

/// Phase totals in whole đồng, with the rate of disbursement of the plan (per cent, four decimals) when there is one.
struct PhaseTotalsJSON: Encodable {
    let planned: Int64
    let allocated: Int64
    let committed: Int64
    let disbursed: Int64
    let settled: Int64
    let disbursementRate: String?

    init(_ totals: PhaseTotals) {
        planned = totals[.planned].dong
        allocated = totals[.allocated].dong
        committed = totals[.committed].dong
        disbursed = totals[.disbursed].dong
        settled = totals[.settled].dong
        disbursementRate = totals.disbursementRate?.plain
    }
}

struct FundFiguresJSON: Encodable {
    struct Keyed: Encodable {
        let key: String
        let name: String
        let totals: PhaseTotalsJSON
        /// For sources: the share of the scope's plan and of what was disbursed, in per cent.
        var shareOfPlanned: String? = nil
        var shareOfDisbursed: String? = nil
    }

    struct UnitLine: Encodable {
        let unit: String
        let name: String
        let totals: PhaseTotalsJSON
        let currentYear: PhaseTotalsJSON
        let lagging: Bool
    }

    struct Debt: Encodable {
        let unit: String
        let name: String
        let amount: Int64
        let asOf: String
    }

    let scope: String
    let year: Int
    let date: String
    let alert: String
    /// The rates in words, each with its denominator.
    let sentence: String?
    let total: PhaseTotalsJSON
    let currentYear: PhaseTotalsJSON
    let carriedOver: PhaseTotalsJSON
    let bySource: [Keyed]
    let byCapital: [Keyed]
    let byCriterion: [Keyed]
    let byProgramme: [Keyed]
    let byUnit: [UnitLine]
    let lagging: [UnitLine]
    let debts: [Debt]

    init(_ figures: FundFigures, language: Language) {
        scope = figures.scope.code.rawValue
        year = figures.year
        date = figures.date.iso
        alert = figures.alert.plain
        sentence = figures.rateSentence(language)
        total = PhaseTotalsJSON(figures.total)
        currentYear = PhaseTotalsJSON(figures.currentYear)
        carriedOver = PhaseTotalsJSON(figures.carriedOver)
        bySource = FundingSource.allCases.compactMap { source in
            figures.bySource[source].map {
                Keyed(
                    key: source.rawValue, name: source.name.text(language), totals: PhaseTotalsJSON($0),
                    shareOfPlanned: figures.share(of: source, at: .planned)?.plain, shareOfDisbursed: figures.share(of: source, at: .disbursed)?.plain
                )
            }
        }
        byCapital = CapitalType.allCases.compactMap { capital in
            figures.byCapital[capital].map { Keyed(key: capital.rawValue, name: capital.name.text(language), totals: PhaseTotalsJSON($0)) }
        }
        byCriterion = figures.byCriterion.sorted { ($0.key ?? .max) < ($1.key ?? .max) }.map {
            Keyed(key: $0.key.map(String.init) ?? "", name: $0.key.map { "TC\($0)" } ?? "", totals: PhaseTotalsJSON($0.value))
        }
        byProgramme = figures.byProgramme.sorted { $0.key < $1.key }.map { Keyed(key: $0.key, name: $0.key, totals: PhaseTotalsJSON($0.value)) }
        let lagging = Set(figures.lagging.map(\.unit.code))
        let line = { (row: FundFigures.UnitRow) in
            UnitLine(
                unit: row.unit.code.rawValue, name: row.unit.name, totals: PhaseTotalsJSON(row.totals), currentYear: PhaseTotalsJSON(row.currentYear),
                lagging: lagging.contains(row.unit.code))
        }
        byUnit = figures.byUnit.map(line)
        self.lagging = figures.lagging.map(line)
        debts = figures.debts.map { Debt(unit: $0.unit.code.rawValue, name: $0.unit.name, amount: $0.amount.dong, asOf: $0.asOf.iso) }
    }
}

/// A batch of amounts and debts as the API takes it: codes as in the CSV, amounts in whole đồng.
struct FundBatchInput: Decodable {
    struct Amount: Decodable {
        let unit: UnitCode
        let year: Int
        let source: FundingSource
        let programme: String?
        let contribution: ContributionKind?
        let capital: CapitalType
        let origin: PlanOrigin?
        let criterion: Int?
        let project: String?
        let phase: FundPhase
        let asOf: LocalDate
        let amount: Money
        let document: String?
    }

    struct Debt: Decodable {
        let unit: UnitCode
        let asOf: LocalDate
        let amount: Money
        let document: String?
    }

    let amounts: [Amount]
    let debts: [Debt]

    enum CodingKeys: String, CodingKey { case amounts, debts }

    /// Either list may be left out, but not sent as null: the schema says an array.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        amounts = container.contains(.amounts) ? try container.decode([Amount].self, forKey: .amounts) : []
        debts = container.contains(.debts) ? try container.decode([Debt].self, forKey: .debts) : []
    }

    var batch: FundBatch {
        FundBatch(
            amounts: amounts.map {
                FundAmount(
                    line: FundingLine(
                        year: $0.year, unit: $0.unit, source: $0.source, programme: $0.programme, contribution: $0.contribution, capital: $0.capital,
                        origin: $0.origin ?? .currentYear, criterion: $0.criterion, project: $0.project),
                    phase: $0.phase, asOf: $0.asOf, amount: $0.amount, document: $0.document ?? "")
            },
            debts: debts.map { ConstructionDebt(unit: $0.unit, asOf: $0.asOf, amount: $0.amount, document: $0.document ?? "") })
    }
}

struct FundSaveJSON: Encodable {
    struct Warning: Encodable {
        let unit: String
        let message: String
    }

    let written: Int
    let unchanged: Int
    let warnings: [Warning]
}
