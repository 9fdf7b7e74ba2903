/// All administrative units with their history, readable as of any date.
public struct UnitHierarchy: Sendable {
    private var versionsByCode: [UnitCode: [AdministrativeUnit]]
    private var childCodes: [UnitCode: [UnitCode]]
    private var groups: [UnitCode: [CommuneGroupAssignment]]
    public private(set) var lineage: [LineageEvent]

    public init(
        units: [AdministrativeUnit], lineage: [LineageEvent] = [],
        communeGroups: [CommuneGroupAssignment] = []
    ) throws(UnitHierarchyError) {
        var versions: [UnitCode: [AdministrativeUnit]] = [:]
        for unit in units { versions[unit.code, default: []].append(unit) }
        for (code, list) in versions {
            let sorted = list.sorted { ($0.validity.from ?? .distantPast) < ($1.validity.from ?? .distantPast) }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.validity.overlaps(b.validity) {
                throw .overlappingVersions(code)
            }
            versions[code] = sorted
        }
        var children: [UnitCode: [UnitCode]] = [:]
        for unit in units {
            guard let parent = unit.parent else { continue }
            guard let parentVersions = versions[parent] else { throw .unknownParent(unit: unit.code, parent: parent) }
            let checkDay = unit.validity.from ?? unit.validity.until
            if let checkDay, !parentVersions.contains(where: { $0.validity.contains(checkDay) }) {
                throw .parentNotValid(unit: unit.code, parent: parent, on: checkDay)
            }
            if children[parent]?.last != unit.code { children[parent, default: []].append(unit.code) }
        }
        for event in lineage {
            if versions[event.from] == nil { throw .unknownUnitInLineage(event.from) }
            if versions[event.to] == nil { throw .unknownUnitInLineage(event.to) }
        }
        var groupMap: [UnitCode: [CommuneGroupAssignment]] = [:]
        for assignment in communeGroups {
            guard let unitVersions = versions[assignment.unit] else { throw .unknownUnitInGroupAssignment(assignment.unit) }
            guard unitVersions.contains(where: { $0.kind == .commune }) else { throw .groupAssignedToNonCommune(assignment.unit) }
            groupMap[assignment.unit, default: []].append(assignment)
        }
        for code in groupMap.keys { groupMap[code]?.sort { $0.effectiveFrom < $1.effectiveFrom } }
        self.versionsByCode = versions
        self.childCodes = children.mapValues { Array(Set($0)).sorted() }
        self.groups = groupMap
        self.lineage = lineage.sorted { $0.date < $1.date }
        try checkForCycles()
    }

    /// Every code that ever existed.
    public var allCodes: [UnitCode] { versionsByCode.keys.sorted() }

    public var allVersions: [AdministrativeUnit] { versionsByCode.values.flatMap { $0 } }

    /// The unit a code named on `date`, if any.
    public func unit(_ code: UnitCode, on date: LocalDate) -> AdministrativeUnit? {
        versionsByCode[code]?.first { $0.validity.contains(date) }
    }

    /// The most recent version of a code, whatever the date; for labels of historical data.
    public func latestVersion(_ code: UnitCode) -> AdministrativeUnit? { versionsByCode[code]?.last }

    public func versions(of code: UnitCode) -> [AdministrativeUnit] { versionsByCode[code] ?? [] }

    public func children(of code: UnitCode, on date: LocalDate) -> [AdministrativeUnit] {
        guard let codes = childCodes[code] else { return [] }
        var result: [AdministrativeUnit] = []
        result.reserveCapacity(codes.count)
        for child in codes {
            if let version = unit(child, on: date), version.parent == code { result.append(version) }
        }
        return result
    }

    /// All units below `code` on `date`, depth first, in code order.
    public func descendants(of code: UnitCode, on date: LocalDate) -> [AdministrativeUnit] {
        var result: [AdministrativeUnit] = []
        for child in children(of: code, on: date) {
            result.append(child)
            result.append(contentsOf: descendants(of: child.code, on: date))
        }
        return result
    }

    /// The rural communes (xã) at or below `code` on `date`: the NTM denominator.
    public func communes(under code: UnitCode, on date: LocalDate) -> [AdministrativeUnit] {
        if let own = unit(code, on: date), own.kind.countsAsNTMCommune { return [own] }
        return descendants(of: code, on: date).filter { $0.kind.countsAsNTMCommune }
    }

