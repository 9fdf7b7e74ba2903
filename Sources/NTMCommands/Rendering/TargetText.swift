import NTMCore
import NTMTargets

/// Targets as the command line prints them.
enum TargetText {
    static func date(_ date: LocalDate, _ language: Language) -> String { language == .vi ? date.vietnamese : date.iso }

    static func heading(_ date: LocalDate, language: Language) -> String {
        language == .vi ? "Mục tiêu, tình hình ngày \(date.vietnamese)" : "Targets as of \(date.iso)"
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
