/// The sentences a coordination office reads out at a briefing, in the province's style.
public enum BriefingText {
    /// "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."
    public static func headline(_ summary: ScopeSummary, language: Language) -> String {
        // No values at all is not "every commune below 14 criteria": it is said as it is.
        if summary.communes > 0 && summary.noDataCommunes == summary.communes {
            return language == .vi
                ? "Chưa có số liệu đánh giá của \(padded(summary.communes)) xã đến ngày \(summary.date.vietnamese)."
                : "No assessment data yet for the \(summary.communes) communes as of \(summary.date.vietnamese)."
        }
        let total = summary.totalCriteria
        var parts: [String] = []
        for (position, band) in summary.bands.enumerated() {
            let number = language == .vi ? padded : { String($0) }
            let count = position == 0 ? "\(number(band.communes))/\(number(summary.communes))" : number(band.communes)
            parts.append(phrase(count: count, band: band, total: total, first: position == 0, language: language))
        }
        let joined: String
        if parts.count > 1 {
            let conjunction = language == .vi ? " và " : " and "
            joined = parts.dropLast().joined(separator: "; ") + conjunction + (parts.last ?? "")
        } else {
            joined = parts.first ?? ""
        }
        let missing =
            summary.noDataCommunes == 0
            ? ""
            : language == .vi
                ? "; \(padded(summary.noDataCommunes)) xã chưa có số liệu"
                : "; \(summary.noDataCommunes) \(summary.noDataCommunes == 1 ? "commune has" : "communes have") no data yet"
        return (language == .vi ? "Kết quả đến nay, có " : "So far, ") + joined + missing + "."
    }

    private static func phrase(
        count: String, band: ScopeSummary.BandCount, total: Int, first: Bool,
        language: Language
    ) -> String {
        let noun = language == .vi ? "xã" : (first ? "communes" : "")
        let subject = noun.isEmpty ? count : "\(count) \(noun)"
        switch language {
        case .vi:
            if band.min == band.max { return "\(subject) đạt \(band.min)/\(total) tiêu chí" }
            if band.min == 0 { return "\(subject) đạt dưới \(band.max + 1) tiêu chí" }
            return "\(subject) đạt từ \(band.min)-\(band.max) tiêu chí"
        case .en:
            if band.min == band.max { return "\(subject) meet \(band.min)/\(total) criteria" }
            if band.min == 0 { return "\(subject) meet fewer than \(band.max + 1) criteria" }
            return "\(subject) meet \(band.min)–\(band.max) criteria"
        }
    }

    /// "Cảnh báo: 01 xã đạt dưới 12 tiêu chí: Xã Long Sơn (Huyện Cầu Ngang, 11 tiêu chí)."
    public static func alerts(_ summary: ScopeSummary, language: Language) -> [String] {
        summary.alerts.filter { !$0.communes.isEmpty }.map { alert in
            let names = alert.communes.map {
                language == .vi
                    ? "\($0.name) (\($0.district), \($0.criteriaMet) tiêu chí)"
                    : "\($0.name) (\($0.district), \($0.criteriaMet) criteria)"
            }.joined(separator: "; ")
            return language == .vi
                ? "Cảnh báo: \(padded(alert.communes.count)) xã đạt dưới \(alert.below) tiêu chí: \(names)."
                : "Alert: \(alert.communes.count) \(alert.communes.count == 1 ? "commune meets" : "communes meet") fewer than \(alert.below) criteria: \(names)."
        }
    }

    /// "Tiêu chí đạt thấp: TC5 Trường học (08/17 xã), …" for the `limit` weakest criteria.
    public static func lagging(_ summary: ScopeSummary, limit: Int, language: Language) -> String? {
        let weakest = summary.laggingCriteria.prefix(limit)
        guard !weakest.isEmpty else { return nil }
        let items = weakest.map {
            language == .vi
                ? "TC\($0.number) \($0.name) (\(padded($0.communesMeeting))/\(padded(summary.communes)) xã)"
                : "C\($0.number) \($0.name) (\($0.communesMeeting)/\(summary.communes))"
        }.joined(separator: "; ")
        return (language == .vi ? "Tiêu chí đạt thấp nhất: " : "Weakest criteria: ") + items + "."
    }

    /// Counts under ten are written with two digits, as in the province's reports ("02/17").
    public static func padded(_ count: Int) -> String { count < 10 && count >= 0 ? "0\(count)" : String(count) }
}
