import NTMCore
import NTMData
import NTMFunds
import Testing

/// A small ledger for Càng Long and Cầu Kè whose every figure is worked out by hand in the comments.
@Suite("Fund figures")
struct FundFiguresTests {
    static func day(_ month: Int, _ day: Int, _ year: Int = 2019) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }
    static func million(_ value: Int64) -> Money { Money(dong: value * 1_000_000) }

    static let a = FundingLine(year: 2019, unit: "29305", source: .centralBudget, capital: .investment, criterion: 2)
    static let b = FundingLine(year: 2019, unit: "29305", source: .community, contribution: .labour, capital: .investment)
    static let c = FundingLine(year: 2019, unit: "29269", source: .provincialBudget, capital: .recurrent, criterion: 11)
    static let d = FundingLine(year: 2019, unit: "29269", source: .centralBudget, capital: .investment, origin: .carriedOver)
    static let e = FundingLine(year: 2019, unit: "844", source: .integrated, programme: "Giảm nghèo bền vững", capital: .investment)
    static let f = FundingLine(year: 2019, unit: "29311", source: .centralBudget, capital: .investment)
    static let lastYear = FundingLine(year: 2018, unit: "29305", source: .centralBudget, capital: .investment)

    static func book() -> FundBook {
        var revision = 0
        func entry(_ line: FundingLine, _ phase: FundPhase, _ date: LocalDate, _ millions: Int64, revision given: Int = 1) -> Recorded<FundAmount> {
            revision += 1
            return Recorded(
                FundAmount(line: line, phase: phase, asOf: date, amount: million(millions)), revision: given, by: "test", at: "\(revision)")
        }
        let amounts = [
            entry(a, .planned, day(1, 1), 1_000), entry(a, .allocated, day(3, 15), 900),
            entry(a, .disbursed, day(3, 31), 300), entry(a, .disbursed, day(6, 30), 450), entry(a, .disbursed, day(7, 31), 600),
            entry(b, .planned, day(1, 1), 200),
            // A correction of the same day: revision 2 counts, in whichever order the rows come.
            entry(b, .disbursed, day(5, 30), 80, revision: 2), entry(b, .disbursed, day(5, 30), 50, revision: 1),
            entry(c, .planned, day(1, 1), 400), entry(c, .disbursed, day(6, 30), 100),
            entry(d, .planned, day(1, 1), 300), entry(d, .disbursed, day(6, 30), 270),
            entry(e, .planned, day(1, 1), 500), entry(e, .disbursed, day(6, 30), 100),
            entry(f, .planned, day(1, 1), 600), entry(f, .disbursed, day(6, 30), 540),
            entry(lastYear, .planned, day(1, 1, 2018), 999),
        ]
        let debts = [
            Recorded(ConstructionDebt(unit: "29269", asOf: day(3, 31), amount: million(150)), revision: 1, by: "test", at: "1"),
            Recorded(ConstructionDebt(unit: "29305", asOf: day(3, 31), amount: million(100)), revision: 1, by: "test", at: "1"),
            Recorded(ConstructionDebt(unit: "29305", asOf: day(5, 30), amount: .zero), revision: 1, by: "test", at: "2"),
        ]
        return FundBook(amounts: amounts, debts: debts)
    }

    @Test("a district's figures on 30/06: totals, each denominator, sources, criteria, units, lagging communes and debts")
    func district() throws {
        let engine = try BundledData.demoEngine()
        let figures = try #require(
            try Self.book().figures(scope: "844", year: 2019, on: Self.day(6, 30), units: engine.units, alert: FixedDecimal(50)))
        // This year's plan: A 1000 + B 200 + C 400 + E 500; disbursed 450 (A, 30/06; 31/07 not yet) + 80 (B's correction) + 100 + 100.
        #expect(figures.currentYear.planned == Self.million(2_100))
        #expect(figures.currentYear.disbursed == Self.million(730))
        #expect(figures.carriedOver.planned == Self.million(300))
        #expect(figures.total.planned == Self.million(2_400))
        #expect(figures.total.disbursed == Self.million(1_000))
        #expect(figures.total.allocated == Self.million(900))
        // 730 / 2100 = 34.76190…%, 1000 / 2400 = 41.66666…%.
        #expect(figures.currentYearRate == FixedDecimal("34.7619"))
        #expect(figures.overallRate == FixedDecimal("41.6667"))
        #expect(figures.rateSentence(.vi) == "giải ngân 34,8% kế hoạch năm 2019; 41,7% tính cả vốn chuyển nguồn")
        #expect(figures.rateSentence(.en) == "disbursed 34.8% of the 2019 plan; 41.7% including funds carried over")
        // Central budget: A 1000 + D 300 planned, 450 + 270 disbursed; its share of the plan 1300 / 2400.
        #expect(figures.bySource[.centralBudget]?.planned == Self.million(1_300))
        #expect(figures.bySource[.centralBudget]?.disbursed == Self.million(720))
        #expect(figures.bySource[.community]?.disbursed == Self.million(80))
        #expect(figures.bySource[.provincialBudget]?.planned == Self.million(400))
        #expect(figures.bySource[.integrated]?.planned == Self.million(500))
        #expect(figures.bySource[.credit] == nil)
        #expect(figures.share(of: .centralBudget, at: .planned) == FixedDecimal("54.1667"))
        #expect(figures.byProgramme["Giảm nghèo bền vững"]?.disbursed == Self.million(100))
        #expect(figures.byCapital[.recurrent]?.planned == Self.million(400))
        #expect(figures.byCapital[.investment]?.planned == Self.million(2_000))
        #expect(figures.byCriterion[2]?.disbursed == Self.million(450))
        #expect(figures.byCriterion[11]?.planned == Self.million(400))
        #expect(figures.byCriterion[nil]?.planned == Self.million(1_000), "B 200 + D 300 + E 500 are not earmarked")
        // The district's own line first, then its communes.
        #expect(figures.byUnit.first?.unit.code == "844")
        #expect(figures.byUnit.first?.totals.planned == Self.million(500))
        let ducMy = try #require(figures.byUnit.first { $0.unit.code == "29305" })
        #expect(ducMy.totals.planned == Self.million(1_200))
        #expect(ducMy.totals.disbursed == Self.million(530))
        let myCam = try #require(figures.byUnit.first { $0.unit.code == "29269" })
        #expect(myCam.currentYear.planned == Self.million(400))
        #expect(myCam.totals.planned == Self.million(700))
        #expect(figures.byUnit.allSatisfy { $0.unit.code != "29311" }, "Cầu Kè's commune is outside")
        // Mỹ Cẩm 100 / 400 = 25%, Đức Mỹ 530 / 1200 = 44.17%: both below 50%, lowest first.
        #expect(figures.lagging.map(\.unit.code) == ["29269", "29305"])
        #expect(figures.lagging.first?.rate == FixedDecimal(25))
        // Đức Mỹ paid its debt off on 30/05; Mỹ Cẩm still owes 150 million.
        #expect(figures.debts.map(\.unit.code) == ["29269"])
        #expect(figures.debts.first?.amount == Self.million(150))
    }

    @Test("earlier in the year the same book gives the figures of that day")
    func earlierDay() throws {
        let engine = try BundledData.demoEngine()
        let figures = try #require(
            try Self.book().figures(scope: "844", year: 2019, on: Self.day(3, 31), units: engine.units, alert: FixedDecimal(50)))
        // Only A's 300 is disbursed by 31/03; B's labour was recorded on 30/05.
        #expect(figures.total.disbursed == Self.million(300))
        #expect(figures.total.allocated == Self.million(900))
        #expect(Set(figures.debts.map(\.unit.code)) == ["29269", "29305"])
        let before = try #require(
            try Self.book().figures(scope: "844", year: 2019, on: Self.day(12, 31, 2018), units: engine.units, alert: FixedDecimal(50)))
        #expect(before.total.isEmpty)
        #expect(before.rateSentence(.vi) == nil, "no plan, no rate: never 0%")
    }

    @Test("the province adds Cầu Kè; a year's figures leave other years out")
    func province() throws {
        let engine = try BundledData.demoEngine()
        let figures = try #require(
            try Self.book().figures(scope: "84", year: 2019, on: Self.day(6, 30), units: engine.units, alert: FixedDecimal(50)))
        #expect(figures.total.planned == Self.million(3_000))
        #expect(figures.total.disbursed == Self.million(1_540))
        #expect(figures.byUnit.first { $0.unit.code == "844" }?.totals.planned == Self.million(2_400))
        #expect(figures.byUnit.first { $0.unit.code == "845" }?.totals.disbursed == Self.million(540))
        // Cầu Kè's commune disbursed 90% and is not lagging.
        #expect(!figures.lagging.contains { $0.unit.code == "29311" })
        let lastYear = try #require(
            try Self.book().figures(scope: "84", year: 2018, on: Self.day(12, 31, 2018), units: engine.units, alert: FixedDecimal(50)))
        #expect(lastYear.total.planned == Self.million(999))
        #expect(Self.book().years == [2019, 2018])
    }

    @Test("a year's timeline gives planned and disbursed at each month end")
    func timeline() throws {
        let engine = try BundledData.demoEngine()
        let points = try Self.book().timeline(
            scope: "29305", year: 2019, at: [Self.day(1, 31), Self.day(3, 31), Self.day(6, 30), Self.day(7, 31)], units: engine.units)
        #expect(points.map(\.totals.planned) == Array(repeating: Self.million(1_200), count: 4))
        #expect(points.map(\.totals.disbursed) == [.zero, Self.million(300), Self.million(530), Self.million(680)])
    }

    @Test("more disbursed than allocated is a warning that names the line, not a refusal")
    func advances() {
        let book = Self.book()
        // A: 600 disbursed by 31/07 against 900 allocated: fine. D: 270 against a plan of 300 (no allocation): fine.
        #expect(book.advances(among: [Self.a, Self.d], on: Self.day(7, 31)).isEmpty)
        let over = FundBook(
            amounts: [
                Recorded(FundAmount(line: Self.c, phase: .allocated, asOf: Self.day(2, 1), amount: Self.million(100)), revision: 1, by: "t", at: "1"),
                Recorded(FundAmount(line: Self.c, phase: .disbursed, asOf: Self.day(6, 1), amount: Self.million(120)), revision: 1, by: "t", at: "1"),
            ], debts: [])
        let warnings = over.advances(among: [Self.c], on: Self.day(6, 30))
        #expect(warnings.map(\.line) == [Self.c])
        #expect(warnings.first?.message.vi == "giải ngân 120.000.000 đồng vượt phân bổ 100.000.000 đồng (tạm ứng?)")
    }
}
