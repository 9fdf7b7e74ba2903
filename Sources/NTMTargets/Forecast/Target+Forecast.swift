import Foundation
import NTMCore

extension Target {
    /// How far past the forecast day the P50/P80 search looks: five years, the length of a programme period.
    public static let forecastHorizonDays = 1_826

    /// The forecast made on `date` from `assessment` (the target's assessment on that day) and the province rates
    /// learned up to it. Nil when there is nothing left to forecast: the goal is met, or the deadline has passed
    /// and the status is final.
    public func forecast(
        on date: LocalDate, engine: EvaluationEngine, assessment: TargetAssessment, rates: ForecastRates
    ) -> ForecastResult? {
        switch assessment.status {
        case .met, .missed: return nil
        case .notEnoughData(let reason): return .refused(reason)
        case .onTrack, .atRisk, .offTrack: break
        }
        guard date < deadline, assessment.day == date else { return nil }
        let model: ForecastModel
        switch ForecastModel.make(for: self, reading: assessment.reading, on: date, engine: engine, rates: rates) {
        case .success(let made): model = made
        case .failure(let refusal): return .refused(refusal.reason)
        }
        let days = Double(date.days(to: deadline))
        let probability = model.chance(days)
        // The chance never falls as days are added: one look at the horizon says whether each level is reached, and
        // the 80% day is searched from the 50% day on.
        let horizon = Self.forecastHorizonDays
        let far = model.chance(Double(horizon))
        let p50 = far >= 0.5 ? model.firstDay(reaching: 0.5, in: 0...horizon) : nil
        let p80 = far >= 0.8 ? model.firstDay(reaching: 0.8, in: (p50 ?? 0)...horizon) : nil
        return .forecast(
            TargetForecast(
                asOf: date, deadline: deadline, probability: probability, p50: p50.map { date.adding(days: $0) },
                p80: p80.map { date.adding(days: $0) }, horizon: date.adding(days: Self.forecastHorizonDays), basis: model.basis,
                communes: model.communeChances(days)))
    }
}

/// Why a forecast cannot be made.
public struct ForecastRefusal: Error, Hashable, Sendable {
    public var reason: LocalizedText
}

/// One target's forecast as a function of the days left: each xã (or the district) with what it still lacks, and how
/// the measure combines them. Criteria met stay met; xã and criteria progress independently.
struct ForecastModel {
    /// A unit the goal waits for: its missing criteria (daily rates) and how many of them it must meet.
    struct Lacking {
        var code: UnitCode
        var name: String
        var rates: [Double]
        /// How many of `rates` must be met: all of them to reach the standard, fewer for "≥ N criteria".
        var needed: Int

        func chance(_ days: Double) -> Double {
            if needed >= rates.count {
                // All of them: a product, without building the list of chances (this runs ~25 times per forecast).
                var product = 1.0
                for rate in rates { product *= 1 - exp(-rate * days) }
                return product
            }
            return PoissonBinomial.atLeast(needed, of: rates.map { 1 - exp(-$0 * days) })
        }
    }

    enum Combination {
        /// At least this many of the lacking units must do what they lack.
        case atLeast(Int)
        /// Every lacking unit must.
        case all
        /// At least this many of all their missing criteria together must be met.
        case criteria(Int)
    }

    var lacking: [Lacking]
    var combination: Combination
    var basis: TargetForecast.Basis

    func chance(_ days: Double) -> Double {
        switch combination {
        case .atLeast(let needed): return PoissonBinomial.atLeast(needed, of: lacking.map { $0.chance(days) })
        case .all:
            var product = 1.0
            for unit in lacking {
                product *= unit.chance(days)
                if product == 0 { break }
            }
            return product
        case .criteria(let needed):
            return PoissonBinomial.atLeast(needed, of: lacking.flatMap { $0.rates.map { 1 - exp(-$0 * days) } })
        }
    }

    /// The first whole day in `days` (counted from the forecast day) by which the chance reaches `level`, by
    /// bisection; the caller has checked that the range's last day reaches it.
    func firstDay(reaching level: Double, in days: ClosedRange<Int>) -> Int {
        var low = days.lowerBound, high = days.upperBound
        while low < high {
            let middle = (low + high) / 2
            if chance(Double(middle)) >= level { high = middle } else { low = middle + 1 }
        }
        return low
    }

    func communeChances(_ days: Double) -> [TargetForecast.CommuneChance] {
        lacking.map { TargetForecast.CommuneChance(code: $0.code, name: $0.name, probability: $0.chance(days)) }
            .sorted { ($1.probability, $0.name) < ($0.probability, $1.name) }
    }
}

