import NTMCore
import Testing

@Suite("LocalDate")
struct LocalDateTests {
    @Test("parses ISO and Vietnamese day/month/year forms")
    func parsesBothForms() {
        #expect(LocalDate(iso: "2019-07-24") == LocalDate(year: 2019, month: 7, day: 24))
        #expect(LocalDate(vietnamese: "24/7/2019") == LocalDate(year: 2019, month: 7, day: 24))
        #expect(LocalDate(parsing: "15/10/2019")?.iso == "2019-10-15")
    }

    @Test("rejects days that do not exist")
    func rejectsImpossibleDays() {
        #expect(LocalDate(iso: "2019-02-29") == nil)
        #expect(LocalDate(iso: "2020-02-29") != nil)
        #expect(LocalDate(iso: "2019-13-01") == nil)
        #expect(LocalDate(iso: "19-06-30") == nil)
        #expect(LocalDate(vietnamese: "31/4/2019") == nil)
    }

    @Test("orders by calendar and prints the province's style")
    func ordersAndPrints() throws {
        let a = try #require(LocalDate(iso: "2018-12-31")), b = try #require(LocalDate(iso: "2019-01-01"))
        #expect(a < b)
        #expect(a.vietnamese == "31/12/2018")
    }

    @Test("a validity interval includes both ends and open ends extend forever")
    func validityIncludesBothEnds() throws {
        let validity = Validity(from: LocalDate(iso: "2016-12-01"), until: LocalDate(iso: "2022-03-07"))
        #expect(validity.contains(try #require(LocalDate(iso: "2016-12-01"))))
        #expect(validity.contains(try #require(LocalDate(iso: "2022-03-07"))))
        #expect(!validity.contains(try #require(LocalDate(iso: "2022-03-08"))))
        #expect(Validity(from: LocalDate(iso: "2026-02-15")).contains(try #require(LocalDate(iso: "2099-01-01"))))
    }
}

@Suite("Day arithmetic")
struct DayArithmeticTests {
    @Test("day numbers match known dates and round-trip")
    func dayNumbers() {
        #expect(LocalDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(LocalDate(year: 2019, month: 7, day: 24)?.dayNumber == 18_101)
        #expect(LocalDate(year: 2000, month: 3, day: 1)?.dayNumber == 11_017)
        #expect(LocalDate(year: 1969, month: 12, day: 31)?.dayNumber == -1)
        for number in stride(from: -719_000, through: 2_900_000, by: 997) {
            #expect(LocalDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test("weekdays, month steps and spreadsheet serials")
    func calendarFacts() {
        #expect(LocalDate(year: 2019, month: 7, day: 24)?.isoWeekday == 3)  // a Wednesday
        #expect(LocalDate(year: 2026, month: 11, day: 29)?.isWeekend == true)  // a Sunday
        #expect(LocalDate(year: 2019, month: 1, day: 31)?.adding(months: 1) == LocalDate(year: 2019, month: 2, day: 28))
        #expect(LocalDate(year: 2019, month: 12, day: 15)?.adding(months: 2) == LocalDate(year: 2020, month: 2, day: 15))
        // Excel shows serial 43830 as 31/12/2019.
        #expect(LocalDate(spreadsheetSerial: 43_830) == LocalDate(year: 2019, month: 12, day: 31))
        #expect(LocalDate(year: 2019, month: 12, day: 31)?.spreadsheetSerial == 43_830)
        #expect(LocalDate(year: 2019, month: 12, day: 31)?.days(to: LocalDate(year: 2020, month: 3, day: 1)!) == 61)
    }
}
