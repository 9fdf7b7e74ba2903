import NTMCore

/// Where a target stands on a day, computed (docs/TARGETS.md gives the rules and their boundaries).
public enum TargetStatus: Hashable, Sendable {
    /// The goal holds on the day (on or before the deadline), or held on the deadline.
    case met
    /// Not yet met, and progress since the start keeps pace with the time elapsed.
    case onTrack
    /// Behind the pace, but by less than half of it.
    case atRisk
    /// Less than half the progress the elapsed time asks for.
    case offTrack
    /// The deadline passed and the goal did not hold on it.
    case missed
    /// The day cannot be judged; the reason says why ("chưa có số liệu …").
    case notEnoughData(LocalizedText)

    /// The stable name used in the API and files.
    public var code: String {
        switch self {
        case .met: "met"
        case .onTrack: "on-track"
        case .atRisk: "at-risk"
        case .offTrack: "off-track"
        case .missed: "missed"
        case .notEnoughData: "not-enough-data"
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.met, .vi): "Đã đạt"
        case (.onTrack, .vi): "Đúng tiến độ"
        case (.atRisk, .vi): "Có nguy cơ chậm"
        case (.offTrack, .vi): "Chậm tiến độ"
        case (.missed, .vi): "Không đạt đúng hạn"
        case (.notEnoughData, .vi): "Không đủ dữ liệu"
        case (.met, .en): "Met"
        case (.onTrack, .en): "On track"
        case (.atRisk, .en): "At risk"
        case (.offTrack, .en): "Off track"
        case (.missed, .en): "Missed"
        case (.notEnoughData, .en): "Not enough data"
        }
    }
}

/// The pace rule, on plain numbers so each boundary can be tested by hand.
public enum TargetPace {
    /// Progress is the share of the way from the start's value to the goal covered so far; elapsed is the share of
    /// the days from start to deadline gone by. On track when progress ≥ elapsed; at risk when progress ≥ half of
    /// elapsed; off track below that. A start already at or past the goal (the value fell since) counts as no
    /// progress made.
    public static func status(start: Double, now: Double, goal: Double, elapsed: Double) -> TargetStatus {
        let needed = goal - start
        let progress = needed > 0 ? (now - start) / needed : 0
        if progress >= elapsed { return .onTrack }
        if progress >= elapsed / 2 { return .atRisk }
        return .offTrack
    }
}

extension Target {
    /// The status on `date`. After the deadline it is final: met if the goal held on the deadline, missed if not.
    /// The day a status on `date` is judged on: the date itself, or the deadline once it has passed.
    public func judgedDay(on date: LocalDate) -> LocalDate { date > deadline ? deadline : date }

    public func status(on date: LocalDate, engine: EvaluationEngine) -> TargetStatus {
        let judged = judgedDay(on: date)
        let now = reading(on: judged, engine: engine)
        if let reason = now.unjudgeable { return .notEnoughData(reason) }
        if now.met { return .met }
        if date >= deadline { return .missed }
        let from = countedFrom
        guard from < judged else { return TargetPace.status(start: 0, now: 0, goal: 1, elapsed: 0) }
        let start = reading(on: from, engine: engine)
        if let reason = start.unjudgeable {
            return .notEnoughData(
                LocalizedText(
                    vi: "không có điểm xuất phát ngày \(from.vietnamese): \(reason.vi)",
                    en: "no starting point on \(from.iso): \(reason.text(.en))"))
        }
        let elapsed = Double(from.days(to: judged)) / Double(max(from.days(to: deadline), 1))
        return TargetPace.status(start: start.value.doubleValue, now: now.value.doubleValue, goal: now.goal.doubleValue, elapsed: elapsed)
    }
}
