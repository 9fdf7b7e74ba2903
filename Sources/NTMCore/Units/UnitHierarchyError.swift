/// Why a set of units does not form a consistent hierarchy.
public enum UnitHierarchyError: Error, Equatable, Sendable {
    case overlappingVersions(UnitCode)
    case unknownParent(unit: UnitCode, parent: UnitCode)
    case parentNotValid(unit: UnitCode, parent: UnitCode, on: LocalDate?)
    case cycle(UnitCode)
    case unknownUnitInLineage(UnitCode)
    case unknownUnitInGroupAssignment(UnitCode)
    case groupAssignedToNonCommune(UnitCode)
}

extension UnitHierarchyError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .overlappingVersions(let code):
            "unit \(code) has two entries whose validity periods overlap"
        case .unknownParent(let unit, let parent):
            "unit \(unit) names parent \(parent), which is not a known unit"
        case .parentNotValid(let unit, let parent, let date):
            "unit \(unit) names parent \(parent), which does not exist on \(date?.iso ?? "the unit's first day")"
        case .cycle(let code):
            "unit \(code) is its own ancestor"
        case .unknownUnitInLineage(let code):
            "lineage names unit \(code), which is not a known unit"
        case .unknownUnitInGroupAssignment(let code):
            "commune group assigned to unit \(code), which is not a known unit"
        case .groupAssignedToNonCommune(let code):
            "commune group assigned to unit \(code), which is not a commune"
        }
    }
}
