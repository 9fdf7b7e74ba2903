/// What kind of body an organisation is.
public enum OrganisationKind: String, Sendable, Codable, CaseIterable {
    /// The province's NTM Coordination Office (Văn phòng Điều phối).
    case office
    /// A provincial department (sở, ngành) answering for criteria.
    case department
    /// The People's Committee of a district-level unit (until 30/6/2025).
    case district
    /// The People's Committee of a commune.
    case commune

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.office, .vi): "Văn phòng Điều phối"
        case (.department, .vi): "Sở, ngành"
        case (.district, .vi): "Huyện"
        case (.commune, .vi): "Xã"
        case (.office, .en): "Coordination office"
        case (.department, .en): "Department"
        case (.district, .en): "District"
        case (.commune, .en): "Commune"
        }
    }
}

/// An organisation of the programme: who accounts belong to, who tasks are given to, who answers for criteria.
public struct Organisation: Hashable, Sendable, Codable {
    public var ref: OrganisationRef
    public var kind: OrganisationKind
    public var name: LocalizedText
    /// When the organisation exists (a unit's version); always for the office and departments.
    public var validity: Validity

    public init(ref: OrganisationRef, kind: OrganisationKind, name: LocalizedText, validity: Validity = .always) {
        self.ref = ref
        self.kind = kind
        self.name = name
        self.validity = validity
    }

    /// The short code people use: `VPĐP`, `SNNPTNT`, `844`.
    public var code: String {
        switch ref {
        case .office: "VPĐP"
        case .department(let code): code
        case .unit(let code, _): code.rawValue
        }
    }
}
