import Foundation
import NTMCore

/// The data-entry page's content: one row per indicator, grouped by criterion, with the official value,
/// the value at this date being worked on, and its review state.
struct EntryView {
    struct Row {
        let code: String
        /// The code printed before the name: a condition's id is internal, its question says it all.
        let shownCode: String?
        /// A condition is answered yes/no ("Có"/"Không"); an indicator met/not met.
        let yesLabel: String
        let noLabel: String
        let name: String
        let unitLabel: String?
        let threshold: String?
        let illustrative: Bool
        let notConfigured: Bool
        let official: String?
        let status: String?
        let statusClass: String?
        let review: String?
        let reviewClass: String?
        let reviewComment: String?
        let locked: Bool
        let revision: Int
        let kind: String
        let passFail: Bool
        let ratio: Bool
        let number: Bool
        let whole: Bool
        let derived: Bool
        let value: String
        let numerator: String
        let denominator: String
        let yes: Bool
        let no: Bool
        let evidence: String
        let error: String?
        let valueName: String
        let numeratorName: String
        let denominatorName: String
        let evidenceName: String
        let revisionName: String
    }

    /// Named apart from `Row.status`: Mustache would otherwise show a section's badge in a row that has none.
    struct Section {
        let title: String
        let criterion: Int?
        let criterionStatus: String?
        let criterionStatusClass: String?
        let rows: [Row]
    }

    let t: [String: String]
    let title: String
    let unitCode: String
    let dateValue: String
    let setID: String
    let legalBasis: String
    let action: String
    let csrf: String
    let source: String
    let sections: [Section]
    let met: String
    let errors: [String]
    let flash: String?
    let communeHref: String
    let previewURL: String
    let hasLocked: Bool
    /// Status names for the live evaluation script, so it shows the server's words rather than its own copy.
    let statusLabels: String
    /// The server's text limits, so the form stops typing where the server would refuse.
    let sourceLimit = ObservationText.sourceLimit
    let evidenceLimit = ObservationText.evidenceLimit

    struct Input {
        var form: EntryForm
        var evaluation: UnitEvaluation?
        var records: [IndicatorCode: ObservationRecord]
        var typed: [IndicatorCode: EntryForm.Typed]
        var errors: [IndicatorCode: String]
        var generalErrors: [String]
        var source: String
        var flash: String?
        var unitName: String
        var csrf: String
    }

