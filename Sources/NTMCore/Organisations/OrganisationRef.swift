/// Names an organisation an account belongs to or a task is given to: the coordination office, a provincial
/// department (sở) by its code, or the People's Committee of a unit (a district or commune) by unit version.
///
/// A unit is named with the day its version began, because codes outlive units: after 1/7/2025 code 29242 names
/// Phường Trà Vinh, before it Phường 3. An account of Phường 3 must not silently become one of Phường Trà Vinh.
public enum OrganisationRef: Hashable, Comparable, Sendable {
    case office
    case department(String)
    /// `since` is the first day of the unit version (nil for a version valid since always).
    case unit(UnitCode, since: LocalDate?)

    /// `office`, `department:SNNPTNT`, `unit:844`, `unit:29242@2025-07-01`.
    public var text: String {
        switch self {
        case .office: "office"
        case .department(let code): "department:\(code)"
        case .unit(let code, let since): "unit:\(code)" + (since.map { "@\($0.iso)" } ?? "")
        }
    }

    public init?(text: String) {
        if text == "office" {
            self = .office
            return
        }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "department":
            guard parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
            self = .department(parts[1])
        case "unit":
            let unitParts = parts[1].split(separator: "@", maxSplits: 1).map(String.init)
            guard !unitParts[0].isEmpty, unitParts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            if unitParts.count == 2 {
                guard let since = LocalDate(iso: unitParts[1]) else { return nil }
                self = .unit(UnitCode(unitParts[0]), since: since)
            } else {
                self = .unit(UnitCode(unitParts[0]), since: nil)
            }
        default:
            return nil
        }
    }

    /// The unit version an organisation of a unit names.
    public static func unit(_ unit: AdministrativeUnit) -> OrganisationRef {
        .unit(unit.code, since: unit.validity.from)
    }

    public var unitCode: UnitCode? {
        if case .unit(let code, _) = self { return code }
        return nil
    }

    public var departmentCode: String? {
        if case .department(let code) = self { return code }
        return nil
    }

    public static func < (lhs: OrganisationRef, rhs: OrganisationRef) -> Bool { lhs.text < rhs.text }
}

extension OrganisationRef: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let reference = OrganisationRef(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an organisation (office, department:CODE or unit:CODE)")
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension UnitHierarchy {
    /// The unit version `reference` names, if it is a unit and that version exists.
    public func version(_ reference: OrganisationRef) -> AdministrativeUnit? {
        guard case .unit(let code, let since) = reference else { return nil }
        return versions(of: code).first { $0.validity.from == since }
    }

    /// Whether `reference` names the unit that `code` names on `date`: the same code and the same version.
    public func isSameUnit(_ reference: OrganisationRef, as code: UnitCode, on date: LocalDate) -> Bool {
        guard case .unit(let own, let since) = reference, own == code, let current = unit(code, on: date) else { return false }
        return current.validity.from == since
    }
}
