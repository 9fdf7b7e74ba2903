/// What a province changes about one indicator of a national set.
public struct IndicatorPatch: Hashable, Sendable, Codable {
    public var code: IndicatorCode
    /// Only where the national set has no text.
    public var name: LocalizedText?
    /// Only where the national set leaves it unset.
    public var kind: IndicatorKind?
    public var comparator: Comparator?
    public var unit: LocalizedText?
    public var thresholds: [Threshold]
    public var notApplicableWhen: NotApplicableRule?

    public init(
        code: IndicatorCode, name: LocalizedText? = nil, kind: IndicatorKind? = nil, comparator: Comparator? = nil,
        unit: LocalizedText? = nil, thresholds: [Threshold] = [], notApplicableWhen: NotApplicableRule? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.comparator = comparator
        self.unit = unit
        self.thresholds = thresholds
        self.notApplicableWhen = notApplicableWhen
    }
}

/// A province's refinement of a national set (its own decision), applied to the province's units only.
public struct CriteriaOverlay: Hashable, Sendable, Codable {
    public var id: String
    public var title: LocalizedText
    public var base: CriteriaSetID
    public var province: UnitCode
    /// The province's decision; nil when the overlay is not backed by one (a demo).
    public var decision: LegalBasis?
    /// Every value of the overlay is illustrative unless a threshold says otherwise.
    public var illustrative: Bool
    public var sources: [SourceReference]
    public var departments: [Department]
    public var responsible: [Int: DepartmentAssignment]
    public var indicators: [IndicatorPatch]
    public var note: String?

    public init(
        id: String, title: LocalizedText, base: CriteriaSetID, province: UnitCode, decision: LegalBasis? = nil,
        illustrative: Bool = false, sources: [SourceReference] = [], departments: [Department] = [],
        responsible: [Int: DepartmentAssignment] = [:], indicators: [IndicatorPatch] = [], note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.base = base
        self.province = province
        self.decision = decision
        self.illustrative = illustrative
        self.sources = sources
        self.departments = departments
        self.responsible = responsible
        self.indicators = indicators
        self.note = note
    }
}

extension CriteriaSet {
    /// Problems that stop `overlay` from applying to this set.
    public func overlayIssues(_ overlay: CriteriaOverlay) -> [CriteriaIssue] {
        var issues: [CriteriaIssue] = []
        if overlay.base != id {
            issues.append(
                .init(
                    .document, vi: "bộ tiêu chí tỉnh \(overlay.id) áp dụng cho bộ tiêu chí '\(overlay.base)', không phải '\(id)'",
                    en: "overlay \(overlay.id) refines set '\(overlay.base)', not '\(id)'"))
        }
        let sourceIDs = Set(overlay.sources.map(\.id) + sources.map(\.id))
        let departmentCodes = Set(overlay.departments.map(\.code) + departments.map(\.code))
        for (number, assignment) in overlay.responsible.sorted(by: { $0.key < $1.key }) {
            if criterion(number) == nil {
                issues.append(
                    .init(
                        .overlayCriterion(number), vi: "bộ tiêu chí tỉnh ghi tiêu chí \(number), nhưng bộ tiêu chí \(id) không có tiêu chí này",
                        en: "overlay names criterion \(number), which set \(id) does not have"))
            } else if !departmentCodes.contains(assignment.department) {
                issues.append(
                    .init(
                        .overlayCriterion(number),
                        vi: "tiêu chí \(number) được giao cho sở '\(assignment.department)', nhưng sở này không có trong danh sách departments",
                        en: "criterion \(number) is assigned to department '\(assignment.department)', which is not listed under departments"))
            }
        }
        var seen: Set<IndicatorCode> = []
        for patch in overlay.indicators {
            let at = CriteriaLocation.overlayIndicator(patch.code)
            guard seen.insert(patch.code).inserted else {
                issues.append(
                    .init(
                        at, vi: "bộ tiêu chí tỉnh liệt kê chỉ tiêu \(patch.code) hai lần",
                        en: "overlay lists indicator \(patch.code) twice"))
                continue
            }
            guard let base = indicator(patch.code) else {
                issues.append(
                    .init(
                        at, vi: "bộ tiêu chí tỉnh ghi chỉ tiêu \(patch.code), nhưng bộ tiêu chí \(id) không có chỉ tiêu này",
                        en: "overlay names indicator \(patch.code), which set \(id) does not have"))
                continue
            }
            if patch.name != nil && base.name != nil {
                issues.append(
                    .init(
                        at,
                        vi:
                            "chỉ tiêu \(patch.code) đã có nội dung trong \(legalBasis.decision); bộ tiêu chí tỉnh chỉ được bổ sung nội dung còn thiếu",
                        en: "indicator \(patch.code) already has its text in \(legalBasis.decision); an overlay may only supply missing text"))
            }
            if let kind = patch.kind, let baseKind = base.kind, kind != baseKind {
                issues.append(
                    .init(
                        at,
                        vi:
                            "chỉ tiêu \(patch.code) thuộc loại \(baseKind.rawValue) theo \(legalBasis.decision); bộ tiêu chí tỉnh không được đổi thành \(kind.rawValue)",
                        en: "indicator \(patch.code) is \(baseKind.rawValue) in \(legalBasis.decision); an overlay cannot make it \(kind.rawValue)"))
            }
            if let comparator = patch.comparator, let baseComparator = base.comparator, comparator != baseComparator {
                issues.append(
                    .init(
                        at,
                        vi:
                            "chỉ tiêu \(patch.code) dùng phép so sánh \(baseComparator.symbol) theo \(legalBasis.decision); bộ tiêu chí tỉnh không được đổi thành \(comparator.symbol)",
                        en:
                            "indicator \(patch.code) uses \(baseComparator.symbol) in \(legalBasis.decision); an overlay cannot change it to \(comparator.symbol)"
                    ))
            }
            if let rule = patch.notApplicableWhen, condition(rule.condition) == nil {
                issues.append(
                    .init(
                        at, vi: "chỉ tiêu \(patch.code) dẫn điều kiện '\(rule.condition)', nhưng bộ tiêu chí \(id) không định nghĩa điều kiện này",
                        en: "indicator \(patch.code) refers to condition '\(rule.condition)', which set \(id) does not define"))
            }
            for threshold in patch.thresholds {
                let where_ = CriteriaLocation.threshold(patch.code, threshold.origin, position: threshold.position)
                if case .region = threshold.scope {
                    issues.append(
                        .init(
                            where_,
                            vi: "bộ tiêu chí tỉnh chỉ áp dụng cho một tỉnh; ghi ngưỡng của chỉ tiêu \(patch.code) cho 'all' thay vì cho một vùng",
                            en: "an overlay covers one province; give the threshold of \(patch.code) for 'all' instead of a region"))
                }
                if !sourceIDs.contains(threshold.source) {
                    issues.append(
                        .init(
                            where_,
                            vi:
                                "ngưỡng của chỉ tiêu \(patch.code) dẫn nguồn '\(threshold.source)', nhưng cả bộ tiêu chí tỉnh lẫn bộ tiêu chí quốc gia đều không liệt kê nguồn này",
                            en: "threshold of \(patch.code) cites source '\(threshold.source)', which neither the overlay nor the set lists"))
                }
            }
        }
        return issues
    }

