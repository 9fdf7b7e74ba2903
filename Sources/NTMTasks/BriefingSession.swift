import NTMCore

/// A briefing meeting (cuộc họp giao ban): when, about what, who chaired and took part, and the figures presented,
/// frozen (`BriefingSnapshot`) so what was said can be shown exactly later, whatever values change since.
public struct BriefingSession: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var heldOn: LocalDate
    public var chair: String
    public var participants: [OrganisationRef]
    public var snapshot: BriefingSnapshot

    public init(id: String, title: String, heldOn: LocalDate, chair: String, participants: [OrganisationRef], snapshot: BriefingSnapshot) {
        self.id = id
        self.title = title
        self.heldOn = heldOn
        self.chair = chair
        self.participants = participants
        self.snapshot = snapshot
    }

    /// Problems with the session's own fields; the snapshot was made by the engine and is checked when made.
    public func problems(directory: OrganisationDirectory) -> [TaskProblem] {
        var problems = TaskProblem.id(id)
        if title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init("title", vi: "cần tên cuộc họp", en: "the title is required")) }
        if chair.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init("chair", vi: "cần người chủ trì", en: "the chair is required"))
        }
        for (index, participant) in participants.enumerated() where directory.organisation(participant) == nil {
            problems.append(
                .init("participants[\(index)]", vi: "không có cơ quan '\(participant.text)'", en: "no organisation '\(participant.text)'"))
        }
        if snapshot.evaluatedOn > heldOn {
            problems.append(
                .init(
                    "date", vi: "ngày chốt số liệu \(snapshot.evaluatedOn.vietnamese) sau ngày họp \(heldOn.vietnamese)",
                    en: "the figures' date \(snapshot.evaluatedOn.iso) is after the meeting \(heldOn.iso)"))
        }
        return problems
    }
}

/// The figures a briefing presented (chốt số liệu): the roll-up of its scope on the evaluation day, from approved
/// values, with each commune's result as it was. Never changed once stored; its content hash proves it.
public struct BriefingSnapshot: Hashable, Sendable, Codable {
    public struct Band: Hashable, Sendable, Codable {
        public var id: String
        public var min: Int
        public var max: Int
        public var communes: Int
    }

    public struct Commune: Hashable, Sendable, Codable {
        public var code: String
        public var name: String
        public var district: String
        public var criteriaMet: Int
        public var unmet: [Int]
        public var reachedStandard: Bool
        public var band: String
        public var hasData: Bool

        public init(
            code: String, name: String, district: String, criteriaMet: Int, unmet: [Int], reachedStandard: Bool, band: String, hasData: Bool
        ) {
            self.code = code
            self.name = name
            self.district = district
            self.criteriaMet = criteriaMet
            self.unmet = unmet
            self.reachedStandard = reachedStandard
            self.band = band
            self.hasData = hasData
        }
    }

    public var evaluatedOn: LocalDate
    /// Which values it was made from: `approved` (the official figures) or `latest`.
    public var basis: String
    public var scope: String
    public var scopeName: String
    public var criteriaSet: String
    public var totalCriteria: Int
    public var bandScheme: String
    /// The briefing's sentence, as read out: "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; …".
    public var headline: String
    public var bands: [Band]
    public var communes: [Commune]

    /// The snapshot of `summary`, made from `basis` values.
    public init(_ summary: ScopeSummary, basis: String) {
        evaluatedOn = summary.date
        self.basis = basis
        scope = summary.scope.text
        scopeName = summary.scopeName
        criteriaSet = summary.criteriaSet.rawValue
        totalCriteria = summary.totalCriteria
        bandScheme = summary.bandScheme
        headline = BriefingText.headline(summary, language: .vi)
        bands = summary.bands.map { Band(id: $0.id, min: $0.min, max: $0.max, communes: $0.communes) }
        communes = summary.communeRows.map {
            Commune(
                code: $0.code.rawValue, name: $0.name, district: $0.district, criteriaMet: $0.criteriaMet, unmet: $0.unmetCriteria,
                reachedStandard: $0.reachedStandard, band: $0.band, hasData: $0.hasData)
        }
    }
}

/// What changed since a briefing: each commune whose band moved, and the criteria it met or lost.
public struct SnapshotComparison: Sendable {
    public struct Change: Sendable {
        public var code: String
        public var name: String
        public var before: BriefingSnapshot.Commune
        public var now: BriefingSnapshot.Commune
        public var newlyMet: [Int]
        public var lost: [Int]
        public var movedBand: Bool { before.band != now.band }
    }

    public var then: BriefingSnapshot
    public var now: BriefingSnapshot
    /// Communes with any change, those that moved band first.
    public var changes: [Change]

    public init(then: BriefingSnapshot, now: BriefingSnapshot) {
        self.then = then
        self.now = now
        let current = Dictionary(now.communes.map { ($0.code, $0) }) { first, _ in first }
        changes = then.communes.compactMap { before in
            guard let after = current[before.code] else { return nil }
            let newlyMet = before.unmet.filter { !after.unmet.contains($0) }
            let lost = after.unmet.filter { !before.unmet.contains($0) }
            guard before.band != after.band || !newlyMet.isEmpty || !lost.isEmpty || before.criteriaMet != after.criteriaMet else { return nil }
            return Change(code: before.code, name: before.name, before: before, now: after, newlyMet: newlyMet, lost: lost)
        }
        .sorted { ($0.movedBand ? 0 : 1, $0.name) < ($1.movedBand ? 0 : 1, $1.name) }
    }
}
