import NTMCore

/// Turns stored unit rows back into domain values; shared by both stores.
enum StoredUnits {
    /// The rows a hierarchy is stored as, in code order so both stores write the same sequence.
    struct Rows {
        var versions: [AdministrativeUnit]
        var lineage: [LineageEvent]
        var groups: [CommuneGroupAssignment]

        init(_ units: UnitHierarchy) {
            let codes = units.allCodes
            versions = codes.flatMap(units.versions(of:))
            lineage = units.lineage
            groups = codes.flatMap(units.groupAssignments(of:))
        }
    }

    struct Corrupt: Error, CustomStringConvertible {
        var description: String
    }

    static func unit(
        code: String, validFrom: String, validUntil: String?, name: String, kind: String,
        parent: String?, region: String?
    ) throws -> AdministrativeUnit {
        guard let unitKind = UnitKind(rawValue: kind) else { throw Corrupt(description: "unit \(code) has unknown kind '\(kind)'") }
        return AdministrativeUnit(
            code: UnitCode(code), name: name, kind: unitKind, parent: parent.map { UnitCode($0) },
            validity: Validity(
                from: validFrom.isEmpty ? nil : LocalDate(iso: validFrom),
                until: validUntil.flatMap { LocalDate(iso: $0) }),
            region: region.flatMap { Region(code: $0) })
    }

    static func event(date: String, kind: String, from: String, to: String, source: String?) throws -> LineageEvent {
        guard let day = LocalDate(iso: date), let lineageKind = LineageKind(rawValue: kind) else {
            throw Corrupt(description: "lineage event \(from)→\(to) cannot be read")
        }
        return LineageEvent(date: day, kind: lineageKind, from: UnitCode(from), to: UnitCode(to), source: source)
    }

    static func group(unit: String, effectiveFrom: String, group: String, source: String?) throws -> CommuneGroupAssignment {
        guard let day = LocalDate(iso: effectiveFrom), let communeGroup = CommuneGroup(code: group) else {
            throw Corrupt(description: "commune group of \(unit) cannot be read")
        }
        return CommuneGroupAssignment(unit: UnitCode(unit), group: communeGroup, effectiveFrom: day, source: source)
    }
}
