/// A commune's registered target year (đăng ký đạt chuẩn năm …), as decided on a date.
public struct Registration: Hashable, Sendable, Codable {
    public var unit: UnitCode
    public var targetYear: Int
    /// When the registration was made; nil when only the target year is known.
    public var registeredOn: LocalDate?
    public var source: String?

    public init(unit: UnitCode, targetYear: Int, registeredOn: LocalDate? = nil, source: String? = nil) {
        self.unit = unit
        self.targetYear = targetYear
        self.registeredOn = registeredOn
        self.source = source
    }
}

/// All registrations, answering "which xã are registered for year X" as of a date.
public struct RegistrationBook: Sendable {
    private var byUnit: [UnitCode: [Registration]]

    public init(_ registrations: [Registration] = []) {
        byUnit = [:]
        for registration in registrations { add(registration) }
    }

    public mutating func add(_ registration: Registration) {
        byUnit[registration.unit, default: []].append(registration)
        // Undated registrations count as the earliest; a later dated one supersedes them.
        byUnit[registration.unit]?.sort { ($0.registeredOn ?? .distantPast) < ($1.registeredOn ?? .distantPast) }
    }

    public var all: [Registration] { byUnit.keys.sorted().flatMap { byUnit[$0] ?? [] } }

    /// The target year in force for a unit on `date`: its latest registration made on or before then.
    public func targetYear(of unit: UnitCode, on date: LocalDate) -> Int? {
        registration(of: unit, on: date)?.targetYear
    }

    /// The registration in force for a unit on `date`, with its day and document.
    public func registration(of unit: UnitCode, on date: LocalDate) -> Registration? {
        byUnit[unit]?.last { ($0.registeredOn ?? .distantPast) <= date }
    }

    public func units(registeredFor year: Int, on date: LocalDate) -> [UnitCode] {
        byUnit.keys.filter { targetYear(of: $0, on: date) == year }.sorted()
    }
}
