/// One administrative unit as it stood during an interval: a code can name different units over time
/// (after 1/7/2025 `29242` is Phường Trà Vinh, before it was Phường 3 of TP Trà Vinh).
public struct AdministrativeUnit: Hashable, Sendable, Codable {
    public var code: UnitCode
    public var name: String
    public var kind: UnitKind
    public var parent: UnitCode?
    public var validity: Validity
    /// Set on provinces; communes and districts inherit it.
    public var region: Region?

    public init(
        code: UnitCode, name: String, kind: UnitKind, parent: UnitCode? = nil,
        validity: Validity = .always, region: Region? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parent = parent
        self.validity = validity
        self.region = region
    }
}

/// How one unit became another.
public enum LineageKind: String, Sendable, Codable, CaseIterable {
    /// The whole unit joined `to` (nhập toàn bộ).
    case mergedInto = "merged-into"
    /// Part of the unit joined `to` (nhập một phần).
    case partlyMergedInto = "partly-merged-into"
    /// `to` was created from part of `from` (chia tách).
    case splitInto = "split-into"
    /// Same territory under a new name, kind or parent.
    case renamed
}

/// A dated change linking an old unit to the unit that carries its history on.
public struct LineageEvent: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var kind: LineageKind
    public var from: UnitCode
    public var to: UnitCode
    public var source: String?

    public init(date: LocalDate, kind: LineageKind, from: UnitCode, to: UnitCode, source: String? = nil) {
        self.date = date
        self.kind = kind
        self.from = from
        self.to = to
        self.source = source
    }
}

/// A commune's group (2026–2030 set) from a given day on.
public struct CommuneGroupAssignment: Hashable, Sendable, Codable {
    public var unit: UnitCode
    public var group: CommuneGroup
    public var effectiveFrom: LocalDate
    public var source: String?

    public init(unit: UnitCode, group: CommuneGroup, effectiveFrom: LocalDate, source: String? = nil) {
        self.unit = unit
        self.group = group
        self.effectiveFrom = effectiveFrom
        self.source = source
    }
}

/// A version by its code and first day: what tells a code's versions apart (they never overlap).
struct UnitVersionKey: Hashable {
    var code: UnitCode
    var from: LocalDate?

    init(_ unit: AdministrativeUnit) {
        code = unit.code
        from = unit.validity.from
    }
}
