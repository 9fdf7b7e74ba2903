import NTMCore
import NTMTargets
import Synchronization

/// The forecast's learned reference classes, kept per engine version, day and provinces: learning a nation's takes
/// ≈ 160 ms (the release benchmark), judging its 700 targets with them about as long, so the list, the detail, the
/// overview and the briefing of one day share one learning until a value changes.
final class ForecastRatesCache: Sendable {
    private struct Key: Hashable {
        var date: LocalDate
        var provinces: Set<UnitCode>
        var districts: Bool
    }

    private struct Entry {
        var version: Int
        var rates: ForecastRates
    }

    private let entries = Mutex<[Key: Entry]>([:])
    /// A few days and scopes at once (a briefing walks one day; a page may compare two).
    static let capacity = 16

    /// The rates for `targets` on `date`; `version` must be read before `engine` was, so an entry is never labelled
    /// newer than the values it learned from.
    func rates(for targets: [Target], on date: LocalDate, engine: EvaluationEngine, version: Int) -> ForecastRates {
        let key = Key(
            date: date, provinces: ForecastRates.provinces(of: targets, engine: engine, on: date),
            districts: targets.contains { $0.measure.judgesDistrict })
        if let entry = entries.withLock({ $0[key] }), entry.version == version { return entry.rates }
        let rates = ForecastRates(engine: engine, asOf: date, provinces: key.provinces, districts: key.districts)
        entries.withLock { cache in
            if cache.count >= Self.capacity { cache.removeAll() }
            cache[key] = Entry(version: version, rates: rates)
        }
        return rates
    }
}
