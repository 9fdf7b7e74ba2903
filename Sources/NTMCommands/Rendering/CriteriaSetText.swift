import NTMCore

/// A criteria set for office staff: legal basis, criteria, indicators, thresholds and what is missing.
enum CriteriaSetText {
    static func render(_ set: CriteriaSet, missingOnly: Bool, language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = []
        lines.append("\(set.title.text(language)) [\(set.id)]")
        lines.append((vi ? "Căn cứ: " : "Legal basis: ") + set.legalBasis.citation(language))
        lines.append((vi ? "Hiệu lực: " : "In force: ") + set.validity.vietnamese + (set.validityNote.map { " — \($0)" } ?? ""))
        lines.append(
            (vi ? "Cấp đánh giá: " : "Level: ") + set.level.name(language) + "; " + (vi ? "ngưỡng theo: " : "thresholds by: ")
                + set.dimension.name(language))
        if !set.appliedOverlays.isEmpty {
            lines.append((vi ? "Bộ tiêu chí tỉnh áp dụng: " : "Overlays applied: ") + set.appliedOverlays.joined(separator: ", "))
        }
        if case .incomplete(let note) = set.completeness {
            lines.append((vi ? "CHƯA ĐẦY ĐỦ: " : "INCOMPLETE: ") + note)
        }
        let declared = [
            set.declaredCriteria.map { vi ? "\($0) tiêu chí" : "\($0) criteria" },
            set.declaredIndicators.map { vi ? "\($0) chỉ tiêu" : "\($0) indicators" },
        ].compactMap { $0 }
        lines.append(
            (vi ? "Theo quyết định: " : "Per the decision: ") + (declared.isEmpty ? "—" : declared.joined(separator: ", "))
                + (vi
                    ? "; đã mã hóa: \(set.criteria.count) tiêu chí, \(set.allIndicators.count) chỉ tiêu"
                    : "; encoded: \(set.criteria.count) criteria, \(set.allIndicators.count) indicators"))
        let missing = set.missingItems()
        lines.append((vi ? "Còn thiếu: " : "Missing: ") + "\(missing.count)")
        lines.append("")
        if missingOnly {
            lines += missing.map { "- " + $0.text(language) }
            return lines.joined(separator: "\n")
        }
        var table = TextTable(
            header: vi ? ["Mã", "Nội dung", "Cách đo", "Ngưỡng", "Nguồn"] : ["Code", "Indicator", "Kind", "Thresholds", "Sources"])
        for criterion in set.criteria {
            let department = criterion.responsible.flatMap { set.department($0.department)?.name.text(language) }.map { " — \($0)" } ?? ""
            table.add(["TC\(criterion.number)", criterion.name.text(language) + department, "", "", ""])
            for indicator in criterion.indicators { table.add(row(indicator, language: language)) }
        }
        for indicator in set.preconditions { table.add(row(indicator, language: language)) }
        lines.append(table.render())
        lines.append("")
        lines.append(vi ? "Nguồn:" : "Sources:")
        lines += set.sources.map { "  \($0.id): \($0.title)" + ($0.url.map { " <\($0)>" } ?? "") }
        return lines.joined(separator: "\n")
    }

    private static func row(_ indicator: Indicator, language: Language) -> [String] {
        let name = indicator.displayName(language)
        let short = name.count > 56 ? String(name.prefix(55)) + "…" : name
        let kind = indicator.kind.map { $0.name(language) + (indicator.comparator.map { " \($0.symbol)" } ?? "") } ?? "?"
        let thresholds = indicator.thresholds.map { threshold in
            (threshold.year.map { "\($0) " } ?? "") + threshold.scope.label + ": " + threshold.value.text(language)
                + (threshold.illustrative ? "*" : "")
        }.joined(separator: "; ")
        let sources = Array(Set(indicator.thresholds.map(\.source))).sorted().joined(separator: ",")
        return ["  \(indicator.code)", short, kind, thresholds.isEmpty ? "—" : thresholds, sources]
    }
}
