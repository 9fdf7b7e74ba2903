extension CriteriaSet {
    /// Every rule a set must satisfy before it can judge anyone; empty when the set is sound.
    public func validationIssues() -> [CriteriaIssue] {
        var issues: [CriteriaIssue] = []
        if let from = validity.from, let until = validity.until, until < from {
            issues.append(
                .init(
                    .validity, vi: "thời gian hiệu lực kết thúc (\(until.iso)) trước khi bắt đầu (\(from.iso))",
                    en: "validity ends (\(until.iso)) before it starts (\(from.iso))"))
        }
        if criteria.count > 64 {
            // Roll-ups keep each unit's met criteria as a 64-bit set.
            issues.append(
                .init(
                    .document, vi: "một bộ tiêu chí có tối đa 64 tiêu chí; bộ này có \(criteria.count)",
                    en: "a set may have at most 64 criteria; this one has \(criteria.count)"))
        }
        issues += criterionIssues()
        issues += groupIssues()
        let sourceIDs = Set(sources.map(\.id))
        let conditionIDs = Set(conditions.map(\.id))
        var seenCodes: Set<IndicatorCode> = []
        for indicator in allIndicators {
            if !seenCodes.insert(indicator.code).inserted {
                issues.append(
                    .init(
                        .indicator(indicator.code), vi: "mã chỉ tiêu \(indicator.code) xuất hiện nhiều lần",
                        en: "indicator code \(indicator.code) appears more than once"))
            }
            if conditionIDs.contains(indicator.code) {
                issues.append(
                    .init(
                        .indicator(indicator.code), vi: "\(indicator.code) vừa là chỉ tiêu vừa là điều kiện",
                        en: "\(indicator.code) is both an indicator and a condition"))
            }
            issues += indicatorIssues(indicator, sourceIDs: sourceIDs, conditionIDs: conditionIDs)
        }
        for condition in conditions {
            if let source = condition.source, !sourceIDs.contains(source) {
                issues.append(
                    .init(
                        .condition(condition.id),
                        vi: "điều kiện \(condition.id) dẫn nguồn '\(source)', nhưng tệp không liệt kê nguồn này trong sources",
                        en: "condition \(condition.id) cites source '\(source)', which the file does not list"))
            }
        }
        for substitution in regionSubstitutions where !conditionIDs.contains(substitution.condition) {
            issues.append(
                .init(
                    .document,
                    vi: "quy tắc vùng dẫn điều kiện '\(substitution.condition)', nhưng tệp không định nghĩa điều kiện này",
                    en: "region rule refers to condition '\(substitution.condition)', which the file does not define"))
        }
        if !regionSubstitutions.isEmpty && dimension != .region {
            issues.append(
                .init(
                    .document, vi: "quy tắc vùng chỉ dùng được khi ngưỡng quy định theo vùng (thresholds-by: region)",
                    en: "region rules need thresholds by region"))
        }
        return issues
    }

    private func criterionIssues() -> [CriteriaIssue] {
        var issues: [CriteriaIssue] = []
        var numbers: Set<Int> = []
        for criterion in criteria {
            if !numbers.insert(criterion.number).inserted {
                issues.append(
                    .init(
                        .criterion(criterion.number), vi: "tiêu chí \(criterion.number) xuất hiện nhiều lần",
                        en: "criterion \(criterion.number) appears more than once"))
            }
            if case .atLeast(let count) = criterion.rule, count < 1 || count > criterion.indicators.count {
                issues.append(
                    .init(
                        .criterion(criterion.number),
                        vi: "tiêu chí \(criterion.number) yêu cầu đạt \(count) chỉ tiêu nhưng có \(criterion.indicators.count) chỉ tiêu",
                        en: "criterion \(criterion.number) needs \(count) indicators met but has \(criterion.indicators.count)"))
            }
            if (criterion.indicators.isEmpty || !criterion.indicatorsComplete) && completeness.isComplete {
                issues.append(
                    .init(
                        .criterion(criterion.number),
                        vi:
                            "tiêu chí \(criterion.number) còn thiếu chỉ tiêu; ghi 'assessed-as-whole' cho tiêu chí hoặc ghi bộ tiêu chí là 'incomplete'",
                        en: "criterion \(criterion.number) lacks indicators; mark it 'assessed-as-whole' or the set 'incomplete'"))
            }
            if let responsible = criterion.responsible, department(responsible.department) == nil {
                issues.append(
                    .init(
                        .criterion(criterion.number),
                        vi:
                            "tiêu chí \(criterion.number) ghi sở '\(responsible.department)', nhưng sở này không có trong danh sách departments",
                        en:
                            "criterion \(criterion.number) names department '\(responsible.department)', which is not listed under departments"
                    ))
            }
            for indicator in criterion.indicators where indicator.derivation != nil && level == .commune {
                issues.append(
                    .init(
                        .indicator(indicator.code),
                        vi: "chỉ tiêu \(indicator.code) tính từ kết quả các xã; chỉ bộ tiêu chí cấp huyện mới có chỉ tiêu như vậy",
                        en: "indicator \(indicator.code) is derived from commune results, which only a district set can do"))
            }
        }
        return issues
    }

    private func groupIssues() -> [CriteriaIssue] {
        guard !groups.isEmpty else { return [] }
        var issues: [CriteriaIssue] = []
        let numbers = Set(criteria.map(\.number))
        var placed: [Int: String] = [:]
        for group in groups {
            for number in group.criteria {
                if !numbers.contains(number) {
                    issues.append(
                        .init(
                            .group(group.id), vi: "nhóm \(group.id) liệt kê tiêu chí \(number), nhưng bộ tiêu chí không có tiêu chí này",
                            en: "group \(group.id) lists criterion \(number), which the set does not define"))
                } else if let other = placed[number] {
                    issues.append(
                        .init(
                            .group(group.id), vi: "tiêu chí \(number) thuộc cả nhóm \(other) và nhóm \(group.id)",
                            en: "criterion \(number) is in both group \(other) and group \(group.id)"))
                }
                placed[number] = group.id
            }
        }
        for criterion in criteria where placed[criterion.number] == nil {
            issues.append(
                .init(
                    .criterion(criterion.number), vi: "tiêu chí \(criterion.number) không thuộc nhóm nào",
                    en: "criterion \(criterion.number) is in no group"))
        }
        return issues
    }

    private func indicatorIssues(_ indicator: Indicator, sourceIDs: Set<String>, conditionIDs: Set<IndicatorCode>) -> [CriteriaIssue] {
        var issues: [CriteriaIssue] = []
        let code = indicator.code
        let at = CriteriaLocation.indicator(code)
        if let kind = indicator.kind {
            if kind.isNumeric && indicator.comparator == nil {
                issues.append(
                    .init(
                        at, vi: "chỉ tiêu \(code) thuộc loại \(kind.rawValue) nhưng chưa có phép so sánh (>=, <= hoặc =)",
                        en: "indicator \(code) is a \(kind.rawValue) indicator but has no comparator (>=, <= or =)"))
            }
            if !kind.isNumeric, let comparator = indicator.comparator {
                issues.append(
                    .init(
                        at, vi: "chỉ tiêu \(code) thuộc loại \(kind.rawValue), không dùng phép so sánh, nhưng lại ghi '\(comparator.rawValue)'",
                        en: "indicator \(code) is \(kind.rawValue) and takes no comparator, but '\(comparator.rawValue)' is given"))
            }
        } else if !indicator.thresholds.isEmpty {
            issues.append(
                .init(at, vi: "chỉ tiêu \(code) có ngưỡng nhưng chưa ghi loại (kind)", en: "indicator \(code) has thresholds but no kind"))
        }
        if let derivation = indicator.derivation, indicator.kind != .percentage {
            issues.append(
                .init(
                    at, vi: "chỉ tiêu \(code) được tính (\(derivation.rawValue)) ra một tỷ lệ; loại (kind) phải là 'percentage'",
                    en: "indicator \(code) is derived (\(derivation.rawValue)), which gives a percentage; its kind must be 'percentage'"))
        }
        if let rule = indicator.notApplicableWhen {
            if !conditionIDs.contains(rule.condition) {
                issues.append(
                    .init(
                        at, vi: "chỉ tiêu \(code) không xét khi '\(rule.condition)', nhưng '\(rule.condition)' không phải điều kiện đã định nghĩa",
                        en: "indicator \(code) is not applicable when '\(rule.condition)', which is not a defined condition"))
            }
            if let source = rule.source, !sourceIDs.contains(source) {
                issues.append(
                    .init(
                        at, vi: "chỉ tiêu \(code) dẫn nguồn '\(source)', nhưng tệp không liệt kê nguồn này trong sources",
                        en: "indicator \(code) cites source '\(source)', which the file does not list"))
            }
        }
        if let years = indicator.years, years.count > 60 {
            issues.append(
                .init(
                    at, vi: "chỉ tiêu \(code) có khoảng năm bất thường \(years)",
                    en: "indicator \(code) has an implausible year range \(years)"))
        }
        var seen: [ThresholdKey: Threshold] = [:]
        for threshold in indicator.thresholds {
            let where_ = CriteriaLocation.threshold(code, threshold.origin, position: threshold.position)
            if let message = thresholdProblem(threshold, of: indicator) {
                issues.append(.init(where_, message))
            }
            if threshold.origin == .criteriaSet(id) && !sourceIDs.contains(threshold.source) {
                issues.append(
                    .init(
                        where_, vi: "ngưỡng của chỉ tiêu \(code) dẫn nguồn '\(threshold.source)', nhưng tệp không liệt kê nguồn này trong sources",
                        en: "threshold of \(code) cites source '\(threshold.source)', which the file does not list"))
            }
            let key = ThresholdKey(scope: threshold.scope, year: threshold.year)
            if seen[key] != nil {
                issues.append(
                    .init(
                        where_, vi: "chỉ tiêu \(code) có hai ngưỡng cho \(key.vietnameseLabel)",
                        en: "indicator \(code) has two thresholds for \(key.label)"))
            }
            seen[key] = threshold
        }
        let years = Set(indicator.thresholds.map(\.year))
        for year in years {
            let scopes = indicator.thresholds.filter { $0.year == year }.map(\.scope)
            if scopes.contains(.all) && scopes.count > 1, let threshold = indicator.thresholds.first(where: { $0.year == year && $0.scope != .all }) {
                issues.append(
                    .init(
                        .threshold(code, threshold.origin, position: threshold.position),
                        vi:
                            "chỉ tiêu \(code) có một ngưỡng cho mọi đơn vị và một ngưỡng cho \(threshold.scope.vietnameseLabel)\(year.map { " năm \($0)" } ?? ""); chỉ giữ một",
                        en:
                            "indicator \(code) has a threshold for all units and one for \(threshold.scope.label)\(year.map { " in \($0)" } ?? ""); keep one"
                    ))
            }
        }
        return issues
    }

    private func thresholdProblem(_ threshold: Threshold, of indicator: Indicator) -> LocalizedText? {
        let code = indicator.code
        switch (threshold.scope, dimension) {
        case (.region, .communeGroup), (.region, .none):
            return LocalizedText(
                vi: "ngưỡng của chỉ tiêu \(code) ghi cho \(threshold.scope.vietnameseLabel), nhưng bộ tiêu chí này \(dimension.vietnamesePhrase)",
                en: "threshold of \(code) is for region \(threshold.scope.label), but this set's thresholds vary by \(dimension.rawValue)")
        case (.group, .region), (.group, .none):
            return LocalizedText(
                vi: "ngưỡng của chỉ tiêu \(code) ghi cho \(threshold.scope.vietnameseLabel), nhưng bộ tiêu chí này \(dimension.vietnamesePhrase)",
                en: "threshold of \(code) is for \(threshold.scope.label), but this set's thresholds vary by \(dimension.rawValue)")
        default: break
        }
        if indicator.isYearDependent, threshold.year == nil {
            return LocalizedText(
                vi: "chỉ tiêu \(code) thay đổi theo năm; ngưỡng cần ghi năm (year)",
                en: "indicator \(code) depends on the year; its threshold needs a year")
        }
        if let year = threshold.year {
            guard let years = thresholdYears(of: indicator) else {
                return LocalizedText(
                    vi: "chỉ tiêu \(code) không thay đổi theo năm, nhưng một ngưỡng lại ghi năm \(year)",
                    en: "indicator \(code) does not depend on the year, but a threshold names year \(year)")
            }
            if !years.contains(year) {
                return LocalizedText(
                    vi:
                        "ngưỡng của chỉ tiêu \(code) ghi cho năm \(year), nằm ngoài các năm \(years.lowerBound)–\(years.upperBound) của chỉ tiêu và thời gian hiệu lực của bộ tiêu chí",
                    en:
                        "threshold of \(code) is for \(year), outside the indicator's years and the set's validity, \(years.lowerBound)–\(years.upperBound)"
                )
            }
        }
        guard let kind = indicator.kind else { return nil }
        switch (kind, threshold.value) {
        case (.passFail, .met), (.mustBeNone, .none): return nil
        case (.passFail, _):
            return LocalizedText(
                vi: "chỉ tiêu \(code) thuộc loại pass-fail (Đạt/Không đạt); ngưỡng phải là 'Đạt', không phải \(threshold.value.asWritten)",
                en: "indicator \(code) is pass-fail; its threshold must be 'Đạt', not \(threshold.value.text(.en))")
        case (.mustBeNone, _):
            return LocalizedText(
                vi: "chỉ tiêu \(code) thuộc loại must-be-none (không được có); ngưỡng phải là 'Không', không phải \(threshold.value.asWritten)",
                en: "indicator \(code) is must-be-none; its threshold must be 'Không', not \(threshold.value.text(.en))")
        case (_, .met), (_, .none):
            return LocalizedText(
                vi: "chỉ tiêu \(code) thuộc loại \(kind.rawValue); ngưỡng phải là một số, không phải '\(threshold.value.text(.vi))'",
                en: "indicator \(code) is \(kind.rawValue); its threshold must be a number, not '\(threshold.value.text(.vi))'")
        case (.percentage, .number(let value)) where value < .zero || value > .hundred:
            return LocalizedText(
                vi: "ngưỡng \(value) của chỉ tiêu \(code) là tỷ lệ nằm ngoài khoảng 0–100",
                en: "threshold \(value) of \(code) is a percentage outside 0–100")
        case (.count, .number(let value)) where !value.isInteger || value < .zero:
            return LocalizedText(
                vi: "ngưỡng \(value) của chỉ tiêu \(code) phải là một số nguyên không âm",
                en: "threshold \(value) of \(code) must be a whole number of things")
        case (.amount, .number(let value)) where value < .zero:
            return LocalizedText(vi: "ngưỡng \(value) của chỉ tiêu \(code) là số âm", en: "threshold \(value) of \(code) is negative")
        default: return nil
        }
    }
}

