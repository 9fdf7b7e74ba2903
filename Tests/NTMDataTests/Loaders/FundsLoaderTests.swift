import NTMCore
import NTMData
import NTMFunds
import Testing

@Suite("Funding CSV")
struct FundsLoaderTests {
    static func programmes() throws -> FundProgrammes { FundProgrammes(listed: try BundledData.fundProgrammes()) }
    static let header = "unit,year,source,programme,contribution,capital,origin,criterion,project,phase,as_of,amount,document"

    @Test("the demo's synthetic funding loads: two years, every source, Mỹ Cẩm's debt, some 2019 communes lagging on 30/06")
    func demo() throws {
        let engine = try BundledData.demoEngine()
        let batch = try BundledData.demoFunds(engine: engine)
        let book = FundBook(
            amounts: batch.amounts.map { Recorded($0, revision: 1, by: "demo", at: "") },
            debts: batch.debts.map { Recorded($0, revision: 1, by: "demo", at: "") })
        #expect(book.years == [2019, 2018])
        #expect(Set(batch.amounts.map(\.line.source)) == Set(FundingSource.allCases).subtracting([.other]))
        let june = LocalDate(year: 2019, month: 6, day: 30) ?? LocalDate(dayNumber: 0)
        let figures = try #require(try book.figures(scope: "84", year: 2019, on: june, units: engine.units, alert: FixedDecimal(50)))
        #expect(figures.lagging.count == 8)
        #expect(figures.debts.map(\.unit.code) == ["29269"])
        #expect(figures.debts.first?.amount == Money(dong: 620_000_000))
        #expect(figures.carriedOver.planned.dong > 0)
        #expect((figures.currentYearRate ?? .zero) < (figures.overallRate ?? .zero), "carried-over funds disburse faster")
    }

    @Test("every bad cell is reported at its line and column in Vietnamese, and nothing is returned")
    func badCells() throws {
        let engine = try BundledData.demoEngine()
        let text = [
            Self.header,
            "29305,2019,NSTW,,,DT,NAM,2,,KE-HOACH,2019-01-15,1.234.567,QĐ 1",
            "29305,2019,NSTW,,,DT,NAM,2,,GIAI-NGAN,2019-06-30,\"1,234,567\",",
            "29305,2019,NSNN,,,DT,NAM,,,KE-HOACH,2019-01-15,100,",
            "29305,2019,NSTW,,,DT,NAM,,,KE-HOACH,2019-01-15,một trăm,",
            "29305,2019,NSTW,,,DT,NAM,,,KE-HOACH,2019-01-15,1.250,",
            "29305,2019,NSTW,,,DT,NAM,,,KE-HOACH,2020-01-15,-100,",
            "29305,2019,LONG-GHEP,,,DT,NAM,,,KE-HOACH,2019-01-15,100,",
            "844,,,,,,,,,NO-DONG,2019-03-31,5,",
        ].joined(separator: "\n")
        let programmes = try Self.programmes()
        do {
            _ = try FundsLoader.parse(DataFile(name: "von.csv", text: text), units: engine.units, catalog: engine.catalog, programmes: programmes)
            Issue.record("a file with mistakes was accepted")
        } catch {
            let lines = error.errors.map { $0.text(.vi) }
            try #require(lines.count == 7, "\(lines)")
            #expect(lines[0].hasPrefix("von.csv:4: cột 'source': 'NSNN' không có trong danh mục; dùng NSTW (Ngân sách trung ương)"))
            #expect(lines[1] == "von.csv:5: cột 'amount': 'một trăm' không phải là số (ví dụ 45, 45,5 hoặc 1.250,5) (số tiền ghi bằng đồng)")
            #expect(lines[2].hasPrefix("von.csv:6: cột 'amount': '1.250' có thể hiểu hai cách"))
            #expect(lines[3] == "von.csv:7: cột 'as_of': ngày 15/01/2020 nằm ngoài năm 2019")
            #expect(lines[4] == "von.csv:7: cột 'amount': số tiền không được âm (-100)")
            #expect(lines[5] == "von.csv:8: cột 'programme': vốn lồng ghép cần ghi tên chương trình nguồn")
            #expect(lines[6].hasPrefix("von.csv:9: cột 'unit': nợ đọng XDCB ghi cho xã"))
        }
    }

    @Test("an unknown phase is refused naming the phases and the debt row's code, in both languages")
    func unknownPhase() throws {
        let engine = try BundledData.demoEngine()
        let text = [Self.header, "29305,2019,NSTW,,,DT,NAM,,,CHI,2019-01-15,100,"].joined(separator: "\n")
        let programmes = try Self.programmes()
        do {
            _ = try FundsLoader.parse(DataFile(name: "von.csv", text: text), units: engine.units, catalog: engine.catalog, programmes: programmes)
            Issue.record("an unknown phase was accepted")
        } catch {
            #expect(error.errors.first?.text(.vi).hasSuffix(" hoặc NO-DONG (nợ đọng XDCB)") == true)
            #expect(error.errors.first?.text(.en).hasSuffix(" or NO-DONG (outstanding construction debt)") == true)
        }
    }

    @Test("thousands separators of either convention read the same amount")
    func separators() throws {
        let engine = try BundledData.demoEngine()
        let text = [
            Self.header,
            "29305,2019,NSTW,,,DT,NAM,2,,KE-HOACH,2019-01-15,1.234.567,",
            "29305,2019,NSTW,,,DT,NAM,2,,PHAN-BO,2019-01-15,\"1,234,567\",",
            "29305,2019,NSTW,,,DT,NAM,TC2,,CAM-KET,2019-01-15,1234567,",
        ].joined(separator: "\n")
        let batch = try FundsLoader.parse(
            DataFile(name: "von.csv", text: text), units: engine.units, catalog: engine.catalog, programmes: try Self.programmes())
        #expect(batch.amounts.map(\.amount) == Array(repeating: Money(dong: 1_234_567), count: 3))
        #expect(Set(batch.amounts.map(\.line)).count == 1, "TC2 and 2 name the same criterion")
    }
}
