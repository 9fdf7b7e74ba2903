import NTMCore

/// The reference classes for forecasts made on one day, learned once per province and shared by every target that
/// day: each xã is forecast from how fast criteria got met elsewhere in its own province.
public struct ForecastRates: Sendable {
    public let asOf: LocalDate
    public private(set) var byProvince: [UnitCode: CriterionRates] = [:]

    /// What every unit learned from meets on `asOf` itself, so forecasts need not judge them again.
    public private(set) var current: [UnitCode: CriteriaSnapshot] = [:]

    /// Learns the provinces `targets` look at, from the values recorded up to `asOf`; district-level units only when
    /// a target judges a district.
    public init(engine: EvaluationEngine, asOf: LocalDate, targets: [Target]) {
        self.init(
            engine: engine, asOf: asOf, provinces: Self.provinces(of: targets, engine: engine, on: asOf),
            districts: targets.contains { $0.measure.judgesDistrict })
    }

    /// Learns each province from its xã (and district-level units, when asked) as they stand on `asOf`.
    public init(engine: EvaluationEngine, asOf: LocalDate, provinces: Set<UnitCode>, districts: Bool = true) {
        self.asOf = asOf
        for province in provinces {
            let units = engine.units.descendants(of: province, on: asOf)
                .filter { $0.kind.countsAsNTMCommune || (districts && $0.kind.isDistrictLevel) }.map(\.code)
            let history = engine.criteriaHistory(of: units, through: asOf)
            byProvince[province] = CriterionRates(history: history) { engine.registrations.targetYear(of: $0, on: $1) }
            current.merge(engine.criteriaSnapshots(of: units, on: asOf)) { $1 }
        }
    }

    /// The rates for the province `code` lies in on the forecast day.
    public func rates(for code: UnitCode, engine: EvaluationEngine) -> CriterionRates? {
        engine.units.province(of: code, on: asOf).flatMap { byProvince[$0.code] }
    }

    /// The provinces a set of targets looks at: the province of a unit scope, every province for the whole country.
    public static func provinces(of targets: [Target], engine: EvaluationEngine, on date: LocalDate) -> Set<UnitCode> {
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
