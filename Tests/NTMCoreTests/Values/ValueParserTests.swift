import NTMCore
import Testing

@Suite("Typed values")
struct ValueParserTests {
    /// Written by hand from how Vietnamese and English officers type numbers.
    @Test(
        "numbers in either notation read right",
        arguments: [
            ("45", "45"), ("45,5", "45.5"), ("45.5", "45.5"), ("0,8", "0.8"), ("0.125", "0.125"), (",5", "0.5"),
            ("1.250,5", "1250.5"), ("1,250.5", "1250.5"), ("1.234.567", "1234567"), ("1,234,567", "1234567"),
            ("1 250,5", "1250.5"), ("1\u{00A0}250", "1250"), ("-3,25", "-3.25"), ("+7", "7"), ("12.5000", "12.5"), ("1250", "1250"),
        ])
    func readsNumbers(typed: String, expected: String) throws {
        #expect(try NumberText.decimal(typed) == FixedDecimal(expected))
    }

    @Test(
        "text that reads two ways or not at all is refused with its reason",
        arguments: [
            ("1.250", NumberText.Problem.ambiguousSeparator), ("1,250", .ambiguousSeparator), ("12.500", .ambiguousSeparator),
            ("abc", .notANumber), ("45.", .notANumber), ("1.2.3,4.5", .notANumber), ("1,23,456", .notANumber), ("", .empty),
            ("  ", .empty), ("1,23456", .tooPrecise), ("123456789012345", .tooLarge), ("12%", .notANumber), ("1e5", .notANumber),
        ])
    func refusesUnclearNumbers(typed: String, problem: NumberText.Problem) {
        #expect(throws: problem) { try NumberText.decimal(typed) }
    }

    @Test("a percent-formatted cell holds the fraction of the percentage it shows")
    func percentFormattedCells() throws {
        let percent = ObservableKind.indicator(.percentage)
        #expect(try ValueParser.parse(ValueInput(value: .number("0.058", .percent)), as: percent, code: "11") == .percent(FixedDecimal("5.8")!))
        #expect(try ValueParser.parse(ValueInput(value: .number("0.8", .percent)), as: percent, code: "11") == .percent(FixedDecimal(80)))
        #expect(try ValueParser.parse(ValueInput(value: .number("80", .plain)), as: percent, code: "11") == .percent(FixedDecimal(80)))
        #expect(try ValueParser.parse(ValueInput(value: "80%"), as: percent, code: "11") == .percent(FixedDecimal(80)))
        #expect(try ValueParser.parse(ValueInput(value: "5,8 %"), as: percent, code: "11") == .percent(FixedDecimal("5.8")!))
        // An amount typed into a percent cell shows ×100 too; what the officer typed is what counts.
        #expect(try ValueParser.parse(ValueInput(value: .number("0.45", .percent)), as: .indicator(.amount), code: "10") == .amount(FixedDecimal(45)))
    }

    @Test("a date-formatted cell is refused for a number, naming the indicator")
    func dateFormattedCell() {
        let error = ValueParseError(code: "10", field: .value, reason: .dateFormatted("43830"))
        #expect(throws: error) { try ValueParser.parse(ValueInput(value: .number("43830", .date)), as: .indicator(.amount), code: "10") }
        #expect(error.text(.vi).hasPrefix("chỉ tiêu 10: ô đang định dạng ngày tháng"))
    }

    @Test("yes/no answers in every accepted form, with and without diacritics or composed Unicode")
    func passFail() throws {
        let kind = ObservableKind.indicator(.passFail)
        for yes in ["Đạt", "đạt", "dat", "x", "X", "1", "Có", "co", "yes", "TRUE", "Đa\u{0323}t"] {
            #expect(try ValueParser.parse(ValueInput(value: yes), as: kind, code: "1.1") == .passFail(true), "\(yes)")
        }
        for no in ["Không đạt", "không  đạt", "khong dat", "Chưa đạt", "Không", "0", "no", "false"] {
            #expect(try ValueParser.parse(ValueInput(value: no), as: kind, code: "1.1") == .passFail(false), "\(no)")
        }
        #expect(try ValueParser.parse(ValueInput(value: .bool(true)), as: .condition, code: "c") == .passFail(true))
        #expect(try ValueParser.parse(ValueInput(value: .number("0", .plain)), as: kind, code: "1.1") == .passFail(false))
        #expect(throws: ValueParseError(code: "1.1", field: .value, reason: .notYesNo("có lẽ"))) {
            try ValueParser.parse(ValueInput(value: "có lẽ"), as: kind, code: "1.1")
        }
    }

    @Test("ratios need both whole parts; errors name the indicator and the part")
    func ratios() throws {
        let kind = ObservableKind.indicator(.percentage)
        #expect(
            try ValueParser.parse(ValueInput(value: nil, numerator: "1.250.000", denominator: "1,300,000"), as: kind, code: "9.2")
                == .ratio(numerator: 1_250_000, denominator: 1_300_000))
        let half = ValueParseError(code: "9.2", field: .numerator, reason: .notWhole("12,5"))
        #expect(throws: half) { try ValueParser.parse(ValueInput(value: nil, numerator: "12,5", denominator: "20"), as: kind, code: "9.2") }
        #expect(half.text(.vi) == "chỉ tiêu 9.2, tử số: '12,5' phải là số nguyên, ví dụ 1250")
        #expect(half.text(.en) == "indicator 9.2, numerator: '12,5' must be a whole number, e.g. 1250")
        #expect(throws: ValueParseError(code: "9.2", field: .denominator, reason: .missingPart)) {
            try ValueParser.parse(ValueInput(value: nil, numerator: "12", denominator: nil), as: kind, code: "9.2")
        }
        #expect(throws: ValueParseError(code: "9.2", field: .value, reason: .bothValueAndRatio)) {
            try ValueParser.parse(ValueInput(value: "80", numerator: "8", denominator: "10"), as: kind, code: "9.2")
        }
        #expect(throws: ValueParseError(code: "5", field: .numerator, reason: .ratioNotExpected)) {
            try ValueParser.parse(ValueInput(value: "3", numerator: "8", denominator: nil), as: .indicator(.count), code: "5")
        }
    }

    @Test("empty input is no value, not zero")
    func emptyIsNothing() throws {
        #expect(try ValueParser.parse(ValueInput(value: "  "), as: .indicator(.count), code: "5") == nil)
        #expect(try ValueParser.parse(ValueInput(), as: .indicator(.percentage), code: "5") == nil)
    }

    @Test("crafted spreadsheet numbers are refused without trapping")
    func hugeCellsDoNotTrap() {
        #expect(throws: ValueParseError(code: "10", field: .value, reason: .notANumber("92233720368547.7", .tooLarge))) {
            try ValueParser.parse(ValueInput(value: .number("92233720368547.7", .percent)), as: .indicator(.amount), code: "10")
        }
        #expect(throws: ValueParseError(code: "5", field: .value, reason: .notANumber("1e300", .notANumber))) {
            try ValueParser.parse(ValueInput(value: .number("1e300", .plain)), as: .indicator(.count), code: "5")
        }
    }
}
