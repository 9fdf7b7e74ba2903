import NTMCore

/// The briefing as text: the headline sentence, alerts, the per-district table and the lagging criteria.
enum SummaryText {
    static func render(_ summary: ScopeSummary, language: Language, synthetic: Bool) -> String {
        let vi = language == .vi
        var lines: [String] = []
        lines.append(
            vi
                ? "\(summary.scopeName.uppercased()) — đánh giá đến ngày \(summary.date.vietnamese)"
                : "\(summary.scopeName) — assessed as of \(summary.date.vietnamese)")
        let overlays =
            summary.overlays.isEmpty ? "" : (vi ? "; bộ tiêu chí tỉnh: " : "; provincial overlay: ") + summary.overlays.joined(separator: ", ")
        lines.append((vi ? "Bộ tiêu chí: " : "Criteria: ") + "\(summary.criteriaSetTitle) (\(summary.legalBasis))\(overlays)")
        lines.append("")
        lines.append(BriefingText.headline(summary, language: language))
        lines += BriefingText.alerts(summary, language: language)
        lines.append(
            vi
                ? "Bình quân \(summary.averageCriteria.vietnamese()) tiêu chí/xã; \(summary.atStandard)/\(summary.communes) xã đạt chuẩn (\(summary.atStandardPercent.vietnamese())%)."
                : "Average \(summary.averageCriteria.rounded(decimals: 2).plain) criteria per commune; \(summary.atStandard)/\(summary.communes) communes at the standard (\(summary.atStandardPercent.plain)%)."
        )
        if let assessed = summary.districtsAssessed, let reached = summary.districtsAtStandard {
            lines.append(
                vi
                    ? "Cấp huyện: \(reached)/\(assessed) huyện đạt đủ tiêu chí huyện nông thôn mới."
                    : "District level: \(reached)/\(assessed) districts meet every district criterion.")
        }
        lines.append("")
        lines.append(groupTable(summary, language: language))
        if case .registered = summary.scope {
            lines.append("")
            lines.append(communeTable(summary, language: language))
        }
        if let lagging = BriefingText.lagging(summary, limit: 5, language: language) {
            lines.append("")
            lines.append(lagging)
        }
        lines.append("")
        lines.append(criteriaTable(summary, language: language))
        lines += footnotes(summary, language: language, synthetic: synthetic)
        return lines.joined(separator: "\n")
    }

    private static func bandHeader(_ band: ScopeSummary.BandCount, total: Int, vi: Bool) -> String {
        if band.min == band.max { return "\(band.min)/\(total)" }
        if band.min == 0 { return vi ? "<\(band.max + 1)" : "<\(band.max + 1)" }
        return "\(band.min)-\(band.max)"
    }

    private static func groupTable(_ summary: ScopeSummary, language: Language) -> String {
        let vi = language == .vi
        let hasStanding = summary.groups.contains { $0.standing != nil }
        var header = vi ? ["Đơn vị", "Số xã", "Đạt chuẩn", "Tỷ lệ", "BQ TC/xã"] : ["Unit", "Communes", "At standard", "Share", "Avg"]
        header += summary.bands.map { bandHeader($0, total: summary.totalCriteria, vi: vi) }
        if hasStanding { header.append(vi ? "TC huyện" : "District") }
        var table = TextTable(header: header, rightAligned: Set(1..<header.count))
        for group in summary.groups {
            var row = [
                group.name, String(group.communes), String(group.atStandard), percent(group.atStandardPercent, vi),
                number(group.averageCriteria, vi),
            ]
            row += group.bands.map(String.init)
            if hasStanding {
                row.append(
                    group.standing.map { standing in
                        "\(standing.criteriaMet)/\(standing.totalCriteria)"
                            + (standing.unmetCriteria.isEmpty ? "" : " (-" + standing.unmetCriteria.map(String.init).joined(separator: ",") + ")")
                    } ?? "")
            }
            table.add(row)
        }
        var totalRow = [
            vi ? "Tổng" : "Total", String(summary.communes), String(summary.atStandard),
            percent(summary.atStandardPercent, vi), number(summary.averageCriteria, vi),
        ]
        totalRow += summary.bands.map { String($0.communes) }
        if hasStanding { totalRow.append(summary.districtsAtStandard.map { "\($0)/\(summary.districtsAssessed ?? 0)" } ?? "") }
        table.add(totalRow)
        return table.render()
    }

    private static func communeTable(_ summary: ScopeSummary, language: Language) -> String {
        let vi = language == .vi
        var table = TextTable(
            header: vi ? ["Xã", "Huyện", "Số TC đạt", "TC chưa đạt"] : ["Commune", "District", "Criteria met", "Criteria not met"],
            rightAligned: [2])
        for row in summary.communeRows.sorted(by: { ($0.criteriaMet, $0.code) > ($1.criteriaMet, $1.code) }) {
            table.add([
                row.name, row.district, "\(row.criteriaMet)/\(summary.totalCriteria)",
                row.unmetCriteria.map { "\($0)" }.joined(separator: ", "),
            ])
        }
        return table.render()
    }

    private static func criteriaTable(_ summary: ScopeSummary, language: Language) -> String {
        let vi = language == .vi
        var table = TextTable(
            header: vi ? ["TC", "Tên tiêu chí", "Số xã đạt", "Tỷ lệ"] : ["No.", "Criterion", "Communes meeting", "Share"],
            rightAligned: [0, 2, 3])
        for criterion in summary.criteria {
            table.add([
                String(criterion.number), criterion.name, "\(criterion.communesMeeting)/\(summary.communes)",
                percent(criterion.percent, vi),
            ])
        }
        return table.render()
    }

    private static func footnotes(_ summary: ScopeSummary, language: Language, synthetic: Bool) -> [String] {
        let vi = language == .vi
        var notes: [String] = []
        if summary.undeterminedCommunes > 0 {
            notes.append(
                vi
                    ? "* \(summary.undeterminedCommunes) xã có tiêu chí chưa xác định (thiếu số liệu hoặc chưa cấu hình ngưỡng); tiêu chí đó không được tính là đạt."
                    : "* \(summary.undeterminedCommunes) communes have undetermined criteria (missing data or thresholds not configured); those are not counted as met."
            )
        }
        if summary.usesIllustrativeThresholds {
            notes.append(
                vi
                    ? "* Kết quả có dùng ngưỡng minh họa (không phải số liệu pháp lý)."
                    : "* Results use illustrative thresholds (not legal numbers).")
        }
        if synthetic {
            notes.append(
                vi
                    ? "* Dữ liệu demo tổng hợp, không phải số liệu thật của tỉnh Trà Vinh."
                    : "* Synthetic demo data, not Trà Vinh's real figures.")
        }
        return notes.isEmpty ? [] : [""] + notes
    }

    static func percent(_ value: FixedDecimal, _ vi: Bool) -> String {
        (vi ? value.vietnamese(decimals: 1) : value.rounded(decimals: 1).plain) + "%"
    }

    static func number(_ value: FixedDecimal, _ vi: Bool) -> String {
        vi ? value.vietnamese(decimals: 2) : value.rounded(decimals: 2).plain
    }
}
