/// Who may change what: every write is checked against the account's role and its organisation. Pure rules over
/// the unit hierarchy and the criteria catalog, so the same answers hold for pages, API and tests.
public struct AccessPolicy: Sendable {
    public let directory: OrganisationDirectory

    public init(directory: OrganisationDirectory) {
        self.directory = directory
    }

    public init(engine: EvaluationEngine) {
        self.init(directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog))
    }

    var units: UnitHierarchy { directory.units }

    /// Whether `unit` lies inside the account's unit (itself or a descendant) on `date`. The account's unit must be
    /// the same unit version on that date: a code that names another unit after a reorganisation covers nothing.
    public func covers(_ account: Account, unit: UnitCode, on date: LocalDate) -> Bool {
        guard let organisation = account.organisation, let home = organisation.unitCode,
            units.isSameUnit(organisation, as: home, on: date)
        else { return false }
        if home == unit { return true }
        return units.ancestry(of: unit, on: date).contains { $0.code == home }
    }

    /// Whether the account acts for `unit` itself on `date` (same code, same version).
    public func isOwnUnit(_ account: Account, unit: UnitCode, on date: LocalDate) -> Bool {
        guard let organisation = account.organisation else { return false }
        return units.isSameUnit(organisation, as: unit, on: date)
    }

    /// Entering or correcting a value of `unit` dated `date`.
    public func canWrite(_ account: Account, unit: UnitCode, on date: LocalDate) -> Bool {
        guard account.active else { return false }
        switch account.role {
        case .office: return true
        case .commune: return isOwnUnit(account, unit: unit, on: date)
        case .district:
            // A district enters its own district-level criteria, not its communes' values.
            return isOwnUnit(account, unit: unit, on: date) && units.unit(unit, on: date)?.kind.isDistrictLevel == true
        case .department, .viewer: return false
        }
    }

    /// Registering `unit` for a target year on `date`: the office, or the district the commune lies in on that day
    /// (districts existed until 30/06/2025; after the reform only the office registers).
    public func canRegister(_ account: Account, unit: UnitCode, on date: LocalDate) -> Bool {
        guard account.active else { return false }
        switch account.role {
        case .office: return true
        case .district: return covers(account, unit: unit, on: date) && !isOwnUnit(account, unit: unit, on: date)
        case .commune, .department, .viewer: return false
        }
    }

    /// Storing a new value of `slot` directly in `status` (an import): a draft needs the right to write, a submitted
    /// value also the right to submit it, and only the office stores values as already approved (its bulk loads).
    public func canStore(_ account: Account, status: ReviewStatus, slot: ObservationSlot) -> Bool {
        guard canWrite(account, unit: slot.unit, on: slot.date) else { return false }
        switch status {
        case .draft: return true
        case .submitted: return canReview(account, action: .submit, slot: slot)
        case .approved: return account.role == .office
        case .verified, .returned: return false
        }
    }

    /// A review step on the value in `slot`. A department verifies or returns the values of the criteria the
    /// province assigns to it in the criteria set that judges the unit on the value's date.
    public func canReview(_ account: Account, action: ReviewAction, slot: ObservationSlot) -> Bool {
        guard account.active else { return false }
        let unit = slot.unit, date = slot.date
        switch (account.role, action) {
        case (.office, _): return true
        case (.commune, .submit): return isOwnUnit(account, unit: unit, on: date)
        case (.district, .submit): return isOwnUnit(account, unit: unit, on: date) && units.unit(unit, on: date)?.kind.isDistrictLevel == true
        case (.district, .verify), (.district, .sendBack):
            return !isOwnUnit(account, unit: unit, on: date) && covers(account, unit: unit, on: date)
        case (.department, .verify), (.department, .sendBack):
            guard let department = account.department else { return false }
            return directory.responsible(forIndicator: slot.indicator, set: slot.criteriaSet, of: unit, on: date) == department
        default: return false
        }
    }

    /// Whether the account may see a unit's working values (drafts, returned values, evidence) on `date`: the unit
    /// itself, those who review it (its district, the departments, the office). Viewers see approved values only.
    public func canReadWorkingValues(_ account: Account, unit: UnitCode, on date: LocalDate) -> Bool {
        guard account.active else { return false }
        switch account.role {
        case .office, .department: return true
        case .commune: return isOwnUnit(account, unit: unit, on: date)
        case .district: return covers(account, unit: unit, on: date)
        case .viewer: return false
        }
    }

    /// Managing users, loading criteria, reading the audit trail: a matter of role alone, so no hierarchy is needed.
    public static func canAdminister(_ account: Account) -> Bool { account.active && account.role == .office }
}