    /// The chain from the unit up to its root, the unit first.
    public func ancestry(of code: UnitCode, on date: LocalDate) -> [AdministrativeUnit] {
        var chain: [AdministrativeUnit] = []
        var current = unit(code, on: date)
        while let found = current, chain.count < 16 {
            chain.append(found)
            current = found.parent.flatMap { unit($0, on: date) }
        }
        return chain
    }

    /// Where a unit sits on a date, found in one walk up the tree.
    public struct Placement: Sendable {
        public var province: AdministrativeUnit?
        public var districtLevel: AdministrativeUnit?
        public var region: Region?
    }

    public func placement(of code: UnitCode, on date: LocalDate) -> Placement {
        var placement = Placement()
        var current = unit(code, on: date)
        var depth = 0
        while let found = current, depth < 16 {
            if placement.region == nil { placement.region = found.region }
            if found.kind == .province, placement.province == nil { placement.province = found }
            if found.kind.isDistrictLevel, placement.districtLevel == nil { placement.districtLevel = found }
            current = found.parent.flatMap { unit($0, on: date) }
            depth += 1
        }
        return placement
    }

    public func province(of code: UnitCode, on date: LocalDate) -> AdministrativeUnit? {
        var current = unit(code, on: date)
        var depth = 0
        while let found = current, depth < 16 {
            if found.kind == .province { return found }
            current = found.parent.flatMap { unit($0, on: date) }
            depth += 1
        }
        return nil
    }

    /// The district-level unit (huyện, thị xã, thành phố thuộc tỉnh) containing the unit, if any.
    public func districtLevelUnit(of code: UnitCode, on date: LocalDate) -> AdministrativeUnit? {
        ancestry(of: code, on: date).first { $0.kind.isDistrictLevel }
    }

    /// The nearest region set on the unit or an ancestor.
    public func region(of code: UnitCode, on date: LocalDate) -> Region? {
        ancestry(of: code, on: date).lazy.compactMap(\.region).first
    }

    public func communeGroup(of code: UnitCode, on date: LocalDate) -> CommuneGroup? {
        groups[code]?.last { $0.effectiveFrom <= date }?.group
    }

    public func groupAssignments(of code: UnitCode) -> [CommuneGroupAssignment] { groups[code] ?? [] }

    /// The lineage events that start or end at `code`.
    public func lineage(of code: UnitCode) -> [LineageEvent] {
        lineage.filter { $0.from == code || $0.to == code }
    }

    /// Where a unit's history went: the units that carried it on after `date`, following every hop.
    public func successors(of code: UnitCode, after date: LocalDate) -> [UnitCode] {
        var frontier = [code], seen: Set<UnitCode> = [code], result: [UnitCode] = []
        while let current = frontier.popLast() {
            for event in lineage where event.from == current && event.date > date && event.from != event.to {
                if seen.insert(event.to).inserted {
                    result.append(event.to)
                    frontier.append(event.to)
                }
            }
        }
        return result
    }

    /// The unit that stands for `code` on `date`: itself while it exists, else the unit its history went to (Trà
    /// Vinh, merged into Vĩnh Long on 1/7/2025, is Vĩnh Long afterwards). Nil when there is neither.
    public func carrier(of code: UnitCode, on date: LocalDate) -> UnitCode? {
        if unit(code, on: date) != nil { return code }
        guard let until = versions(of: code).last?.validity.until, until < date else { return nil }
        return successors(of: code, after: until).first { unit($0, on: date) != nil }
    }

    private func checkForCycles() throws(UnitHierarchyError) {
        for (code, versions) in versionsByCode {
            for version in versions {
                var seen: Set<UnitCode> = [code]
                var parent = version.parent
                let day = version.validity.from ?? version.validity.until
                while let current = parent {
                    guard seen.insert(current).inserted else { throw .cycle(code) }
                    let parentVersion = day.flatMap { unit(current, on: $0) } ?? versionsByCode[current]?.first
                    parent = parentVersion?.parent
                }
            }
        }
    }
}

extension LocalDate {
    static let distantPast = LocalDate(ordinal: 1_01_01)
}