    init(_ input: Input, language: Language) {
        let strings = UIStrings.table(language)
        let format = Formatting(language: language)
        var results: [IndicatorCode: IndicatorResult] = [:]
        var criterionResults: [Int: CriterionResult] = [:]
        for criterion in input.evaluation?.criteria ?? [] {
            criterionResults[criterion.number] = criterion
            for result in criterion.indicators { results[result.code] = result }
        }
        for result in input.evaluation?.preconditions ?? [] { results[result.code] = result }

        func row(_ field: EntryForm.Field) -> Row {
            let result = results[field.code]
            let record = input.records[field.code]
            let typed = input.typed[field.code] ?? record.map { EntryForm.typed($0.value, evidence: $0.evidence) } ?? EntryForm.Typed()
            var kind = "", passFail = false, ratio = false, number = false, whole = false, derived = false
            switch field.observable {
            case .derived:
                derived = true
                kind = "derived"
            case .condition, .indicator(.passFail?):
                passFail = true
                kind = "pass-fail"
            case .indicator(.percentage?):
                ratio = true
                kind = "percentage"
            case .indicator(.amount?):
                number = true
                kind = "amount"
            case .indicator(.count?), .indicator(.mustBeNone?):
                number = true
                whole = true
                kind = "count"
            case .indicator(nil):
                derived = true
                kind = "unset"
            }
            var notConfigured = false
            if case .notConfigured? = result?.status { notConfigured = true }
            let locked = record.map { !$0.status.acceptsValueChanges } ?? false
            let code = field.code
            let condition = field.observable == .condition
            return Row(
                code: code.rawValue, shownCode: condition ? nil : code.rawValue,
                yesLabel: condition ? (language == .vi ? "Có" : "Yes") : strings["met"] ?? "",
                noLabel: condition ? (language == .vi ? "Không" : "No") : strings["notMet"] ?? "", name: field.name, unitLabel: result?.unit,
                threshold: result.flatMap(format.threshold),
                illustrative: result?.thresholdIllustrative ?? false, notConfigured: notConfigured,
                official: format.value(result?.value).map { value in
                    result?.observedOn.map { "\(value) (\(language == .vi ? $0.vietnamese : $0.iso))" } ?? value
                },
                status: result?.status.text(language), statusClass: result.map { Formatting.statusClass($0.status) },
                review: record?.status.name(language), reviewClass: record.map { "review-\($0.status.rawValue)" },
                reviewComment: record?.status == .returned ? record?.comment : nil,
                locked: locked, revision: record?.revision ?? 0, kind: kind, passFail: passFail, ratio: ratio, number: number,
                whole: whole, derived: derived, value: typed.value, numerator: typed.numerator, denominator: typed.denominator,
                yes: typed.value == "1", no: typed.value == "0", evidence: typed.evidence, error: input.errors[code],
                valueName: EntryForm.valueName(code), numeratorName: EntryForm.numeratorName(code),
                denominatorName: EntryForm.denominatorName(code), evidenceName: EntryForm.evidenceName(code),
                revisionName: EntryForm.revisionName(code))
        }

        let form = input.form
        var sections: [Section] = []
        let conditions = form.fields.filter { $0.observable == .condition }
        if !conditions.isEmpty {
            sections.append(
                Section(
                    title: language == .vi ? "Điều kiện áp dụng" : "Conditions", criterion: nil, criterionStatus: nil, criterionStatusClass: nil,
                    rows: conditions.map(row)))
        }
        let prefix = language == .vi ? "Tiêu chí" : "Criterion"
        for criterion in form.set.criteria {
            let result = criterionResults[criterion.number]
            sections.append(
                Section(
                    title: "\(prefix) \(criterion.number). \(criterion.name.text(language))", criterion: criterion.number,
                    criterionStatus: result.map { $0.status.text(language) },
                    criterionStatusClass: result.map { Formatting.statusClass($0.status) },
                    rows: form.fields.filter { $0.criterion == criterion.number }.map(row)))
        }
        let preconditions = form.fields.filter { $0.criterion == nil && $0.observable != .condition }
        if !preconditions.isEmpty {
            sections.append(
                Section(
                    title: language == .vi ? "Điều kiện tiên quyết" : "Preconditions", criterion: nil, criterionStatus: nil,
                    criterionStatusClass: nil,
                    rows: preconditions.map(row)))
        }
        t = strings
        title = "\(strings["entry"] ?? "") — \(input.unitName)"
        unitCode = form.unit.rawValue
        dateValue = form.date.iso
        setID = form.set.id.rawValue
        legalBasis = form.set.legalBasis.citation(language)
        action = Paths.entry(form.unit)
        csrf = input.csrf
        source = input.source
        self.sections = sections
        met = input.evaluation.map { "\($0.criteriaMet)/\($0.totalCriteria)" } ?? "–"
        errors = input.generalErrors + input.errors.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        flash = input.flash
        communeHref = Paths.with(Paths.commune(form.unit), ["date": form.date.iso])
        previewURL = Paths.entry(form.unit) + "/" + Paths.entryPreviewSegment
        hasLocked = sections.contains { $0.rows.contains(where: \.locked) }
        var labels: [String: String] = [:]
        for status in [IndicatorStatus.met, .notMet, .noData, .notApplicable(condition: "")] { labels[status.code] = status.text(language) }
        labels[IndicatorStatus.notConfigured(.kindNotSet).code] = strings["notConfigured"]
        for status in [CriterionStatus.met, .notMet, .undetermined, .notApplicable] { labels["criterion-" + status.rawValue] = status.text(language) }
        statusLabels = (try? String(decoding: JSONEncoder().encode(labels), as: UTF8.self)) ?? "{}"
    }
}
