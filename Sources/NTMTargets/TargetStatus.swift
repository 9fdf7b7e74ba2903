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

    /// Why the day cannot be judged, for `notEnoughData`.
    public var reason: LocalizedText? {
        if case .notEnoughData(let reason) = self { return reason }
        return nil
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

/// A target judged on a day: the reading its status rests on — the date's, or the deadline's once it has passed —
/// and the status. One reading of the scope serves both.
public struct TargetAssessment: Sendable {
    /// The day judged: the date asked, or the deadline after it.
    public var day: LocalDate
    public var reading: TargetReading
    public var status: TargetStatus

    /// The reading for a gap on `date`: this one when it was read on that day (no deadline passed), else nil.
    public func reading(for date: LocalDate) -> TargetReading? { day == date ? reading : nil }
}

extension Target {
    /// The day a status on `date` is judged on: the date itself, or the deadline once it has passed.
    public func judgedDay(on date: LocalDate) -> LocalDate { date > deadline ? deadline : date }

    /// The status on `date` with the reading behind it. After the deadline it is final: met if the goal held on the
    /// deadline, missed if not.
    public func assessment(on date: LocalDate, engine: EvaluationEngine) -> TargetAssessment {
        let judged = judgedDay(on: date)
        let now = reading(on: judged, engine: engine)
        return TargetAssessment(day: judged, reading: now, status: status(of: now, judged: judged, on: date, engine: engine))
    }

    public func status(on date: LocalDate, engine: EvaluationEngine) -> TargetStatus { assessment(on: date, engine: engine).status }

    private func status(of now: TargetReading, judged: LocalDate, on date: LocalDate, engine: EvaluationEngine) -> TargetStatus {
        if let reason = now.unjudgeable { return .notEnoughData(reason) }
        if now.met { return .met }
        if date >= deadline { return .missed }
        let from = countedFrom
        // Before its start a goal is not yet being judged; on the first day no progress is asked for yet.
        if judged < from {
            return .notEnoughData(
                LocalizedText(
                    vi: "mục tiêu tính tiến độ từ \(from.vietnamese), chưa đến ngày đó", en: "the goal counts from \(from.iso), not reached yet"))
        }
        guard from < judged else { return .onTrack }
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
