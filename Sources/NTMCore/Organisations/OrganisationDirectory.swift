/// Every organisation of the programme, read from the data that defines them: the office, the departments the
/// criteria sets and provincial overlays list, and the districts and communes of the unit hierarchy.
///
/// Which department answers for which criterion is read from the overlays' assignments for the criteria set in
/// force at a date: one place, used by access rules, pages and targets alike.
public struct OrganisationDirectory: Sendable {
    public let units: UnitHierarchy
    public let catalog: CriteriaCatalog
    private let departments: [String: Department]

    public init(units: UnitHierarchy, catalog: CriteriaCatalog) {
        self.units = units
        self.catalog = catalog
        var departments: [String: Department] = [:]
        for set in catalog.sets { for department in set.departments { departments[department.code] = department } }
        for overlay in catalog.overlays { for department in overlay.departments { departments[department.code] = department } }
        self.departments = departments
    }

    public static let officeName = LocalizedText(vi: "Văn phòng Điều phối NTM tỉnh", en: "Provincial NTM Coordination Office")

    /// The organisation `ref` names, if it exists in the data.
    public func organisation(_ ref: OrganisationRef) -> Organisation? {
        switch ref {
        case .office:
            return Organisation(ref: .office, kind: .office, name: Self.officeName)
        case .department(let code):
            return departments[code].map { Organisation(ref: ref, kind: .department, name: $0.name) }
        case .unit:
            guard let unit = units.version(ref) else { return nil }
            let kind: OrganisationKind
            if unit.kind.isDistrictLevel {
                kind = .district
            } else if unit.kind.isCommuneLevel {
                kind = .commune
            } else {
                return nil
            }
            return Organisation(ref: ref, kind: kind, name: LocalizedText(vi: unit.name), validity: unit.validity)
        }
    }

    /// The office and every department, sorted by code.
    public var provincialBodies: [Organisation] {
        [Organisation(ref: .office, kind: .office, name: Self.officeName)]
            + departments.values.sorted { $0.code < $1.code }.map { Organisation(ref: .department($0.code), kind: .department, name: $0.name) }
    }

    /// The district-level units and communes existing on `date` at or below `scope` (every root when nil).
    public func localBodies(on date: LocalDate, under scope: UnitCode? = nil) -> [Organisation] {
        let roots = scope.map { [$0] } ?? units.allVersions.filter { $0.parent == nil && $0.validity.contains(date) }.map(\.code)
        return roots.flatMap { root in
            ([units.unit(root, on: date)].compactMap { $0 } + units.descendants(of: root, on: date))
                .filter { $0.kind.isDistrictLevel || $0.kind.isCommuneLevel }
                .compactMap { organisation(.unit($0)) }
        }
    }

    /// The department the effective set in force for `unit` on `date` assigns criterion `number` to.
    public func responsible(forCriterion number: Int, of unit: UnitCode, on date: LocalDate) -> (
        assignment: DepartmentAssignment, department: Organisation
    )? {
        guard let set = effectiveSet(for: unit, on: date), let assignment = set.criterion(number)?.responsible,
            let department = organisation(.department(assignment.department))
        else { return nil }
        return (assignment, department)
    }

    /// The department answering for the criterion that holds `indicator` in `set` as it applies to `unit` on `date`.
    public func responsible(forIndicator indicator: IndicatorCode, set id: CriteriaSetID, of unit: UnitCode, on date: LocalDate) -> String? {
        guard let national = catalog.set(id) else { return nil }
        let province = units.province(of: unit, on: date)?.code
        return catalog.effectiveSet(national, province: province).criterion(containing: indicator)?.responsible?.department
    }

    /// The criteria (by number) `department` answers for in the set that judges `unit` on `date`.
    public func criteria(of department: String, for unit: UnitCode, on date: LocalDate) -> [Int] {
        effectiveSet(for: unit, on: date)?.criteria.filter { $0.responsible?.department == department }.map(\.number) ?? []
    }

    /// The set a task or target about `unit` on `date` means by a criterion number: the set that judges the unit,
    /// or for a province the commune set in force there, with the province's overlays.
    public func criteriaSet(about unit: UnitCode, on date: LocalDate) -> CriteriaSet? {
        guard let version = units.unit(unit, on: date) else { return nil }
        guard version.kind == .province else { return effectiveSet(for: unit, on: date) }
        return (try? catalog.setInForce(level: .commune, on: date)).map { catalog.effectiveSet($0, province: unit) }
    }

    /// The set that judges `unit` on `date`, with its province's overlays.
    public func effectiveSet(for unit: UnitCode, on date: LocalDate) -> CriteriaSet? {
        guard let version = units.unit(unit, on: date),
            let national = try? catalog.setInForce(level: version.kind.assessmentLevel, on: date, for: version.kind)
        else { return nil }
        return catalog.effectiveSet(national, province: units.province(of: unit, on: date)?.code)
    }
}
