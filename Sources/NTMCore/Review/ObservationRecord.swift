import Foundation

/// The identity of a value over time: one indicator of one unit as of one date.
public struct ObservationSlot: Hashable, Sendable, Codable {
    public var unit: UnitCode
    public var criteriaSet: CriteriaSetID
    public var indicator: IndicatorCode
    public var date: LocalDate

    public init(unit: UnitCode, criteriaSet: CriteriaSetID, indicator: IndicatorCode, date: LocalDate) {
        self.unit = unit
        self.criteriaSet = criteriaSet
        self.indicator = indicator
        self.date = date
    }
}

/// What a stored revision did: set a value, or move it through review.
public enum RevisionKind: String, Sendable, Codable {
    case value
    case review

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.value, .vi): "Giá trị"
        case (.review, .vi): "Thẩm định"
        case (.value, .en): "Value"
        case (.review, .en): "Review"
        }
    }
}

/// One stored revision of a slot. Revisions are never changed or deleted; the latest is current.
public struct ObservationRecord: Hashable, Sendable, Codable {
    public var id: Int64
    public var slot: ObservationSlot
    /// 1 for the first value of the slot, then +1 for every change or review step.
    public var revision: Int
    public var kind: RevisionKind
    public var value: ObservationValue
    public var status: ReviewStatus
    public var source: String?
    public var evidence: String?
    /// The reason given with a return or a reopening, or a note with the value.
    public var comment: String?
    public var actor: String
    public var recordedAt: Date
    /// Groups the revisions of one import or one form submission.
    public var batch: String?

    public init(
        id: Int64, slot: ObservationSlot, revision: Int, kind: RevisionKind, value: ObservationValue,
        status: ReviewStatus, source: String?, evidence: String?, comment: String?, actor: String,
        recordedAt: Date, batch: String?
    ) {
        self.id = id
        self.slot = slot
        self.revision = revision
        self.kind = kind
        self.value = value
        self.status = status
        self.source = source
        self.evidence = evidence
        self.comment = comment
        self.actor = actor
        self.recordedAt = recordedAt
        self.batch = batch
    }

    public var observation: Observation {
        Observation(
            unit: slot.unit, criteriaSet: slot.criteriaSet, indicator: slot.indicator, date: slot.date,
            value: value, source: source, evidence: evidence)
    }
}

/// Which revision a write expects to replace; a mismatch is a conflict, never a silent overwrite.
public enum ExpectedRevision: Hashable, Sendable, Codable {
    /// The slot must not have a value yet.
    case none
    case revision(Int)
    /// Append on top of whatever is current (bulk imports of files that carry no revisions).
    case latest

    public func matches(current: Int?) -> Bool {
        switch self {
        case .none: current == nil
        case .revision(let expected): current == expected
        case .latest: true
        }
    }
}

/// A new value for a slot, naming the revision it replaces.
public struct ObservationChange: Hashable, Sendable {
    public var observation: Observation
    public var expected: ExpectedRevision
    public var comment: String?

    public init(_ observation: Observation, expected: ExpectedRevision, comment: String? = nil) {
        self.observation = observation
        self.expected = expected
        self.comment = comment
    }

    public var slot: ObservationSlot {
        ObservationSlot(
            unit: observation.unit, criteriaSet: observation.criteriaSet, indicator: observation.indicator,
            date: observation.date)
    }
}

/// A review step for a slot, naming the revision it acts on.
public struct ReviewRequest: Hashable, Sendable {
    public var slot: ObservationSlot
    public var action: ReviewAction
    public var expected: ExpectedRevision

    public init(slot: ObservationSlot, action: ReviewAction, expected: ExpectedRevision) {
        self.slot = slot
        self.action = action
        self.expected = expected
    }
}
