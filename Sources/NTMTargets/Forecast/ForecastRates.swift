import NTMCore

/// The reference classes for forecasts made on one day, learned once per province and shared by every target that
/// day: each xã is forecast from how fast criteria got met elsewhere in its own province.
public struct ForecastRates: Sendable {
    public let asOf: LocalDate
    public private(set) var byProvince: [UnitCode: CriterionRates] = [:]

    /// Learns the provinces `targets` look at, from the values recorded up to `asOf`.
    public init(engine: EvaluationEngine, asOf: LocalDate, targets: [Target]) {
        self.init(engine: engine, asOf: asOf, provinces: Self.provinces(of: targets, engine: engine, on: asOf))
    }

    /// Learns each province from its xã and district-level units as they stand on `asOf`.
    public init(engine: EvaluationEngine, asOf: LocalDate, provinces: Set<UnitCode>) {
        self.asOf = asOf
        for province in provinces {
            let units = engine.units.descendants(of: province, on: asOf).filter { $0.kind.countsAsNTMCommune || $0.kind.isDistrictLevel }
            let history = engine.criteriaHistory(of: units.map(\.code), through: asOf)
            byProvince[province] = CriterionRates(history: history) { engine.registrations.targetYear(of: $0, on: $1) }
        }
    }

    /// The rates for the province `code` lies in on the forecast day.
    public func rates(for code: UnitCode, engine: EvaluationEngine) -> CriterionRates? {
        engine.units.province(of: code, on: asOf).flatMap { byProvince[$0.code] }
    }

    /// The provinces a set of targets looks at: the province of a unit scope, every province for the whole country.
    static func provinces(of targets: [Target], engine: EvaluationEngine, on date: LocalDate) -> Set<UnitCode> {
        var provinces: Set<UnitCode> = []
        for target in targets {
            let anchor = target.anchor
            if let anchor {
                if let province = engine.units.province(of: anchor, on: date) { provinces.insert(province.code) }
            } else {
                provinces.formUnion(engine.units.allCodes.filter { engine.units.unit($0, on: date)?.kind == .province })
            }
        }
        return provinces
    }
}
