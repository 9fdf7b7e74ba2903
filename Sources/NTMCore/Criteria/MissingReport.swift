/// Something a set leaves unset, which the office must fill (with a source) before the indicator can be judged.
public struct MissingItem: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case indicatorText = "indicator-text"
        case indicatorKind = "indicator-kind"
        case comparator
        case threshold
        case criterionIndicators = "criterion-indicators"
    }

    public var kind: Kind
    public var criterion: Int?
    public var indicator: IndicatorCode?
    /// For thresholds: the region, group or `all` missing.
    public var scope: String?
    public var year: Int?

    public func text(_ language: Language) -> String {
        let subject =
            indicator.map { language == .vi ? "Chỉ tiêu \($0)" : "Indicator \($0)" }
            ?? criterion.map { language == .vi ? "Tiêu chí \($0)" : "Criterion \($0)" } ?? ""
        let yearText = year.map { language == .vi ? " năm \($0)" : " in \($0)" } ?? ""
        switch (kind, language) {
        case (.indicatorText, .vi): return "\(subject): chưa có nội dung"
        case (.indicatorText, .en): return "\(subject): no text"
        case (.indicatorKind, .vi): return "\(subject): chưa xác định cách đo"
        case (.indicatorKind, .en): return "\(subject): kind not set"
        case (.comparator, .vi): return "\(subject): thiếu phép so sánh"
        case (.comparator, .en): return "\(subject): no comparator"
        case (.threshold, .vi): return "\(subject): chưa có ngưỡng cho \(scope ?? "")\(yearText)"
        case (.threshold, .en): return "\(subject): no threshold for \(scope ?? "")\(yearText)"
        case (.criterionIndicators, .vi): return "\(subject): chưa có danh sách chỉ tiêu"
        case (.criterionIndicators, .en): return "\(subject): indicators not known"
        }
    }
}

extension CriteriaSet {
    /// The years a year-dependent indicator needs a level for: those it names, and every year the set is in force.
    /// The 2016–2020 set stayed in force until 07/03/2022, so its income indicator needs 2021 and 2022 levels too,
    /// or no commune can reach the standard in that window.
    public func thresholdYears(of indicator: Indicator) -> ClosedRange<Int>? {
        guard let years = indicator.years else { return nil }
        let low = min(years.lowerBound, validity.from?.year ?? years.lowerBound)
        let high = max(years.upperBound, validity.until?.year ?? years.upperBound)
        return low...high
    }

    /// Everything unset, in table order: texts, kinds, comparators and every threshold cell without a value.
    public func missingItems() -> [MissingItem] {
        var items: [MissingItem] = []
        for criterion in criteria {
            if criterion.indicators.isEmpty || !criterion.indicatorsComplete {
                items.append(MissingItem(kind: .criterionIndicators, criterion: criterion.number))
            }
            for indicator in criterion.indicators {
                items += missingItems(of: indicator, criterion: criterion.number)
            }
        }
        for indicator in preconditions { items += missingItems(of: indicator, criterion: nil) }
        return items
    }

    private func missingItems(of indicator: Indicator, criterion: Int?) -> [MissingItem] {
        var items: [MissingItem] = []
        let code = indicator.code
        if indicator.name == nil {
            items.append(MissingItem(kind: .indicatorText, criterion: criterion, indicator: code))
        }
        guard let kind = indicator.kind else {
            items.append(MissingItem(kind: .indicatorKind, criterion: criterion, indicator: code))
            return items
        }
        if kind.isNumeric && indicator.comparator == nil {
            items.append(MissingItem(kind: .comparator, criterion: criterion, indicator: code))
        }
        for cell in cells(of: indicator) where resolution(of: indicator, at: cell).isMissing {
            items.append(
                MissingItem(kind: .threshold, criterion: criterion, indicator: code, scope: cell.scope.label, year: cell.year))
        }
        return items
    }
}

extension ThresholdResolution {
    var isMissing: Bool {
        if case .notConfigured = self { return true }
        return false
    }
}
