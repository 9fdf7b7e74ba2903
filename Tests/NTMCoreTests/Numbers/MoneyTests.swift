import NTMCore
import Testing

@Suite("Money")
struct MoneyTests {
    @Test("amounts read in either notation, in đồng or millions, and refuse what reads two ways")
    func parsing() throws {
        #expect(try Money(parsing: "1.234.567") == Money(dong: 1_234_567))
        #expect(try Money(parsing: "1,234,567") == Money(dong: 1_234_567))
        #expect(try Money(parsing: "1234567") == Money(dong: 1_234_567))
        #expect(try Money(parsing: "1.234,5", inMillions: true) == Money(dong: 1_234_500_000))
        #expect(try Money(parsing: "0,0001", inMillions: true) == Money(dong: 100))
        #expect(throws: MoneyParseError.number("1.250", .ambiguousSeparator)) { try Money(parsing: "1.250") }
        #expect(throws: MoneyParseError.number("một triệu", .notANumber)) { try Money(parsing: "một triệu") }
        #expect(throws: MoneyParseError.fractionalDong("12,5")) { try Money(parsing: "12,5") }
    }

    @Test("sums are checked: overflow is an error, never a wrap or a trap")
    func checkedArithmetic() throws {
        let large = Money(dong: .max - 10)
        #expect(throws: MoneyError.overflow) { try large.adding(Money(dong: 11)) }
        #expect(throws: MoneyError.overflow) { try Money.sum([large, large]) }
        #expect(throws: MoneyError.overflow) { try Money(dong: .min).negated() }
        #expect(throws: MoneyError.overflow) { try Money(millions: FixedDecimal(scaled: .max)) }
        // The 2021–2025 national envelope of 196,332 billion đồng, summed 8,883 times, still fits.
        let envelope = Money(dong: 196_332_000_000_000)
        #expect(try Money.sum(repeatElement(envelope, count: 8_883)) == Money(dong: 1_744_017_156_000_000_000))
    }

    @Test("rates with a stated denominator, rounded half away from zero; national totals do not overflow")
    func percentages() {
        #expect(Money(dong: 445).percent(of: Money(dong: 1_000)) == FixedDecimal("44.5"))
        #expect(Money(dong: 83).percent(of: Money(dong: 100)) == FixedDecimal(83))
        #expect(Money(dong: 1).percent(of: Money(dong: 3)) == FixedDecimal("33.3333"))
        #expect(Money(dong: 2).percent(of: Money(dong: 3)) == FixedDecimal("66.6667"))
        #expect(Money(dong: 5).percent(of: .zero) == nil)
        #expect(Money(dong: 9_000_000_000_000_000_000).percent(of: Money(dong: 9_100_000_000_000_000_000)) == FixedDecimal("98.9011"))
    }

    @Test("Vietnamese and English formats, in đồng and in millions")
    func formatting() {
        #expect(Money(dong: 1_234_567).vietnamese == "1.234.567")
        #expect(Money(dong: 1_234_567).english == "1,234,567")
        #expect(Money(dong: -1_000).vietnamese == "-1.000")
        #expect(Money(dong: 1_234_567_890).millionsText(.vi) == "1.234,57")
        #expect(Money(dong: 1_234_567_890).millionsText(.en) == "1,234.57")
        #expect(Money(dong: 15_940_000).millionsText(.vi) == "15,94")
        #expect(Money(dong: 500_000).millionsText(.vi, decimals: 0) == "1")
        #expect(Money(dong: 999).millionsText(.vi, decimals: 3) == "0,001")
    }
}
