/// What makes a registration or a commune-group assignment acceptable, checked the same way for a CSV import,
/// the web form and the API: the unit exists and is a xã (wards and towns do not take part in the programme),
/// the year is plausible, the group's start day falls within the commune's life.
extension Registration {
    /// Nil when acceptable; otherwise what is wrong, naming the unit (the caller adds the row or field).
    public func problem(in units: UnitHierarchy) -> (field: String, message: LocalizedText)? {
        let versions = units.versions(of: unit)
        guard !versions.isEmpty else {
            return ("unit", LocalizedText(vi: "không có đơn vị mã \(unit)", en: "unknown unit code \(unit)"))
        }
        guard versions.contains(where: { $0.kind == .commune }) else {
            return (
                "unit",
                LocalizedText(
                    vi: "đơn vị \(unit) (\(versions.last?.kind.name(.vi) ?? "")) không phải xã; chỉ xã mới đăng ký đạt chuẩn nông thôn mới",
                    en: "unit \(unit) (\(versions.last?.kind.name(.en) ?? "")) is not a commune (xã); only xã register for the NTM standard")
            )
        }
        guard (2010...2100).contains(targetYear) else {
            return ("targetYear", LocalizedText(vi: "'\(targetYear)' không phải năm hợp lệ", en: "'\(targetYear)' is not a plausible year"))
        }
        return nil
    }
}

extension CommuneGroupAssignment {
    /// Nil when acceptable; otherwise the field and what is wrong.
    public func problem(in units: UnitHierarchy) -> (field: String, message: LocalizedText)? {
        let versions = units.versions(of: unit)
        guard !versions.isEmpty else {
            return ("unit", LocalizedText(vi: "không có đơn vị mã \(unit)", en: "unknown unit code \(unit)"))
        }
        guard let version = units.unit(unit, on: effectiveFrom) else {
            return (
                "effectiveFrom",
                LocalizedText(
                    vi: "đơn vị \(unit) không tồn tại ngày \(effectiveFrom.vietnamese)", en: "unit \(unit) does not exist on \(effectiveFrom.iso)")
            )
        }
        guard version.kind == .commune else {
            return (
                "unit",
                LocalizedText(
                    vi: "đơn vị \(unit) là \(version.kind.name(.vi)), không phải xã; chỉ xã được xếp nhóm",
                    en: "unit \(unit) is a \(version.kind.name(.en)), not a commune; only communes have a group")
            )
        }
        return nil
    }
}

extension UnitHierarchy {
    /// Every commune-group assignment, by unit then date.
    public var allGroupAssignments: [CommuneGroupAssignment] {
        allCodes.flatMap { groupAssignments(of: $0) }
    }

    /// The hierarchy with `assignments` added; one for a unit and day already assigned replaces it.
    public func adding(_ assignments: [CommuneGroupAssignment]) throws(UnitHierarchyError) -> UnitHierarchy {
        let replaced = Set(assignments.map { "\($0.unit.rawValue)@\($0.effectiveFrom.iso)" })
        let kept = allGroupAssignments.filter { !replaced.contains("\($0.unit.rawValue)@\($0.effectiveFrom.iso)") }
        return try UnitHierarchy(units: allVersions, lineage: lineage, communeGroups: kept + assignments)
    }
}
