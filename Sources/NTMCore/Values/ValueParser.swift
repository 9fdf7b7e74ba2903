/// Turns what a user typed (a form, a CSV row, a spreadsheet cell) into an observation value for one indicator.
///
/// The one place where input becomes a value: the entry form, CSV imports and the Excel template all call it,
/// so they accept the same forms and refuse the rest with the same messages.
public enum ValueParser {
    /// The value `input` gives for a code of kind `observable`, or nil when the input is empty.
    /// Checks the form only; whether the value fits the indicator (0–100 %, numerator within denominator)
    /// is `ObservationValue.validate`.
    public static func parse(_ input: ValueInput, as observable: ObservableKind, code: IndicatorCode) throws(ValueParseError)
        -> ObservationValue?
    {
        if input.isEmpty { return nil }
        func fail(_ field: ValueField, _ reason: ValueParseError.Reason) -> ValueParseError {
            ValueParseError(code: code, field: field, reason: reason)
        }
        switch observable {
        case .derived: throw fail(.value, .derived)
        case .indicator(nil): throw fail(.value, .kindNotSet)
        case .condition, .indicator(.passFail?):
            try onlyValue(input, code: code)
            return .passFail(try passFail(input.value, fail: { fail(.value, $0) }))
        case .indicator(.percentage?):
            if !input.numerator.isEmpty || !input.denominator.isEmpty {
                guard input.value.isEmpty else { throw fail(.value, .bothValueAndRatio) }
                guard !input.numerator.isEmpty else { throw fail(.numerator, .missingPart) }
                guard !input.denominator.isEmpty else { throw fail(.denominator, .missingPart) }
                let numerator = try whole(input.numerator, fail: { fail(.numerator, $0) })
                let denominator = try whole(input.denominator, fail: { fail(.denominator, $0) })
                return .ratio(numerator: numerator, denominator: denominator)
            }
            return .percent(try number(input.value, allowPercentSign: true, fail: { fail(.value, $0) }))
        case .indicator(.amount?):
            try onlyValue(input, code: code)
            return .amount(try number(input.value, allowPercentSign: false, fail: { fail(.value, $0) }))
        case .indicator(.count?), .indicator(.mustBeNone?):
            try onlyValue(input, code: code)
            return .count(try whole(input.value, fail: { fail(.value, $0) }))
        }
    }

    /// Numerator and denominator belong to percentages only.
    private static func onlyValue(_ input: ValueInput, code: IndicatorCode) throws(ValueParseError) {
        if !input.numerator.isEmpty { throw ValueParseError(code: code, field: .numerator, reason: .ratioNotExpected) }
        if !input.denominator.isEmpty { throw ValueParseError(code: code, field: .denominator, reason: .ratioNotExpected) }
    }

    private static func passFail(_ cell: TypedCell, fail: (ValueParseError.Reason) -> ValueParseError) throws(ValueParseError) -> Bool {
        switch cell {
        case .bool(let flag): return flag
        case .text(let text):
            guard let met = PassFailText.parse(text) else { throw fail(.notYesNo(text)) }
            return met
        case .number(let lexical, _):
            switch NumberText.lexical(lexical) {
            case FixedDecimal(1)?: return true
            case FixedDecimal.zero?: return false
            default: throw fail(.notYesNo(lexical))
            }
        case .empty: throw fail(.empty)
        }
    }

    /// A number as the user meant it: a percent-formatted cell stores 0.8 for the 80 it shows, and a text
    /// ending in `%` is the number before the sign.
    private static func number(_ cell: TypedCell, allowPercentSign: Bool, fail: (ValueParseError.Reason) -> ValueParseError)
        throws(ValueParseError) -> FixedDecimal
    {
        switch cell {
        case .empty: throw fail(.empty)
        case .bool: throw fail(.notANumber(cell.shown, .notANumber))
        case .number(_, .date): throw fail(.dateFormatted(cell.shown))
        case .number(let lexical, let display):
            guard let stored = NumberText.lexical(lexical) else { throw fail(.notANumber(lexical, .notANumber)) }
            guard display == .percent else { return stored }
            // ×100 in checked arithmetic: a crafted cell must not trap the server.
            let (shown, overflow) = stored.scaled.multipliedReportingOverflow(by: 100)
            guard !overflow else { throw fail(.notANumber(lexical, .tooLarge)) }
            return FixedDecimal(scaled: shown)
        case .text(let text):
            do {
                if allowPercentSign { return try NumberText.percent(text).value }
                return try NumberText.decimal(text)
            } catch {
                throw fail(.notANumber(text, error))
            }
        }
    }

