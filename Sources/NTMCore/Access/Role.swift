/// What a user may do, by the part they play in the programme.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// The province's NTM Coordination Office (Văn phòng Điều phối): configures, approves, reopens, manages users.
    case office
    /// A provincial department (sở): verifies or returns the values of its criteria, in every commune.
    case department
    /// A district (huyện): verifies or returns the values of its communes; enters its own district criteria.
    case district
    /// A commune officer (cán bộ xã): enters and submits the values of its commune.
    case commune
    /// Reads everything, changes nothing (leaders, observers).
    case viewer

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.office, .vi): "Văn phòng Điều phối"
        case (.department, .vi): "Sở, ngành"
        case (.district, .vi): "Huyện"
        case (.commune, .vi): "Xã"
        case (.viewer, .vi): "Xem"
        case (.office, .en): "Coordination office"
        case (.department, .en): "Department"
        case (.district, .en): "District"
        case (.commune, .en): "Commune"
        case (.viewer, .en): "Viewer"
        }
    }
}

/// A user as the application knows them: who, what role, and which organisation they act for.
public struct Account: Hashable, Sendable, Codable {
    public var username: String
    public var displayName: String
    public var role: Role
    /// The office, the department or the unit (district or commune) the account acts for.
    public var organisation: OrganisationRef?
    public var active: Bool

    public init(username: String, displayName: String, role: Role, organisation: OrganisationRef? = nil, active: Bool = true) {
        self.username = username
        self.displayName = displayName
        self.role = role
        // An office account acts for the office, whether or not it was named: it leads the office's tasks.
        self.organisation = organisation ?? (role == .office ? .office : nil)
        self.active = active
    }

    /// An account of a unit's People's Committee, naming the unit version that has no start date (pre-2025 units).
    public init(username: String, displayName: String, role: Role, unit: UnitCode, active: Bool = true) {
        self.init(username: username, displayName: displayName, role: role, organisation: .unit(unit, since: nil), active: active)
    }

    /// The district or commune a district or commune account works on.
    public var unit: UnitCode? { organisation?.unitCode }

    /// The department a department account belongs to.
    public var department: String? { organisation?.departmentCode }

    /// 2–64 characters of a-z, 0-9, '.', '-' and '_': safe in URLs, logs and audit keys.
    public static func isValidUsername(_ name: String) -> Bool {
        (2...64).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || ".-_".contains($0)) }
    }

    /// Why an account's organisation does not fit its role.
    public var problem: AccountProblem? {
        switch (role, organisation) {
        case (.district, .unit?), (.commune, .unit?), (.department, .department?), (.office, .office?), (.office, nil), (.viewer, _): nil
        default: .organisationDoesNotFitRole
        }
    }
}

/// Why an account cannot be saved as it is.
public enum AccountProblem: Hashable, Sendable {
    case organisationDoesNotFitRole
}
