import NTMCore

/// A goal a briefing set, as data: what must hold, for which communes or district, by when, who answers for it and
/// which document set it. Its status is computed from the evaluation engine, never entered.
public struct Target: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var scope: EvaluationScope
    public var measure: Measure
    /// From when progress is counted; the source's date when not given (the day the goal was set).
    public var start: LocalDate?
    public var deadline: LocalDate
    public var source: TargetSource
    public var owner: OrganisationRef
    public var notes: String?

    public init(
        id: String, title: LocalizedText, scope: EvaluationScope, measure: Measure, start: LocalDate? = nil, deadline: LocalDate,
        source: TargetSource, owner: OrganisationRef, notes: String? = nil
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

    /// The day progress is counted from.
    public var countedFrom: LocalDate { start ?? source.date }
}

/// The document or meeting that set a target: its number (e.g. "Thông báo kết luận giao ban 24/7/2019"), date and
/// the words it used.
public struct TargetSource: Hashable, Sendable {
    public var document: String
    public var date: LocalDate
    public var text: String?

    public init(document: String, date: LocalDate, text: String? = nil) {
        self.document = document
        self.date = date
        self.text = text
    }
}

extension Target {
    /// The unit a target is anchored on: its unit, or the unit its registered xã lie in; nil for the whole country.
    public var anchor: UnitCode? {
        switch scope {
        case .unit(let code): code
        case .registered(_, let within): within
        case .everything: nil
        }
    }

    /// Whether a page about `scope` shows this target: its anchor lies in the scope's unit; the whole country's page
    /// shows every target.
    public func lies(within scope: EvaluationScope, units: UnitHierarchy, on date: LocalDate) -> Bool {
        guard let root = scope.units.first else { return scope == .everything }
        guard let anchor else { return false }
        return anchor == root || units.ancestry(of: anchor, on: date).contains { $0.code == root }
    }
}
