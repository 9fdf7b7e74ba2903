import Foundation
import NTMCore
import NTMFunds
import NTMStore
import Testing

extension Conformance {
    static let ducMyTransport = FundingLine(year: 2019, unit: "29305", source: .centralBudget, capital: .investment, criterion: 2)
    static let integrated = FundingLine(
        year: 2019, unit: "844", source: .integrated, programme: "Giảm nghèo bền vững", capital: .recurrent, origin: .carriedOver)

    static let funds: [ConformanceCase] = [
        ConformanceCase(name: "funding amounts and debts are read back as written, each line with every part of its key") { store in
            let summary = try await store.saveFunds(
                FundBatch(
                    amounts: [
                        FundAmount(
                            line: ducMyTransport, phase: .planned, asOf: day("2019-01-10"), amount: Money(dong: 1_000_000_000),
                            document: "QĐ 12/QĐ-UBND"),
                        FundAmount(line: ducMyTransport, phase: .disbursed, asOf: day("2019-06-30"), amount: Money(dong: 450_000_000)),
                        FundAmount(line: integrated, phase: .planned, asOf: day("2019-02-01"), amount: Money(dong: 9_000_000_000_000)),
                    ],
                    debts: [ConstructionDebt(unit: "29269", asOf: day("2019-03-31"), amount: Money(dong: 150_000_000), document: "BC 5/UBND")]),
                by: "vanphong")
            #expect(summary == FundSaveSummary(written: 4, unchanged: 0))
            let amounts = try await store.fundAmounts()
            #expect(Set(amounts.map(\.entry.line)) == [ducMyTransport, integrated])
            #expect(amounts.first { $0.entry.line == integrated }?.entry.amount == Money(dong: 9_000_000_000_000))
            #expect(amounts.first { $0.entry.phase == .planned && $0.entry.line == ducMyTransport }?.entry.document == "QĐ 12/QĐ-UBND")
            #expect(amounts.allSatisfy { $0.revision == 1 && $0.by == "vanphong" })
            let debts = try await store.constructionDebts()
            #expect(
                debts.map(\.entry) == [
                    ConstructionDebt(unit: "29269", asOf: day("2019-03-31"), amount: Money(dong: 150_000_000), document: "BC 5/UBND")
                ])
            let audit = try await store.audit(AuditFilter(entity: "funds"))
            #expect(audit.count == 1)
            #expect(audit.first?.action == "save-funds")
            #expect(try await store.fundRevision() == audit.first?.id)
        },
        ConformanceCase(name: "a correction is a new revision; an unchanged entry is left out; the book takes the latest") { store in
            let first = FundAmount(line: ducMyTransport, phase: .disbursed, asOf: day("2019-06-30"), amount: Money(dong: 450_000_000))
            try await store.saveFunds(FundBatch(amounts: [first]), by: "xa")
            let before = try await store.fundRevision()
            var corrected = first
            corrected.amount = Money(dong: 480_000_000)
            let summary = try await store.saveFunds(FundBatch(amounts: [corrected]), by: "huyen")
            #expect(summary.written == 1)
            #expect(try await store.saveFunds(FundBatch(amounts: [corrected]), by: "huyen") == FundSaveSummary(written: 0, unchanged: 1))
            let amounts = try await store.fundAmounts()
            #expect(amounts.map(\.revision) == [1, 2])
            #expect(amounts.map(\.by) == ["xa", "huyen"])
            let book = FundBook(amounts: amounts, debts: [])
            #expect(book.amount(of: ducMyTransport, phase: .disbursed, on: day("2019-12-31")) == Money(dong: 480_000_000))
            #expect(try await store.fundRevision() > before)
            let audit = try #require(try await store.audit(AuditFilter(entity: "funds")).first { $0.actor == "huyen" })
            #expect(audit.after?.contains("\"before\":450000000") == true)
        },
        ConformanceCase(name: "a batch that fails part-way stores nothing", run: failedBatchLeavesNothing),
    ]

    static func failedBatchLeavesNothing(_ store: any NTMStore) async throws {
        let good = FundAmount(line: ducMyTransport, phase: .planned, asOf: day("2019-01-10"), amount: Money(dong: 5))
        let bad = FundAmount(line: integrated, phase: .planned, asOf: day("2019-01-10"), amount: Money(dong: -5))
        // The store refuses the negative amount a caller failed to check, after writing the first row: that row goes too.
        let refusal = FundError.invalid([
            FundProblem(
                list: "amounts", index: 1, field: "amount",
                message: LocalizedText(vi: "số tiền không được âm (-5)", en: "the amount cannot be negative (-5)"))
        ])
        await #expect(throws: refusal) { _ = try await store.saveFunds(FundBatch(amounts: [good, bad]), by: "vanphong") }
        #expect(try await store.fundAmounts().isEmpty)
        #expect(try await store.audit(AuditFilter(entity: "funds")).isEmpty)
        #expect(try await store.fundRevision() == 0)
    }
}
