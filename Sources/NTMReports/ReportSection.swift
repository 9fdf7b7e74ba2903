import Foundation

/// The parts of a briefing report the office can choose; the order here is the order printed.
public enum ReportSection: String, CaseIterable, Hashable, Sendable {
    /// The headline sentence and the scope's totals.
    case summary
    /// The table by district (by province for the nation).
    case districts
    /// One row per commune: criteria met and missing.
    case communes
    /// Criteria not met everywhere, fewest communes first.
    case lagging
    /// Communes below the alert level.
    case alerts
    /// Targets with their status and forecast, when the store has any in scope.
    case targets
    /// Directives' tasks: counts by timeliness and the overdue ones, when the store has any in scope.
    case tasks
    /// Funds and disbursement, when the store has funding lines for the scope's year.
    case funds

    public var title: String {
        switch self {
        case .summary: "Kết quả chung"
        case .districts: "Kết quả theo đơn vị"
        case .communes: "Kết quả từng xã"
        case .lagging: "Các tiêu chí đạt thấp"
        case .alerts: "Các xã dưới mức cảnh báo"
        case .targets: "Mục tiêu và dự báo"
        case .tasks: "Thực hiện nhiệm vụ chỉ đạo"
        case .funds: "Nguồn vốn và giải ngân"
        }
    }

    public var englishTitle: String {
        switch self {
        case .summary: "Overall result"
        case .districts: "By unit"
        case .communes: "Each commune"
        case .lagging: "Lagging criteria"
        case .alerts: "Communes below the alert level"
        case .targets: "Targets and forecasts"
        case .tasks: "Directives' tasks"
        case .funds: "Funds and disbursement"
        }
    }

    /// `summary,communes` → the sections; none listed means all of them. An unknown code is refused, naming it.
    public static func parse(_ text: String) throws(ReportError) -> Set<ReportSection> {
        var sections: Set<ReportSection> = []
        for code in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty {
            guard let section = ReportSection(rawValue: code) else { throw .unknownSection(code) }
            sections.insert(section)
        }
        return sections.isEmpty ? Set(allCases) : sections
    }
}
