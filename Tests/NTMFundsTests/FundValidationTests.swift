import NTMCore
import NTMData
import NTMFunds
import Testing

@Suite("Funding input")
struct FundValidationTests {
    static let june = LocalDate(year: 2019, month: 6, day: 30) ?? LocalDate(dayNumber: 0)
    static let line = FundingLine(year: 2019, unit: "29305", source: .centralBudget, capital: .investment)

    @Test("each wrong entry is refused at its field, in Vietnamese and English")
    func problems() throws {
        let engine = try BundledData.demoEngine()
        var integrated = Self.line
        integrated.source = .integrated
        var credit = Self.line
        credit.programme = "Chương trình 135"
        credit.source = .credit
        var unknown = Self.line
        unknown.unit = "99999"
        var criterion = Self.line
        criterion.criterion = 25
        var labour = Self.line
        labour.contribution = .labour
        let batch = FundBatch(
            amounts: [
                FundAmount(line: Self.line, phase: .planned, asOf: Self.june, amount: Money(dong: -1)),
                FundAmount(line: Self.line, phase: .disbursed, asOf: LocalDate(year: 2020, month: 1, day: 15) ?? Self.june, amount: .zero),
                FundAmount(line: integrated, phase: .planned, asOf: Self.june, amount: .zero),
                FundAmount(line: credit, phase: .planned, asOf: Self.june, amount: .zero),
                FundAmount(line: unknown, phase: .planned, asOf: Self.june, amount: .zero),
                FundAmount(line: criterion, phase: .planned, asOf: Self.june, amount: .zero),
                FundAmount(line: labour, phase: .planned, asOf: Self.june, amount: .zero),
                FundAmount(line: Self.line, phase: .committed, asOf: Self.june, amount: Money(dong: 5), document: "QĐ\u{7}"),
                FundAmount(line: Self.line, phase: .committed, asOf: Self.june, amount: Money(dong: 6)),
                // Settlement of 2019 in 2020 is normal.
                FundAmount(line: Self.line, phase: .settled, asOf: LocalDate(year: 2020, month: 3, day: 1) ?? Self.june, amount: .zero),
            ],
            debts: [
                ConstructionDebt(unit: "844", asOf: Self.june, amount: Money(dong: 1)),
                ConstructionDebt(unit: "29305", asOf: Self.june, amount: Money(dong: -5)),
            ])
        let problems = batch.problems(
            units: engine.units, catalog: engine.catalog, programmes: FundProgrammes(listed: try BundledData.fundProgrammes()))
        #expect(
            problems.map(\.path) == [
                "amounts[0].amount", "amounts[1].asOf", "amounts[2].programme", "amounts[3].programme", "amounts[4].unit",
                "amounts[5].criterion", "amounts[6].contribution", "amounts[7].document", "amounts[8].amount", "debts[0].unit",
                "debts[1].amount",
            ])
        #expect(problems[0].message.vi == "số tiền không được âm (-1)")
        #expect(problems[1].message.vi == "ngày 15/01/2020 nằm ngoài năm 2019")
        #expect(problems[4].message.en == "no unit with code 99999 on 2019-06-30")
        #expect(problems[5].message.vi == "không có tiêu chí số 25 trong bộ tiêu chí hiệu lực ngày 30/06/2019")
        #expect(problems[8].message.vi == "dòng này ghi lại cùng giai đoạn, cùng ngày với số tiền khác (5)")
    }

    @Test("an integrated line names a listed or used programme, stored under its listed name; only the office adds a new one")
    func programmes() throws {
        let engine = try BundledData.demoEngine()
        let listed = try BundledData.fundProgrammes()
        #expect(listed.map(\.name).first == "Chương trình MTQG giảm nghèo bền vững")
        func batch(_ programme: String) -> FundBatch {
            FundBatch(amounts: [
                FundAmount(
                    line: FundingLine(year: 2019, unit: "29305", source: .integrated, programme: programme, capital: .investment),
                    phase: .planned, asOf: Self.june, amount: Money(dong: 1))
            ])
        }
        let commune = FundProgrammes(listed: listed, used: ["Chương trình 135"])
        let alias = commune.canonicalized(batch("  giảm nghèo BỀN VỮNG "))
        #expect(alias.amounts.first?.line.programme == "Chương trình MTQG giảm nghèo bền vững")
        #expect(alias.problems(units: engine.units, catalog: engine.catalog, programmes: commune).isEmpty)
        #expect(batch("Chương trình 135").problems(units: engine.units, catalog: engine.catalog, programmes: commune).isEmpty, "used before")
        let unknown = batch("Chương trình 999").problems(units: engine.units, catalog: engine.catalog, programmes: commune)
        #expect(unknown.map(\.path) == ["amounts[0].programme"])
        #expect(
            unknown.first?.message.vi.hasPrefix("chương trình 'Chương trình 999' chưa có trong danh mục (Chương trình MTQG giảm nghèo bền vững; ")
                == true)
        var office = commune
        office.acceptsNew = true
        #expect(batch("Chương trình 999").problems(units: engine.units, catalog: engine.catalog, programmes: office).isEmpty)
    }

    @Test("amounts typed with Vietnamese or English thousands separators read the same; what reads two ways is refused")
    func typedAmounts() throws {
        #expect(try Money(parsing: "1.234.567") == Money(dong: 1_234_567))
        #expect(try Money(parsing: "1,234,567") == Money(dong: 1_234_567))
        #expect(try Money(parsing: "1 234 567") == Money(dong: 1_234_567))
        #expect(try Money(parsing: "1234567") == Money(dong: 1_234_567))
        #expect(try Money(parsing: "1.234,5", inMillions: true) == Money(dong: 1_234_500_000))
        #expect(throws: MoneyParseError.number("1.250", .ambiguousSeparator)) { try Money(parsing: "1.250") }
        #expect(throws: MoneyParseError.fractionalDong("12,5")) { try Money(parsing: "12,5") }
        #expect(throws: MoneyParseError.number("một triệu", .notANumber)) { try Money(parsing: "một triệu") }
        #expect(Money(dong: 1_234_567_890).millionsText(.vi) == "1.234,57")
        #expect(Money(dong: 1_234_567_890).millionsText(.en) == "1,234.57")
    }

    @Test("codes and Vietnamese names are both read, in any case")
    func codes() {
        #expect(FundingSource(typed: "nstw") == .centralBudget)
        #expect(FundingSource(typed: "Vốn lồng ghép") == .integrated)
        #expect(FundingSource(typed: "ngân sách tỉnh") == .provincialBudget)
        #expect(FundingSource(typed: "NSNN") == nil)
        #expect(CapitalType(typed: "Sự nghiệp") == .recurrent)
        #expect(PlanOrigin(typed: "chuyen-nguon") == .carriedOver)
        #expect(FundPhase(typed: "Giải ngân") == .disbursed)
    }

    @Test("only the office, the district over a commune and the commune itself write its funds")
    func access() throws {
        let engine = try BundledData.demoEngine()
        let policy = AccessPolicy(engine: engine)
        let accounts: [(Account, Bool, Bool)] = [
            (Account(username: "vp", displayName: "VP", role: .office), true, true),
            (Account(username: "h", displayName: "Càng Long", role: .district, unit: "844"), true, true),
            (Account(username: "hk", displayName: "Cầu Kè", role: .district, unit: "845"), false, false),
            (Account(username: "x", displayName: "Đức Mỹ", role: .commune, unit: "29305"), true, false),
            (Account(username: "s", displayName: "Sở", role: .department, organisation: .department("SNNPTNT")), false, false),
            (Account(username: "l", displayName: "LĐ", role: .viewer), false, false),
        ]
        for (account, commune, district) in accounts {
            #expect(policy.canWriteFunds(account, unit: "29305", on: Self.june) == commune, "\(account.username) on Đức Mỹ")
            #expect(policy.canWriteFunds(account, unit: "844", on: Self.june) == district, "\(account.username) on Càng Long")
        }
        let batch = FundBatch(amounts: [FundAmount(line: Self.line, phase: .planned, asOf: Self.june, amount: .zero)])
        #expect(policy.fundRefusal(accounts[3].0, batch: batch) == nil)
        #expect(policy.fundRefusal(accounts[2].0, batch: batch)?.text(.vi) == "tài khoản hk không được ghi nguồn vốn của đơn vị 29305")
    }
}
