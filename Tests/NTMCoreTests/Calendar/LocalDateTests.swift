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