    /// This set as it applies in the overlay's province. Throws the first problem if the overlay does not fit.
    public func applying(_ overlay: CriteriaOverlay) throws(CriteriaIssue) -> CriteriaSet {
        if let issue = overlayIssues(overlay).first { throw issue }
        var result = self
        result.appliedOverlays.append(overlay.id)
        result.sources += overlay.sources.filter { source in !sources.contains { $0.id == source.id } }
        result.departments += overlay.departments.filter { department in !departments.contains { $0.code == department.code } }
        for index in result.criteria.indices {
            if let assignment = overlay.responsible[result.criteria[index].number] {
                result.criteria[index].responsible = assignment
            }
            for position in result.criteria[index].indicators.indices {
                let code = result.criteria[index].indicators[position].code
                if let patch = overlay.indicators.first(where: { $0.code == code }) {
                    result.criteria[index].indicators[position].apply(patch, overlayIllustrative: overlay.illustrative)
                }
            }
        }
        for position in result.preconditions.indices {
            let code = result.preconditions[position].code
            if let patch = overlay.indicators.first(where: { $0.code == code }) {
                result.preconditions[position].apply(patch, overlayIllustrative: overlay.illustrative)
            }
        }
        return result
    }
}

extension Indicator {
    mutating func apply(_ patch: IndicatorPatch, overlayIllustrative: Bool) {
        if let name = patch.name {
            self.name = name
            nameIllustrative = overlayIllustrative
        }
        if let kind = patch.kind { self.kind = kind }
        if let comparator = patch.comparator { self.comparator = comparator }
        if let unit = patch.unit { self.unit = unit }
        if let rule = patch.notApplicableWhen { notApplicableWhen = rule }
        for threshold in patch.thresholds {
            replaceThresholds(coveredBy: threshold)
            thresholds.append(threshold)
        }
    }

    /// Drops the national cells an overlay threshold supersedes. A national value for every unit that an
    /// overlay narrows to one commune group is first spread over the groups, so the other groups keep it.
    private mutating func replaceThresholds(coveredBy threshold: Threshold) {
        switch threshold.scope {
        case .all:
            thresholds.removeAll { $0.year == threshold.year }
        case .group(let group):
            if let universal = thresholds.firstIndex(where: { $0.year == threshold.year && $0.scope == .all }) {
                let spread = thresholds[universal]
                thresholds.remove(at: universal)
                for other in CommuneGroup.allCases where other != group {
                    var copy = spread
                    copy.scope = .group(other)
                    thresholds.append(copy)
                }
            }
            thresholds.removeAll { $0.year == threshold.year && $0.scope == .group(group) }
        case .region(let region):
            thresholds.removeAll { $0.year == threshold.year && $0.scope == .region(region) }
        }
    }
}
