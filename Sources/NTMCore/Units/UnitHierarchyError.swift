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

    /// The problem in `language`; English is `description`.
    public func text(_ language: Language) -> String {
        guard language == .vi else { return description }
        return switch self {
        case .overlappingVersions(let code):
            "đơn vị \(code) có hai dòng có thời gian hiệu lực trùng nhau"
        case .unknownParent(let unit, let parent):
            "đơn vị \(unit) ghi đơn vị cấp trên là \(parent), nhưng mã này không có trong danh sách đơn vị"
        case .parentNotValid(let unit, let parent, let date):
            "đơn vị \(unit) ghi đơn vị cấp trên là \(parent), nhưng đơn vị này không tồn tại vào \(date.map { "ngày \($0.vietnamese)" } ?? "ngày đầu tiên của đơn vị")"
        case .cycle(let code):
            "đơn vị \(code) lại là cấp trên của chính nó"
        case .unknownUnitInLineage(let code):
            "lịch sử sáp nhập, chia tách ghi đơn vị \(code), nhưng mã này không có trong danh sách đơn vị"
        case .unknownUnitInGroupAssignment(let code):
            "nhóm xã được gán cho đơn vị \(code), nhưng mã này không có trong danh sách đơn vị"
        case .groupAssignedToNonCommune(let code):
            "nhóm xã được gán cho đơn vị \(code), nhưng đơn vị này không phải xã"
        }
    }

    /// The problem in both languages.
    public var localized: LocalizedText { LocalizedText(vi: text(.vi), en: description) }
}