/// Identifies a threshold cell: a scope in a year.
struct ThresholdKey: Hashable {
    var scope: ThresholdScope
    var year: Int?

    var label: String { year.map { "\(scope.label) in \($0)" } ?? scope.label }

    /// `vùng ĐBSCL năm 2019`, `nhóm G1`, `mọi đơn vị`.
    var vietnameseLabel: String { year.map { "\(scope.vietnameseLabel) năm \($0)" } ?? scope.vietnameseLabel }
}

extension ThresholdScope {
    /// The scope in a Vietnamese message: `vùng ĐBSCL`, `nhóm G1`, `mọi đơn vị`.
    var vietnameseLabel: String {
        switch self {
        case .all: "mọi đơn vị"
        case .region(let region): "vùng \(region.abbreviation)"
        case .group(let group): "nhóm \(group.rawValue)"
        }
    }
}

extension ThresholdDimension {
    /// How a set's thresholds vary, as the end of a Vietnamese sentence ("bộ tiêu chí này …").
    fileprivate var vietnamesePhrase: String {
        switch self {
        case .region: "quy định ngưỡng theo vùng"
        case .communeGroup: "quy định ngưỡng theo nhóm xã"
        case .none: "dùng một ngưỡng chung cho mọi đơn vị"
        }
    }
}

extension ThresholdValue {
    /// The value as a criteria file writes it: `Đạt`, `Không`, or the number with a decimal point.
    fileprivate var asWritten: String {
        if case .number(let value) = self { return value.plain }
        return text(.vi)
    }
}
