import NTMCore

/// The forecast checked against what happened: each xã of a scope not at the standard on `from` gets the chance the
/// forecast gave it, from the history up to `from`, of reaching the standard by `to`; the engine then says whether
/// it did. Scored with the Brier score (mean squared distance between chance and outcome, 0 is perfect) beside two
/// naive forecasts: "như hiện nay" (nothing changes: every chance 0, the share stays as it is) and the history's
/// base rate (the share of xã below the standard that reached it over the same length of time before `from`).
public struct ForecastBacktest: Hashable, Sendable {
    public struct Case: Hashable, Sendable {
        public var code: UnitCode
        public var name: String
        public var probability: Double
        public var reached: Bool
    }

    public var from: LocalDate
    public var to: LocalDate
    public var cases: [Case]
    /// The base rate, and the day its window started.
    public var baseRate: Double
    public var baseRateFrom: LocalDate
    public var basis: TargetForecast.Basis

    public var brier: Double { Self.brier(cases.map { ($0.probability, $0.reached) }) }
    public var persistenceBrier: Double { Self.brier(cases.map { (0, $0.reached) }) }
    public var baseRateBrier: Double { Self.brier(cases.map { (baseRate, $0.reached) }) }
    /// The xã expected to reach the standard (the sum of chances) and those that did.
    public var expected: Double { cases.reduce(0) { $0 + $1.probability } }
    public var observed: Int { cases.filter(\.reached).count }

    /// Brier skill against a reference: 1 − score / reference score (above 0: better than the reference).
    public static func skill(_ score: Double, against reference: Double) -> Double { reference > 0 ? 1 - score / reference : 0 }

    static func brier(_ pairs: [(Double, Bool)]) -> Double {
        guard !pairs.isEmpty else { return 0 }
        return pairs.reduce(0) { sum, pair in
            let outcome = pair.1 ? 1.0 : 0.0
            return sum + (pair.0 - outcome) * (pair.0 - outcome)
        } / Double(pairs.count)
    }

    /// Runs the backtest, or says why the forecast cannot be made on `from`.
    public static func run(
        engine: EvaluationEngine, scope: EvaluationScope, from: LocalDate, to: LocalDate
    ) -> Result<ForecastBacktest, ForecastRefusal> {
        guard from < to else {
            return .failure(ForecastRefusal(reason: LocalizedText(vi: "ngày dự báo phải trước ngày đối chiếu", en: "from must be before to")))
        }
        guard let start = try? engine.summary(of: scope, on: from, bands: .standardOnly),
            let end = try? engine.summary(of: scope, on: to, bands: .standardOnly)
        else {
            return .failure(ForecastRefusal(reason: LocalizedText(vi: "không đọc được phạm vi", en: "the scope cannot be read")))
        }
        // Any xã not yet at the standard: the model's chance for each is its chance of reaching it by `to`.
        let probe = Target(
            id: "backtest", title: LocalizedText(vi: "backtest"), scope: scope, measure: .communesAtStandard(start.atStandard + 1),
            deadline: to, source: TargetSource(document: "backtest", date: from), owner: .office)
        let rates = ForecastRates(engine: engine, asOf: from, targets: [probe])
        let model: ForecastModel
        switch ForecastModel.make(for: probe, reading: probe.reading(on: from, engine: engine), on: from, engine: engine, rates: rates) {
        case .success(let made): model = made
        case .failure(let refusal): return .failure(refusal)
        }
        let reachedAtEnd = Set(end.communeRows.filter(\.reachedStandard).map(\.code))
        let cases = model.communeChances(Double(from.days(to: to))).map {
            Case(code: $0.code, name: $0.name, probability: $0.probability, reached: reachedAtEnd.contains($0.code))
        }
        let window = from.adding(days: -from.days(to: to))
        var baseRate = 0.0
        if let before = try? engine.summary(of: scope, on: window, bands: .standardOnly) {
            let below = Set(before.communeRows.filter { $0.hasData && !$0.reachedStandard }.map(\.code))
            let reached = start.communeRows.filter { below.contains($0.code) && $0.reachedStandard }.count
            baseRate = below.isEmpty ? 0 : Double(reached) / Double(below.count)
        }
        return .success(
            ForecastBacktest(from: from, to: to, cases: cases, baseRate: baseRate, baseRateFrom: window, basis: model.basis))
    }
}
