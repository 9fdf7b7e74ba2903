import Foundation
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

@Suite("Decimal input limits")
struct FixedDecimalLimitTests {
    @Test("numbers that do not fit four decimals in 64 bits are refused, not trapped on")
    func hugeNumbersRefused() throws {
        #expect(FixedDecimal(checking: 1e300) == nil)
        #expect(FixedDecimal(checking: .nan) == nil)
        #expect(FixedDecimal(checking: -.infinity) == nil)
        #expect(FixedDecimal(checking: 45.5) == FixedDecimal("45.5"))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([FixedDecimal].self, from: Data("[1e300]".utf8)) }
    }

    @Test("counts and ratio parts above a trillion are refused with their value named")
    func hugeCountsRefused() throws {
        #expect(throws: ObservationValueError.tooLarge(2_000_000_000_000)) {
            try ObservationValue.ratio(numerator: 1, denominator: 2_000_000_000_000).validate(for: .percentage)
        }
        #expect(throws: ObservationValueError.tooLarge(5_000_000_000_000)) {
            try ObservationValue.count(5_000_000_000_000).validate(for: .count)
        }
    }
}
