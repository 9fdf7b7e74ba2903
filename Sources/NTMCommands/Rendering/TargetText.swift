import Foundation
import NTMCore
import NTMTargets

/// Targets as the command line prints them.
enum TargetText {
    static func date(_ date: LocalDate, _ language: Language) -> String { language == .vi ? date.vietnamese : date.iso }

    static func heading(_ date: LocalDate, language: Language) -> String {
        language == .vi ? "Mục tiêu, tình hình ngày \(date.vietnamese)" : "Targets as of \(date.iso)"
    }

    /// The forecast's lines for `show`: the probability, P50/P80, what it rests on, and the xã it waits for.
    static func forecastLines(_ result: ForecastResult?, language: Language) -> [String] {
        let vi = language == .vi
        switch result {
        case nil: return []
        case .refused(let reason): return [(vi ? "Dự báo: " : "Forecast: ") + reason.text(language)]
        case .forecast(let forecast):
            var lines = [
                (vi ? "Dự báo (xác suất, không phải kết quả): " : "Forecast (a probability, not a result): ") + forecast.text(language)
                    + " · P50: \(forecast.dateText(forecast.p50, language)) · P80: \(forecast.dateText(forecast.p80, language))",
                "  " + forecast.basisText(language),
            ]
            for commune in forecast.communes.prefix(10) {
                lines.append("  \(commune.name): \(TargetForecast.percentText(commune.probability))")
            }
            return lines
        }
    }

    /// The backtest's figures, the ones the README quotes.
    static func backtest(_ backtest: ForecastBacktest, language: Language) -> String {
        let vi = language == .vi
        func score(_ value: Double) -> String {
            let text = String(format: "%.3f", value)
            return vi ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        func skill(_ reference: Double) -> String {
            let value = Int((ForecastBacktest.skill(backtest.brier, against: reference) * 100).rounded())
            return vi ? "kỹ năng \(value)%" : "skill \(value)%"
        }
        var lines = [
            vi
                ? "Kiểm tra dự báo: dự báo ngày \(backtest.from.vietnamese), đối chiếu ngày \(backtest.to.vietnamese)"
                : "Forecast backtest: made on \(backtest.from.iso), checked on \(backtest.to.iso)",
            vi
                ? "\(backtest.cases.count) xã chưa đạt chuẩn; dự kiến \(score(backtest.expected)) xã đạt, thực tế \(backtest.observed)"
                : "\(backtest.cases.count) xã below the standard; expected \(score(backtest.expected)) to reach it, \(backtest.observed) did",
            "Brier: " + score(backtest.brier),
            (vi ? "  như hiện nay (không xã nào đạt thêm): " : "  as now (no further xã): ") + score(backtest.persistenceBrier) + " · "
                + skill(backtest.persistenceBrier),
            (vi ? "  tỉ lệ lịch sử " : "  history's base rate ") + "\(Int((backtest.baseRate * 100).rounded()))% "
                + (vi ? "(từ \(backtest.baseRateFrom.vietnamese)): " : "(from \(backtest.baseRateFrom.iso)): ") + score(backtest.baseRateBrier)
                + " · " + skill(backtest.baseRateBrier),
        ]
        for item in backtest.cases {
            lines.append(
                "  \(item.code) \(item.name)\t\(TargetForecast.percentText(item.probability))\t" + (item.reached ? (vi ? "đạt" : "reached") : "—"))
        }
        return lines.joined(separator: "\n")
    }

    static func detail(_ target: Target, on date: LocalDate, engine: EvaluationEngine, language: Language) -> String {
        let vi = language == .vi
        let assessment = target.assessment(on: date, engine: engine)
        var lines = [
            "\(target.title.text(language)) [\(target.id)]",
            (vi ? "Chỉ tiêu: " : "Measure: ") + target.measure.text(language),
            (vi ? "Hạn: " : "Deadline: ") + self.date(target.deadline, language) + (vi ? " · tính từ " : " · counted from ")
                + self.date(target.countedFrom, language),
            (vi ? "Căn cứ: " : "Source: ") + "\(target.source.document), \(self.date(target.source.date, language))"
                + (target.source.text.map { " — “\($0)”" } ?? ""),
            (vi ? "Tình hình ngày " : "Status on ") + self.date(date, language) + ": " + assessment.status.text(language) + " · "
                + assessment.reading.text(for: target.measure, language: language),
        ]
        if let reason = assessment.status.reason { lines.append("  " + reason.text(language)) }
        let rates = ForecastRates(engine: engine, asOf: date, targets: [target])
        lines += forecastLines(target.forecast(on: date, engine: engine, assessment: assessment, rates: rates), language: language)
        if let gap = target.gap(on: date, engine: engine, reading: assessment.reading(for: date)), gap.needed > 0 || !gap.candidates.isEmpty {
            let unit = gap.counted == .communes ? (vi ? "xã" : "xã") : (vi ? "tiêu chí" : "criteria")
            lines.append(vi ? "Còn cần thêm \(gap.needed) \(unit). Gần đạt nhất:" : "Still needed: \(gap.needed) \(unit). Nearest:")
            for candidate in gap.candidates.prefix(10) {
                let missing = candidate.missing.map { criterion -> String in
                    var text = "TC\(criterion.number)"
                    if let department = criterion.department { text += " (\(department.text(language)))" }
                    // The same words as the commune page: "thiếu 2,3 điểm %", "vượt 0,5".
                    let gaps = criterion.indicators.compactMap { indicator in indicator.gapText(language).map { "\(indicator.code): \($0)" } }
                    return gaps.isEmpty ? text : text + " [" + gaps.joined(separator: "; ") + "]"
                }
                lines.append(
                    "  \(candidate.name) — \(candidate.criteriaMet)/\(candidate.totalCriteria): " + missing.joined(separator: ", "))
            }
            if gap.candidates.count > 10 {
                lines.append(vi ? "  … và \(gap.candidates.count - 10) đơn vị khác" : "  … and \(gap.candidates.count - 10) more")
            }
        }
        return lines.joined(separator: "\n")
    }
}