    private static func whole(_ cell: TypedCell, fail: (ValueParseError.Reason) -> ValueParseError) throws(ValueParseError) -> Int64 {
        let value = try number(cell, allowPercentSign: false, fail: fail)
        guard value.isInteger else { throw fail(.notWhole(cell.shown)) }
        return value.scaled / FixedDecimal.scale
    }
}

/// Why a typed value cannot be read, naming the indicator and the field.
public struct ValueParseError: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case empty
        case notYesNo(String)
        case notANumber(String, NumberText.Problem)
        case notWhole(String)
        case dateFormatted(String)
        case bothValueAndRatio
        case missingPart
        case ratioNotExpected
        case derived
        case kindNotSet
    }

    public var code: IndicatorCode
    public var field: ValueField
    public var reason: Reason

    public init(code: IndicatorCode, field: ValueField, reason: Reason) {
        self.code = code
        self.field = field
        self.reason = reason
    }

    /// "chỉ tiêu 17.1, tử số: '12,5' phải là số nguyên".
    public func text(_ language: Language) -> String {
        let subject: String
        switch (field, language) {
        case (.value, .vi): subject = "chỉ tiêu \(code)"
        case (.numerator, .vi): subject = "chỉ tiêu \(code), tử số"
        case (.denominator, .vi): subject = "chỉ tiêu \(code), mẫu số"
        case (.value, .en): subject = "indicator \(code)"
        case (.numerator, .en): subject = "indicator \(code), numerator"
        case (.denominator, .en): subject = "indicator \(code), denominator"
        }
        return "\(subject): \(problem(language))"
    }

    /// The problem alone, for messages shown next to the field itself.
    public func problem(_ language: Language) -> String {
        switch (reason, language) {
        case (.empty, .vi): "đang để trống"
        case (.empty, .en): "is empty"
        case (.notYesNo(let text), .vi): "'\(text)' không phải Đạt/Không đạt (hoặc Có/Không)"
        case (.notYesNo(let text), .en): "'\(text)' is not Đạt/Không đạt (met/not met, or Có/Không)"
        case (.notANumber(let text, let problem), _): problem.text(text, language)
        case (.notWhole(let text), .vi): "'\(text)' phải là số nguyên, ví dụ 1250"
        case (.notWhole(let text), .en): "'\(text)' must be a whole number, e.g. 1250"
        case (.dateFormatted(let text), .vi): "ô đang định dạng ngày tháng ('\(text)'); đổi định dạng ô về Số rồi nhập lại"
        case (.dateFormatted(let text), .en): "the cell is formatted as a date ('\(text)'); format it as a number and enter the value again"
        case (.bothValueAndRatio, .vi): "chỉ nhập tỷ lệ % hoặc tử số và mẫu số, không nhập cả hai"
        case (.bothValueAndRatio, .en): "give either a percentage or a numerator and denominator, not both"
        case (.missingPart, .vi): "cần nhập cả tử số và mẫu số"
        case (.missingPart, .en): "give both the numerator and the denominator"
        case (.ratioNotExpected, .vi): "chỉ tiêu này không nhập theo tử số/mẫu số"
        case (.ratioNotExpected, .en): "this indicator does not take a numerator and denominator"
        case (.derived, .vi): "chỉ tiêu này được tính từ kết quả các xã, không nhập trực tiếp"
        case (.derived, .en): "this indicator is computed from commune results and cannot be entered"
        case (.kindNotSet, .vi): "bộ tiêu chí chưa xác định cách đo chỉ tiêu này nên chưa nhập được"
        case (.kindNotSet, .en): "the criteria set does not say how this indicator is measured, so no value can be entered"
        }
    }
}

extension ValueParseError: CustomStringConvertible {
    public var description: String { text(.en) }
}
