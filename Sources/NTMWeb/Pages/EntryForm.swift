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

    /// The typed value of a field; nil when left empty. The core's one parser reads it, as it reads CSV and Excel.
    func value(of field: Field, _ typed: Typed) throws(ValueParseError) -> ObservationValue? {
        if case .derived = field.observable { return nil }
        if case .indicator(nil) = field.observable { return nil }
        return try ValueParser.parse(
            ValueInput(value: typed.value, numerator: typed.numerator, denominator: typed.denominator), as: field.observable, code: field.code)
    }

    /// A well-formed value read from the form, with the evidence typed next to it.
    struct Entered {
        let field: Field
        let value: ObservationValue
        let evidence: String?
    }

    /// Every filled field read and checked the one way the save and the live evaluation share: the core's parser,
    /// then the engine's validation. Problems are keyed by indicator.
    func read(_ typed: [IndicatorCode: Typed], engine: EvaluationEngine) -> (values: [Entered], problems: [IndicatorCode: LocalizedText]) {
        var values: [Entered] = []
        var problems: [IndicatorCode: LocalizedText] = [:]
        for field in fields {
            guard let entered = typed[field.code] else { continue }
            let parsed: ObservationValue?
            do { parsed = try value(of: field, entered) } catch {
                problems[field.code] = LocalizedText(vi: error.text(.vi), en: error.text(.en))
                continue
            }
            guard let parsed else { continue }
            do {
                try engine.validate(Observation(unit: unit, criteriaSet: set.id, indicator: field.code, date: date, value: parsed))
            } catch {
                if case .invalidValue(_, _, let problem) = error {
                    problems[field.code] = LocalizedText(vi: problem.text(.vi), en: problem.text(.en))
                } else {
                    problems[field.code] = LocalizedText(vi: error.text(.vi), en: error.text(.en))
                }
                continue
            }
            values.append(Entered(field: field, value: parsed, evidence: entered.evidence.isEmpty ? nil : entered.evidence))
        }
        return (values, problems)
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

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