extension ForecastModel {
    /// Builds the model for `target` from its reading on `date`, or says why it cannot.
    static func make(
        for target: Target, reading: TargetReading, on date: LocalDate, engine: EvaluationEngine, rates: ForecastRates
    ) -> Result<ForecastModel, ForecastRefusal> {
        var builder = ForecastBuilder(engine: engine, date: date, deadline: target.deadline, rates: rates)
        do {
            return .success(try builder.model(for: target.measure, scope: target.scope, reading: reading))
        } catch {
            return .failure(error)
        }
    }
}

/// Turns a reading into the units a goal waits for, checking on the way that the history can speak for each.
private struct ForecastBuilder {
    let engine: EvaluationEngine
    let date: LocalDate
    let deadline: LocalDate
    let rates: ForecastRates
    var used: CriterionRates?
    /// What each unit meets on the forecast day, judged in batches.
    var snapshots: [UnitCode: CriteriaSnapshot] = [:]

    init(engine: EvaluationEngine, date: LocalDate, deadline: LocalDate, rates: ForecastRates) {
        self.engine = engine
        self.date = date
        self.deadline = deadline
        self.rates = rates
    }

    mutating func model(for measure: Measure, scope: EvaluationScope, reading: TargetReading) throws(ForecastRefusal) -> ForecastModel {
        if measure.judgesDistrict {
            guard case .unit(let code) = scope, let district = reading.district else {
                throw ForecastRefusal(reason: LocalizedText(vi: "không đọc được huyện", en: "the district cannot be read"))
            }
            if rates.current[code] == nil { snapshots = engine.criteriaSnapshots(of: [code], on: date) }
            var own = try lacking(code, name: district.name, skippingPreconditions: true)
            if case .districtCriteriaAtLeast(let count) = measure {
                own.needed = count - district.criteriaMet
                return ForecastModel(lacking: [own], combination: .all, basis: try basis())
            }
            // The standard: the district's own criteria, and every one of its xã at the standard.
            let rows = try communeRows(reading: nil, scope: scope)
            let waiting = try lacking(rows.filter { !$0.reachedStandard })
            return ForecastModel(lacking: (own.rates.isEmpty ? [] : [own]) + waiting, combination: .all, basis: try basis())
        }
        let rows = try communeRows(reading: reading, scope: scope)
        let atStandard = rows.filter(\.reachedStandard).count
        switch measure {
        case .shareAtStandard(let share):
            let required = Measure.communesRequired(share: share, of: rows.count)
            let waiting = try lacking(rows.filter { !$0.reachedStandard })
            return ForecastModel(lacking: waiting, combination: .atLeast(required - atStandard), basis: try basis())
        case .communesAtStandard(let count):
            let waiting = try lacking(rows.filter { !$0.reachedStandard })
            return ForecastModel(lacking: waiting, combination: .atLeast(count - atStandard), basis: try basis())
        case .everyCommuneAtLeast(let criteria):
            let below = rows.filter { $0.criteriaMet < criteria }
            var waiting = try lacking(below, skippingPreconditions: true)
            // `lacking` keeps the rows' order: each xã needs what it lacks of the floor.
            for (index, row) in zip(waiting.indices, below) { waiting[index].needed = criteria - row.criteriaMet }
            return ForecastModel(lacking: waiting, combination: .all, basis: try basis())
        case .criterionMetEverywhere(let number):
            let waiting = try lacking(rows.filter { $0.unmetCriteria.contains(number) || $0.undeterminedCriteria > 0 }, only: number)
            return ForecastModel(lacking: waiting.filter { !$0.rates.isEmpty }, combination: .all, basis: try basis())
        case .averageCriteria(let average):
            let sum = rows.reduce(0) { $0 + $1.criteriaMet }
            let required = Measure.criteriaRequired(average: average, over: rows.count)
            let waiting = try lacking(rows.filter { !$0.reachedStandard }, skippingPreconditions: true)
            return ForecastModel(lacking: waiting, combination: .criteria(required - sum), basis: try basis())
        case .districtCriteriaAtLeast, .districtAtStandard:
            throw ForecastRefusal(reason: LocalizedText(vi: "không đọc được huyện", en: "the district cannot be read"))
        }
    }

