/// What changed between two versions of a criteria set as it applies (national set, or with an overlay):
/// the legal basis, criteria and indicators added or removed, how indicators are measured, which department
/// answers for a criterion, and every threshold cell, each with its source.
public struct CriteriaChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case added
        case removed
        case changed
    }

    public var kind: Kind
    /// What the change is about: `TC 3`, `3.1 (ĐBSCL, 2019)`, `căn cứ pháp lý`.
    public var subject: LocalizedText
    /// Before and after, as the page shows them; nil for an addition or removal's missing side.
    public var before: LocalizedText?
    public var after: LocalizedText?

    public init(kind: Kind, subject: LocalizedText, before: LocalizedText? = nil, after: LocalizedText? = nil) {
        self.kind = kind
        self.subject = subject
        self.before = before
        self.after = after
    }

    public func text(_ language: Language) -> String {
        let subject = self.subject.text(language)
        switch kind {
        case .added: return "+ \(subject): \(after?.text(language) ?? "")"
        case .removed: return "− \(subject): \(before?.text(language) ?? "")"
        case .changed: return "~ \(subject): \(before?.text(language) ?? "") → \(after?.text(language) ?? "")"
        }
    }
}

extension CriteriaSet {
    /// The changes that turn `old` into this set, in table order.
    public func changes(since old: CriteriaSet) -> [CriteriaChange] {
        var changes: [CriteriaChange] = []
        func compare(_ subject: LocalizedText, _ before: LocalizedText?, _ after: LocalizedText?) {
            switch (before, after) {
            case (nil, nil): return
            case (nil, let after?): changes.append(CriteriaChange(kind: .added, subject: subject, after: after))
            case (let before?, nil): changes.append(CriteriaChange(kind: .removed, subject: subject, before: before))
            case (let before?, let after?) where before != after:
                changes.append(CriteriaChange(kind: .changed, subject: subject, before: before, after: after))
            default: return
            }
        }
        compare(
            LocalizedText(vi: "Căn cứ pháp lý", en: "Legal basis"), plain(old.legalBasis.citation(.vi)),
            plain(legalBasis.citation(.vi)))
        compare(LocalizedText(vi: "Hiệu lực", en: "In force"), plain(old.validity.vietnamese), plain(validity.vietnamese))
        let oldCriteria = Dictionary(old.criteria.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let newCriteria = Dictionary(criteria.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        for number in Set(oldCriteria.keys).union(newCriteria.keys).sorted() {
            let subject = LocalizedText(vi: "Tiêu chí \(number)", en: "Criterion \(number)")
            let before = oldCriteria[number], after = newCriteria[number]
            compare(subject, before?.name, after?.name)
            compare(
                LocalizedText(vi: "Tiêu chí \(number): sở phụ trách", en: "Criterion \(number): department"),
                before?.responsible.map { old.departmentName($0.department) }, after?.responsible.map { departmentName($0.department) })
        }
        let oldIndicators = Dictionary(
            old.allIndicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for indicator in allIndicators {
            compareIndicator(old: oldIndicators[indicator.code], new: indicator, oldSet: old, compare: compare)
        }
        let newCodes = Set(allIndicators.map(\.code))
        for indicator in old.allIndicators where !newCodes.contains(indicator.code) {
            compare(
                LocalizedText(vi: "Chỉ tiêu \(indicator.code)", en: "Indicator \(indicator.code)"),
                indicator.name ?? plain(indicator.code.rawValue), nil)
        }
        return changes
    }

    private func compareIndicator(
        old: Indicator?, new indicator: Indicator, oldSet: CriteriaSet,
        compare: (LocalizedText, LocalizedText?, LocalizedText?) -> Void
    ) {
        let code = indicator.code
        guard let old else {
            compare(LocalizedText(vi: "Chỉ tiêu \(code)", en: "Indicator \(code)"), nil, indicator.name ?? plain(code.rawValue))
            return
        }
        compare(LocalizedText(vi: "Chỉ tiêu \(code): nội dung", en: "Indicator \(code): text"), old.name, indicator.name)
        compare(
            LocalizedText(vi: "Chỉ tiêu \(code): cách đo", en: "Indicator \(code): kind"),
            old.kind.map { LocalizedText(vi: $0.name(.vi), en: $0.name(.en)) },
            indicator.kind.map { LocalizedText(vi: $0.name(.vi), en: $0.name(.en)) })
        compare(
            LocalizedText(vi: "Chỉ tiêu \(code): phép so sánh", en: "Indicator \(code): comparator"),
            old.effectiveComparator.map { plain($0.symbol) }, indicator.effectiveComparator.map { plain($0.symbol) })
        // Thresholds as written (a province's `all` cell stays one change, not one per region), keyed by cell.
        var keys: [ThresholdKey] = []
        for threshold in old.thresholds + indicator.thresholds {
            let key = ThresholdKey(scope: threshold.scope, year: threshold.year)
            if !keys.contains(key) { keys.append(key) }
        }
        for key in keys {
            let where_ = key.scope == .all ? "" : " \(key.scope.label)"
            let year = key.year.map { " \($0)" } ?? ""
            compare(
                LocalizedText(vi: "Chỉ tiêu \(code)\(where_)\(year): ngưỡng", en: "Indicator \(code)\(where_)\(year): threshold"),
                oldSet.describe(old.thresholds.first { $0.scope == key.scope && $0.year == key.year }),
                describe(indicator.thresholds.first { $0.scope == key.scope && $0.year == key.year }))
        }
    }

    /// `≥ 45 (QĐ 1980/QĐ-TTg, minh họa)`: a threshold with the title of its source and whether it is illustrative.
    private func describe(_ threshold: Threshold?) -> LocalizedText? {
        guard let threshold else { return nil }
        let source = self.source(threshold.source)?.title ?? threshold.source
        return LocalizedText(
            vi: threshold.value.text(.vi) + " (\(source)" + (threshold.illustrative ? ", minh họa)" : ")"),
            en: threshold.value.text(.en) + " (\(source)" + (threshold.illustrative ? ", illustrative)" : ")"))
    }

    private func departmentName(_ code: String) -> LocalizedText {
        department(code)?.name ?? plain(code)
    }

    private func plain(_ text: String) -> LocalizedText { LocalizedText(vi: text, en: text) }
}
