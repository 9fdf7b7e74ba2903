import NTMCore

/// One unit's criteria tree as text: each indicator's value, threshold, gap and the threshold's source.
enum UnitEvaluationText {
    static func render(_ evaluation: UnitEvaluation, language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = []
        lines.append(
            "\(evaluation.name) (\(evaluation.unit)) — " + (vi ? "ngày \(evaluation.date.vietnamese)" : "as of \(evaluation.date.vietnamese)"))
        lines.append(
            (vi ? "Bộ tiêu chí: " : "Criteria: ") + "\(evaluation.criteriaSet) (\(evaluation.legalBasis))"
                + (evaluation.overlays.isEmpty ? "" : " + " + evaluation.overlays.joined(separator: ", ")))
        let standard = evaluation.reachedStandard ? (vi ? "ĐẠT CHUẨN" : "AT THE STANDARD") : (vi ? "chưa đạt chuẩn" : "not at the standard")
        lines.append(
            vi
                ? "Đạt \(evaluation.criteriaMet)/\(evaluation.totalCriteria) tiêu chí — \(standard)"
                : "\(evaluation.criteriaMet)/\(evaluation.totalCriteria) criteria met — \(standard)")
        lines.append("")
        var table = TextTable(
            header: vi
                ? ["Mã", "Nội dung", "Giá trị", "Ngưỡng", "Chênh lệch", "Kết quả", "Nguồn ngưỡng"]
                : ["Code", "Indicator", "Value", "Threshold", "Gap", "Result", "Threshold source"])
        for criterion in evaluation.criteria {
            table.add(["TC\(criterion.number)", criterion.name, "", "", "", criterion.status.text(language).uppercased(), ""])
            for indicator in criterion.indicators { table.add(row(indicator, language: language)) }
        }
        for indicator in evaluation.preconditions { table.add(row(indicator, language: language)) }
        lines.append(table.render())
        if evaluation.usesIllustrativeThresholds {
            lines.append("")
            lines.append(vi ? "(*) ngưỡng minh họa, không phải số liệu pháp lý" : "(*) illustrative threshold, not a legal number")
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ indicator: IndicatorResult, language: Language) -> [String] {
        let name = indicator.name.count > 48 ? String(indicator.name.prefix(47)) + "…" : indicator.name
        let threshold =
            indicator.threshold.map { value in
                (indicator.comparator.map { $0 == .equal && indicator.kind?.isNumeric != true ? "" : $0.symbol } ?? "")
                    + value.text(language) + (indicator.thresholdIllustrative ? " (*)" : "")
            } ?? "—"
        let gap = indicator.gapText(language) ?? ""
        return [
            "  \(indicator.code)", name, indicator.valueText(language) ?? "", threshold, gap,
            indicator.status.text(language), indicator.thresholdSource?.id ?? "",
        ]
    }
}
