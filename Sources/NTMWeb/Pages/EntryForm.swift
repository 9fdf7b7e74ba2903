import Foundation
import NTMCore
import NTMExchange

/// The data-entry form for one unit on one date: what it shows, and how a submitted form becomes changes.
struct EntryForm {
    /// One value the form asks for: an indicator or a condition (e.g. "the commune plan has no market").
    struct Field {
        let code: IndicatorCode
        let name: String
        let observable: ObservableKind
        let criterion: Int?
    }

    /// What an officer typed for one field, kept to redisplay the form when something is wrong.
    struct Typed: Sendable {
        var value = ""
        var numerator = ""
        var denominator = ""
        var evidence = ""
    }

    let unit: UnitCode
    let set: CriteriaSet
    let date: LocalDate
    let fields: [Field]

    init(unit: UnitCode, set: CriteriaSet, date: LocalDate, language: Language) {
        self.unit = unit
        self.set = set
        self.date = date
        var fields: [Field] = []
        for condition in set.conditions {
            fields.append(Field(code: condition.id, name: condition.question.text(language), observable: .condition, criterion: nil))
        }
        for criterion in set.criteria {
            for indicator in criterion.indicators {
                fields.append(
                    Field(
                        code: indicator.code, name: indicator.displayName(language),
                        observable: set.observableKind(of: indicator.code) ?? .indicator(indicator.kind), criterion: criterion.number))
            }
        }
        for indicator in set.preconditions {
            fields.append(
                Field(
                    code: indicator.code, name: indicator.displayName(language),
                    observable: set.observableKind(of: indicator.code) ?? .indicator(indicator.kind), criterion: nil))
        }
        self.fields = fields
    }

    static func valueName(_ code: IndicatorCode) -> String { "v:\(code)" }
    static func numeratorName(_ code: IndicatorCode) -> String { "n:\(code)" }
    static func denominatorName(_ code: IndicatorCode) -> String { "d:\(code)" }
    static func evidenceName(_ code: IndicatorCode) -> String { "e:\(code)" }
    static func revisionName(_ code: IndicatorCode) -> String { "r:\(code)" }

    /// What the form holds for each field.
    func typed(_ form: FormBody) -> [IndicatorCode: Typed] {
        var typed: [IndicatorCode: Typed] = [:]
        for field in fields {
            typed[field.code] = Typed(
                value: form.value(Self.valueName(field.code))?.trimmed ?? "",
                numerator: form.value(Self.numeratorName(field.code))?.trimmed ?? "",
                denominator: form.value(Self.denominatorName(field.code))?.trimmed ?? "",
                evidence: form.value(Self.evidenceName(field.code))?.trimmed ?? "")
        }
        return typed
    }

    /// The typed value of a field; nil when left empty. Throws a message naming what is wrong.
    func value(of field: Field, _ typed: Typed) throws(FormValueError) -> ObservationValue? {
        switch field.observable {
        case .derived: return nil
        case .condition, .indicator(.passFail?):
            guard !typed.value.isEmpty else { return nil }
            guard let met = CellNumber.passFail(typed.value) else { throw .notYesNo(typed.value) }
            return .passFail(met)
        case .indicator(.percentage?):
            if typed.numerator.isEmpty && typed.denominator.isEmpty { return nil }
            guard let numerator = Int64(typed.numerator) else { throw .notWhole(typed.numerator, part: .numerator) }
            guard let denominator = Int64(typed.denominator) else { throw .notWhole(typed.denominator, part: .denominator) }
            return .ratio(numerator: numerator, denominator: denominator)
        case .indicator(.amount?):
            guard !typed.value.isEmpty else { return nil }
            guard let amount = CellNumber.decimal(typed.value) else { throw .notNumber(typed.value) }
            return .amount(amount)
        case .indicator(.count?), .indicator(.mustBeNone?):
            guard !typed.value.isEmpty else { return nil }
            guard let count = CellNumber.decimal(typed.value), count.isInteger else { throw .notWhole(typed.value, part: .value) }
            return .count(count.scaled / FixedDecimal.scale)
        case .indicator(nil): return nil
        }
    }

    /// How a stored value is typed back into the form.
    static func typed(_ value: ObservationValue, evidence: String?) -> Typed {
        var typed = Typed(evidence: evidence ?? "")
        switch value {
        case .passFail(let met): typed.value = met ? "1" : "0"
        case .ratio(let numerator, let denominator):
            typed.numerator = String(numerator)
            typed.denominator = String(denominator)
        case .percent(let value), .amount(let value): typed.value = value.plain
        case .count(let count): typed.value = String(count)
        }
        return typed
    }
}

/// Why a typed value cannot be read.
enum FormValueError: Error {
    enum Part { case value, numerator, denominator }
    case notYesNo(String)
    case notNumber(String)
    case notWhole(String, part: Part)

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notYesNo(let text), .vi): "'\(text)' không phải Đạt/Không đạt"
        case (.notYesNo(let text), .en): "'\(text)' is neither 'met' nor 'not met'"
        case (.notNumber(let text), .vi): "'\(text)' không phải số (ví dụ 45 hoặc 45,5)"
        case (.notNumber(let text), .en): "'\(text)' is not a number (e.g. 45 or 45.5)"
        case (.notWhole(let text, let part), .vi):
            "\(part == .numerator ? "tử số" : part == .denominator ? "mẫu số" : "giá trị") '\(text)' phải là số nguyên"
        case (.notWhole(let text, let part), .en):
            "the \(part == .numerator ? "numerator" : part == .denominator ? "denominator" : "value") '\(text)' must be a whole number"
        }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
