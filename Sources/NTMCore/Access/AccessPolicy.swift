/// Who may change what: every write is checked against the account's role and its unit or criteria scope.
/// Pure rules over the unit hierarchy and criteria set, so the same answers hold for pages, API and tests.
public struct AccessPolicy: Sendable {
    public let units: UnitHierarchy

    public init(units: UnitHierarchy) {
        self.units = units
    }

    /// Whether `unit` lies inside the account's unit (itself or a descendant) on `date`.
    public func covers(_ account: Account, unit: UnitCode, on date: LocalDate) -> Bool {
        guard let home = account.unit else { return false }
        if home == unit { return true }
        return units.ancestry(of: unit, on: date).contains { $0.code == home }
    }

    /// Entering or correcting a value.
    public func canWrite(_ account: Account, unit: UnitCode, criterion: Int?, on date: LocalDate) -> Bool {
        guard account.active else { return false }
        switch account.role {
        case .office: return true
        case .commune: return account.unit == unit
        case .district:
            // A district enters its own district-level criteria, not its communes' values.
            return account.unit == unit && units.unit(unit, on: date)?.kind.isDistrictLevel == true
        case .department, .viewer: return false
        }
    }

    /// A review step on a value of `unit` under `criterion` (nil for conditions outside any criterion).
    public func canReview(_ account: Account, action: ReviewAction, unit: UnitCode, criterion: Int?, on date: LocalDate) -> Bool {
        guard account.active else { return false }
        switch (account.role, action) {
        case (.office, _): return true
        case (.commune, .submit): return account.unit == unit
        case (.district, .submit): return account.unit == unit && units.unit(unit, on: date)?.kind.isDistrictLevel == true
        case (.district, .verify), (.district, .sendBack):
            return account.unit != unit && covers(account, unit: unit, on: date)
        case (.department, .verify), (.department, .sendBack):
            return criterion.map(account.criteria.contains) ?? false
        default: return false
        }
    }

    /// Managing users, loading criteria, reading the audit trail: a matter of role alone, so no hierarchy is needed.
    public static func canAdminister(_ account: Account) -> Bool { account.active && account.role == .office }
}
