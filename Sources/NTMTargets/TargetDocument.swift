import NTMCore

/// A target as text fields: what files, the stores and the API exchange. Reading it back checks the scope, the
/// measure and the owner, so a stored or uploaded target can never hold what the loader would refuse.
public struct TargetDocument: Codable, Hashable, Sendable {
    public struct MeasureDocument: Codable, Hashable, Sendable {
        public var kind: String
        public var value: String?

        public init(kind: String, value: String?) {
            self.kind = kind
            self.value = value
        }
    }

    public struct SourceDocument: Codable, Hashable, Sendable {
        public var document: String
        public var date: LocalDate
        public var text: String?

        public init(document: String, date: LocalDate, text: String?) {
            self.document = document
            self.date = date
            self.text = text
        }
    }

    public var id: String
    public var title: LocalizedText
    public var scope: String
    public var measure: MeasureDocument
    public var start: LocalDate?
    public var deadline: LocalDate
    public var source: SourceDocument
    public var owner: String
    public var notes: String?

    public init(
        id: String, title: LocalizedText, scope: String, measure: MeasureDocument, start: LocalDate?, deadline: LocalDate,
        source: SourceDocument, owner: String, notes: String?
    ) {
        self.id = id
        self.title = title
        self.scope = scope
        self.measure = measure
        self.start = start
        self.deadline = deadline
        self.source = source
        self.owner = owner
        self.notes = notes
    }

    public init(_ target: Target) {
        self.init(
            id: target.id, title: target.title, scope: target.scope.text,
            measure: MeasureDocument(kind: target.measure.kind, value: target.measure.valueText), start: target.start,
            deadline: target.deadline, source: SourceDocument(document: target.source.document, date: target.source.date, text: target.source.text),
            owner: target.owner.text, notes: target.notes)
    }

    /// The target, or the first field that cannot be read.
    public func target() throws(TargetProblem) -> Target {
        guard let scope = EvaluationScope(parsing: scope) else {
            throw TargetProblem(
                field: "scope",
                message: LocalizedText(
                    vi: "phạm vi '\(self.scope)' không hợp lệ (mã đơn vị, registered:NĂM[@MÃ] hoặc all)",
                    en: "scope '\(self.scope)' is not a unit code, registered:YEAR[@CODE] or all"))
        }
        guard let owner = OrganisationRef(text: owner) else {
            throw TargetProblem(
                field: "owner",
                message: LocalizedText(
                    vi: "'\(self.owner)' không phải tổ chức (office, department:MÃ hoặc unit:MÃ)",
                    en: "'\(self.owner)' is not an organisation (office, department:CODE or unit:CODE)"))
        }
        return Target(
            id: id, title: title, scope: scope, measure: try Measure(kind: measure.kind, value: measure.value), start: start,
            deadline: deadline, source: TargetSource(document: source.document, date: source.date, text: source.text), owner: owner,
            notes: notes)
    }
}

extension Measure {
    /// Every measure's name, in the order documents list them: read from one example of each case, so the list
    /// cannot drift from `kind`.
    public static let kinds = [
        Measure.shareAtStandard(FixedDecimal(0)), .communesAtStandard(0), .everyCommuneAtLeast(criteria: 0), .districtCriteriaAtLeast(0),
        .districtAtStandard, .criterionMetEverywhere(0), .averageCriteria(FixedDecimal(0)),
    ].map(\.kind)

    /// Reads a measure from its name and value text ("70", "13,5"); the problem names the field "measure".
    public init(kind: String, value: String?) throws(TargetProblem) {
        func problem(_ vi: String, _ en: String) -> TargetProblem {
            TargetProblem(field: "measure", message: LocalizedText(vi: vi, en: en))
        }
        let text = value?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".") ?? ""
        func decimal() throws(TargetProblem) -> FixedDecimal {
            guard let number = FixedDecimal(text) else {
                throw problem("'\(kind)' cần một số (value), không phải '\(value ?? "")'", "'\(kind)' needs a number value, not '\(value ?? "")'")
            }
            return number
        }
        func whole() throws(TargetProblem) -> Int {
            guard let number = Int(text) else {
                throw problem(
                    "'\(kind)' cần một số nguyên (value), không phải '\(value ?? "")'", "'\(kind)' needs a whole number value, not '\(value ?? "")'")
            }
            return number
        }
        switch kind {
        case "share-at-standard": self = .shareAtStandard(try decimal())
        case "communes-at-standard": self = .communesAtStandard(try whole())
        case "every-commune-at-least": self = .everyCommuneAtLeast(criteria: try whole())
        case "district-criteria-at-least": self = .districtCriteriaAtLeast(try whole())
        case "district-at-standard": self = .districtAtStandard
        case "criterion-met-everywhere": self = .criterionMetEverywhere(try whole())
        case "average-criteria": self = .averageCriteria(try decimal())
        default:
            throw problem(
                "loại chỉ tiêu '\(kind)' không có; dùng: \(Self.kinds.joined(separator: ", "))",
                "unknown measure '\(kind)'; use one of: \(Self.kinds.joined(separator: ", "))")
        }
    }

    /// The value as documents write it; nil for a measure without one.
    public var valueText: String? {
        switch self {
        case .shareAtStandard(let share): share.plain
        case .averageCriteria(let average): average.plain
        case .communesAtStandard(let count), .everyCommuneAtLeast(criteria: let count), .districtCriteriaAtLeast(let count),
            .criterionMetEverywhere(let count):
            String(count)
        case .districtAtStandard: nil
        }
    }
}
