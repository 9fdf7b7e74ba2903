import Foundation
import NTMCore

/// A unit as the API shows it.
struct UnitJSON: Encodable, Sendable {
    var code: String
    var name: String
    var kind: String
    var parent: String?
    var region: String?
    var validFrom: String?
    var validUntil: String?
    var communeGroup: String?

    init(_ unit: AdministrativeUnit, group: CommuneGroup?) {
        code = unit.code.rawValue
        name = unit.name
        kind = unit.kind.rawValue
        parent = unit.parent?.rawValue
        region = unit.region?.rawValue
        validFrom = unit.validity.from?.iso
        validUntil = unit.validity.until?.iso
        communeGroup = group?.rawValue
    }
}

/// A unit with its children and lineage.
struct UnitDetailJSON: Encodable, Sendable {
    var unit: UnitJSON
    var children: [UnitJSON]
    var lineage: [LineageEvent]
}

/// A criteria set in lists.
struct CriteriaSetSummaryJSON: Encodable, Sendable {
    var id: String
    var title: String
    var level: String
    var decision: String
    var validFrom: String?
    var validUntil: String?
    var complete: Bool
    var criteria: Int
    var indicators: Int
    var overlays: [String]
}

/// A new value sent by a client: `expectedRevision` is the revision it replaces, 0 for a new slot.
struct ChangeJSON: Decodable, Sendable {
    var unit: String
    var criteriaSet: String
    var indicator: String
    var date: LocalDate
    var value: ObservationValue
    var expectedRevision: Int
    var source: String?
    var evidence: String?
    var comment: String?
}

struct WriteRequestJSON: Decodable, Sendable {
    var changes: [ChangeJSON]
}

/// A review step sent by a client.
struct ReviewJSON: Decodable, Sendable {
    var unit: String
    var criteriaSet: String
    var indicator: String
    var date: LocalDate
    var action: String
    var comment: String?
    var expectedRevision: Int
}

struct ReviewRequestJSON: Decodable, Sendable {
    var reviews: [ReviewJSON]
}

/// Values being typed into a form, to evaluate without storing.
struct PreviewRequestJSON: Decodable, Sendable {
    struct Value: Decodable, Sendable {
        var indicator: String
        var value: ObservationValue
    }

    var unit: String
    var date: LocalDate
    var values: [Value]
}

struct LoginJSON: Decodable, Sendable {
    var username: String
    var password: String
}

struct SessionJSON: Encodable, Sendable {
    var username: String
    var displayName: String
    var role: String
    /// `office`, `department:CODE`, `unit:CODE` or `unit:CODE@YYYY-MM-DD` (a unit version that began that day).
    var organisation: String?
    var unit: String?
    var department: String?
    var csrfToken: String
}

/// A user's own password change.
struct PasswordChangeJSON: Decodable, Sendable {
    var currentPassword: String
    var newPassword: String
}

/// A user to create, or changes to one (every field optional on update).
struct UserJSON: Decodable, Sendable {
    var username: String?
    var displayName: String?
    var role: Role?
    /// `office`, `department:CODE`, `unit:CODE[@YYYY-MM-DD]`; empty clears it.
    var organisation: String?
    /// Shorthand for `organisation`: the unit with this code as it is today.
    var unit: String?
    var active: Bool?
    var password: String?
}
