import NTMCore

/// How likely a target is to be met by its deadline, from the province's recorded history: a probability with its
/// basis, never a fact (docs/TARGETS.md, "Forecast").
public struct TargetForecast: Hashable, Sendable {
    /// One xã the goal still waits for, and its chance of doing what the goal asks of it by the deadline.
    public struct CommuneChance: Hashable, Sendable {
        public var code: UnitCode
        public var name: String
        public var probability: Double
    }

    /// What the forecast learned from, to print beside it.
    public struct Basis: Hashable, Sendable {
        /// Distinct days values were recorded on, up to the forecast day.
        public var recordedDays: Int
        public var firstDay: LocalDate?
        public var intervals: Int
        /// Criteria seen going from not met to met in that history.
        public var metEvents: Int
        /// How many times faster xã in the last half of their registered year met their criteria.
        public var registeredFactor: Double
    }

    /// The day the forecast is made on: only values recorded up to it are used.
    public var asOf: LocalDate
    public var deadline: LocalDate
    /// The probability that the goal holds on the deadline.
    public var probability: Double
    /// The first day by which the goal holds with probability ≥ 50% and ≥ 80%; nil when not within `horizon`.
    public var p50: LocalDate?
    public var p80: LocalDate?
    /// How far the P50/P80 search looks.
    public var horizon: LocalDate
    public var basis: Basis
    /// The xã the goal waits for, most likely first.
    public var communes: [CommuneChance]
}

/// A forecast, or why none can be made ("không đủ dữ liệu").
public enum ForecastResult: Hashable, Sendable {
    case forecast(TargetForecast)
    case refused(LocalizedText)

    public var forecast: TargetForecast? {
        if case .forecast(let forecast) = self { return forecast }
        return nil
    }

    /// The forecast in a table cell, the same on pages, exports and the command line: "34%", or "không đủ dữ liệu".
    public func cellText(_ language: Language) -> String {
        switch self {
        case .forecast(let forecast): TargetForecast.percentText(forecast.probability)
        case .refused: language == .vi ? "không đủ dữ liệu" : "not enough data"
        }
    }
}

extension TargetForecast {
    /// "34%": whole percents, except "< 1%" and "> 99%" so a forecast never reads as certain.
    public static func percentText(_ probability: Double) -> String {
        if probability < 0.005 { return "< 1%" }
        if probability > 0.995 { return "> 99%" }
        return "\(Int((probability * 100).rounded()))%"
    }

    /// The probability in words: "Khả năng đạt đúng hạn: 34%".
    public func text(_ language: Language) -> String {
        (language == .vi ? "Khả năng đạt đúng hạn: " : "Chance of meeting the deadline: ") + Self.percentText(probability)
    }

    /// A percentile date in words, or "after" the horizon.
    public func dateText(_ day: LocalDate?, _ language: Language) -> String {
        if let day { return language == .vi ? day.vietnamese : day.iso }
        return language == .vi ? "sau \(horizon.vietnamese)" : "after \(horizon.iso)"
    }

    /// What the forecast rests on, in one sentence: "Dựa trên 3 lần ghi nhận từ 30/06/2018 đến 30/06/2019: 57 tiêu chí
    /// được đạt thêm trong 170 khoảng; xã đăng ký trong năm nhanh gấp 2,4 lần."
    public func basisText(_ language: Language) -> String {
        let tenths = Int((basis.registeredFactor * 10).rounded())
        let factor = "\(tenths / 10)\(language == .vi ? "," : ".")\(tenths % 10)"
        if language == .vi {
            let from = basis.firstDay.map { " từ \($0.vietnamese) đến \(asOf.vietnamese)" } ?? ""
            return "Dựa trên \(basis.recordedDays) lần ghi nhận\(from): \(basis.metEvents) tiêu chí được đạt thêm trong "
                + "\(basis.intervals) khoảng giữa hai lần ghi nhận; xã đã đăng ký đạt chuẩn, khi vào nửa cuối năm đăng ký, đạt tiêu chí nhanh gấp \(factor) lần các xã khác. "
                + "Giả định: tiêu chí đã đạt giữ nguyên, các xã và các tiêu chí tiến triển độc lập."
        }
        let from = basis.firstDay.map { " from \($0.iso) to \(asOf.iso)" } ?? ""
        return "Based on \(basis.recordedDays) recording days\(from): \(basis.metEvents) criteria met in \(basis.intervals) "
            + "intervals between two recordings; xã in the second half of the year they registered for met criteria \(factor)× as fast as the others. "
            + "Assumes criteria met stay met, and xã and criteria progress independently."
    }
}