    /// What each row lacks, judged in one batch (one compiled set per province for the day).
    private mutating func lacking(
        _ rows: [ScopeSummary.CommuneRow], only: Int? = nil, skippingPreconditions: Bool = false
    ) throws(ForecastRefusal) -> [ForecastModel.Lacking] {
        let unknown = rows.map(\.code).filter { rates.current[$0] == nil && snapshots[$0] == nil }
        if !unknown.isEmpty { snapshots.merge(engine.criteriaSnapshots(of: unknown, on: date)) { $1 } }
        var result: [ForecastModel.Lacking] = []
        for row in rows {
            result.append(try lacking(row.code, name: row.name, only: only, skippingPreconditions: skippingPreconditions))
        }
        return result
    }

    /// The scope's xã as the reading saw them; every one needs values, or the forecast would guess at what it lacks.
    private func communeRows(reading: TargetReading?, scope: EvaluationScope) throws(ForecastRefusal) -> [ScopeSummary.CommuneRow] {
        let summary = reading?.summary ?? (try? engine.summary(of: scope, on: date, bands: .standardOnly))
        guard let rows = summary?.communeRows, !rows.isEmpty else {
            throw ForecastRefusal(reason: LocalizedText(vi: "phạm vi không có xã", en: "the scope has no xã"))
        }
        let without = rows.filter { !$0.hasData }.count
        guard without == 0 else {
            throw ForecastRefusal(
                reason: LocalizedText(
                    vi: "\(without) xã chưa có số liệu đến ngày \(date.vietnamese): không dự báo được",
                    en: "\(without) xã have no values up to \(date.iso): no forecast"))
        }
        return rows
    }

    /// What a unit lacks on the forecast day, as daily rates from its province's history: every criterion not met
    /// (undetermined ones too), `only` one when given, and unmet preconditions at the province's pooled rate.
    private mutating func lacking(
        _ code: UnitCode, name: String, only: Int? = nil, skippingPreconditions: Bool = false
    ) throws(ForecastRefusal) -> ForecastModel.Lacking {
        guard let snapshot = rates.current[code] ?? snapshots[code] else {
            throw ForecastRefusal(reason: LocalizedText(vi: "không đánh giá được \(name)", en: "\(name) cannot be judged"))
        }
        let history = try ratesKnowing(snapshot.criteriaSet, for: code)
        let registered = CriterionRates.isFinishing(registeredYear: engine.registrations.targetYear(of: code, on: date), by: deadline)
        var missing = snapshot.criterionNumbers.indices.filter { !snapshot.outcome.isMet(criterionAt: $0) }
            .map { snapshot.criterionNumbers[$0] }
        if let only { missing = missing.filter { $0 == only } }
        if !skippingPreconditions && only == nil && !snapshot.outcome.preconditionsMet { missing.append(CriterionRates.preconditions) }
        let dailyRates = missing.map { history.dailyRate(snapshot.criteriaSet, criterion: $0, registered: registered) }
        return ForecastModel.Lacking(code: code, name: name, rates: dailyRates, needed: dailyRates.count)
    }

    /// The province rates for `code`, refusing when they hold fewer than two recorded days or never saw a criterion
    /// of `set` being met.
    private mutating func ratesKnowing(_ set: CriteriaSetID, for code: UnitCode) throws(ForecastRefusal) -> CriterionRates {
        guard let found = rates.rates(for: code, engine: engine), found.recordedDays >= 2 else {
            let days = rates.rates(for: code, engine: engine)?.recordedDays ?? 0
            throw ForecastRefusal(
                reason: LocalizedText(
                    vi: "không đủ dữ liệu: cần ít nhất hai lần ghi nhận số liệu đến ngày \(date.vietnamese), mới có \(days)",
                    en: "not enough data: at least two recording days up to \(date.iso) are needed, there are \(days)"))
        }
        guard found.knows(set) else {
            throw ForecastRefusal(
                reason: LocalizedText(
                    vi: "không đủ dữ liệu: lịch sử của tỉnh chưa có tiêu chí nào được đạt thêm theo bộ tiêu chí này",
                    en: "not enough data: the province's history shows no criterion of this set being met"))
        }
        used = found
        return found
    }

    private func basis() throws(ForecastRefusal) -> TargetForecast.Basis {
        guard let used else {
            // Nothing is waited for: the goal already holds or asks for nothing; the model is certain and says so.
            return TargetForecast.Basis(recordedDays: 0, firstDay: nil, intervals: 0, metEvents: 0, registeredFactor: 1)
        }
        return TargetForecast.Basis(
            recordedDays: used.recordedDays, firstDay: used.firstDay, intervals: used.intervals, metEvents: used.metEvents,
            registeredFactor: used.registeredFactor)
    }
}
