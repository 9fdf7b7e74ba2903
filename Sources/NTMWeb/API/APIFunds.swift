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
            return try JSONResponse.make(FundFiguresDocument(selection.figures, language: context.language))
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
