import NTMCore
import Testing

@testable import NTMReports

@Suite("Report text")
struct ReportTextTests {
    @Test("numbers are printed in Vietnamese notation: decimal comma, dots between thousands")
    func numbers() {
        #expect(ReportText.decimal(FixedDecimal(scaled: 159_400)) == "15,94")
        #expect(ReportText.decimal(FixedDecimal(scaled: 12_345_000)) == "1.234,5")
        #expect(ReportText.count(1_234_567) == "1.234.567")
        #expect(ReportText.count(17) == "17")
        #expect(ReportText.percent(FixedDecimal(scaled: 117_600)) == "11,76%")
    }

    @Test("the date line writes a leading zero only for days under 10 and for January and February (NĐ 30)")
    func dateLine() {
        #expect(ReportText.longDate(LocalDate(year: 2019, month: 6, day: 30)!) == "ngày 30 tháng 6 năm 2019")
        #expect(ReportText.longDate(LocalDate(year: 2020, month: 2, day: 5)!) == "ngày 05 tháng 02 năm 2020")
        #expect(ReportText.longDate(LocalDate(year: 2019, month: 12, day: 1)!) == "ngày 01 tháng 12 năm 2019")
    }

    @Test("parts are numbered with Roman numerals")
    func roman() {
        #expect((1...9).map(ReportText.roman) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"])
    }

    @Test("a sections list reads codes and names an unknown one")
    func sections() throws {
        #expect(try ReportSection.parse("summary, communes") == [.summary, .communes])
        #expect(try ReportSection.parse("") == Set(ReportSection.allCases))
        #expect(throws: ReportError.unknownSection("xa")) { try ReportSection.parse("summary,xa") }
    }

    @Test("the issuer of a province's report is its coordination office, named from the province")
    func issuer() {
        let province = AdministrativeUnit(code: "84", name: "Tỉnh Trà Vinh", kind: .province, parent: nil, validity: .always)
        let issuer = ReportIssuer.coordinationOffice(province: province, districtLevel: true)
        #expect(issuer.parent == "UBND TỈNH TRÀ VINH")
        #expect(issuer.place == "Trà Vinh")
        #expect(issuer.sentenceName == "Văn phòng Điều phối nông thôn mới tỉnh Trà Vinh")
        #expect(issuer.recipients.contains("UBND các huyện, thị xã, thành phố"))
        #expect(!ReportIssuer.coordinationOffice(province: province, districtLevel: false).recipients.contains("UBND các huyện, thị xã, thành phố"))
    }
}

@Suite("PDF conversion slots")
struct ConversionSlotsTests {
    @Test("a third conversion waits until one of two ends, and waiters are served in order")
    func limit() async {
        let slots = ConversionSlots(limit: 2)
        await slots.acquire()
        await slots.acquire()
        let order = Order()
        let third = Task {
            await slots.acquire()
            await order.append(3)
        }
        // Once the third is queued, it holds no slot: nothing it does after acquiring has happened.
        while await slots.waiters == 0 { await Task.yield() }
        #expect(await order.items.isEmpty)
        await slots.release()
        await third.value
        #expect(await order.items == [3])
    }

    actor Order {
        var items: [Int] = []
        func append(_ item: Int) { items.append(item) }
    }
}
