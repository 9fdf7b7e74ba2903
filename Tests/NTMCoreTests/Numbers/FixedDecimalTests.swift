import NTMCore
import Testing

@Suite("FixedDecimal")
struct FixedDecimalTests {
    @Test("parses decimals exactly and rejects text")
    func parsesExactly() {
        #expect(FixedDecimal("21.8")?.scaled == 218_000)
        #expect(FixedDecimal("45")?.plain == "45")
        #expect(FixedDecimal("-3.25")?.plain == "-3.25")
        #expect(FixedDecimal("abc") == nil)
        #expect(FixedDecimal("1.23456") == nil)
        #expect(FixedDecimal("") == nil)
    }

    @Test("derives percentages from counts, rounding half away from zero")
    func derivesPercentages() {
        #expect(FixedDecimal.percent(numerator: 17, denominator: 20) == FixedDecimal(85))
        #expect(FixedDecimal.percent(numerator: 1, denominator: 3).plain == "33.3333")
        #expect(FixedDecimal.percent(numerator: 2, denominator: 3).plain == "66.6667")
    }

    @Test("prints with a decimal comma in Vietnamese")
    func printsVietnamese() {
        #expect(FixedDecimal("15.944")?.vietnamese() == "15,94")
        #expect(FixedDecimal("15.945")?.vietnamese() == "15,95")
        #expect(FixedDecimal(100).vietnamese() == "100")
    }
}
