import NTMCore

/// What the lead organisation reports on a task: when, what was done, how far, the evidence and who wrote it.
public struct ProgressReport: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var text: String
    /// Per cent done, when the task is measured that way (0–100).
    public var percent: Int?
    /// A document number or file the report rests on.
    public var evidence: String?
    public var by: String

    public init(date: LocalDate, text: String, percent: Int? = nil, evidence: String? = nil, by: String) {
        self.date = date
        self.text = text
        self.percent = percent
        self.evidence = evidence
        self.by = by
    }
}

/// A later deadline granted for a task. The original deadline stays on the task and in every view of it.
public struct DeadlineExtension: Hashable, Sendable, Codable {
    public var approvedOn: LocalDate
    public var newDue: LocalDate
    /// The document that granted it.
    public var reference: String?

    public init(approvedOn: LocalDate, newDue: LocalDate, reference: String? = nil) {
        self.approvedOn = approvedOn
        self.newDue = newDue
        self.reference = reference
    }
}
