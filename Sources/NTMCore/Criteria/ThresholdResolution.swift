/// Why an indicator cannot be judged even though it exists: the set leaves something unset.
public enum NotConfiguredReason: Hashable, Sendable {
    /// The sources do not say how the indicator is measured.
    case kindNotSet
    /// No threshold is set for the commune's region, group or for every unit (in that year, if it depends on the year).
    case noThreshold(scope: ThresholdScope, year: Int?)
    /// Thresholds differ by region and the unit has none.
    case unitHasNoRegion
    /// Thresholds differ by commune group and the commune has not been assigned one.
    case unitHasNoGroup
    /// The criterion names no indicators in the sources and is not assessed as a whole.
    case criterionHasNoIndicators

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.kindNotSet, .vi): return "chưa xác định cách đo"
        case (.kindNotSet, .en): return "how it is measured is not set"
        case (.noThreshold(let scope, let year), .vi):
            let yearText = year.map { " năm \($0)" } ?? ""
            return scope == .all ? "chưa có ngưỡng\(yearText)" : "chưa có ngưỡng cho \(scope.label)\(yearText)"
        case (.noThreshold(let scope, let year), .en):
            let yearText = year.map { " in \($0)" } ?? ""
            return scope == .all ? "no threshold\(yearText)" : "no threshold for \(scope.label)\(yearText)"
        case (.unitHasNoRegion, .vi): return "đơn vị chưa gắn vùng kinh tế - xã hội"
        case (.unitHasNoRegion, .en): return "the unit has no socio-economic region"
        case (.unitHasNoGroup, .vi): return "xã chưa được xếp nhóm"
        case (.unitHasNoGroup, .en): return "the commune has no commune group"
        case (.criterionHasNoIndicators, .vi): return "chưa có chỉ tiêu trong nguồn"
        case (.criterionHasNoIndicators, .en): return "no indicators in the sources"
        }
    }
}

/// The threshold that applies to one unit, or why none does.
public enum ThresholdResolution: Hashable, Sendable {
    case found(Threshold)
    case notConfigured(NotConfiguredReason)
}

/// What decides which threshold cell applies to a unit.
public struct ThresholdSelector: Hashable, Sendable {
    public var region: Region?
    public var group: CommuneGroup?
    public var year: Int

    public init(region: Region?, group: CommuneGroup?, year: Int) {
        self.region = region
        self.group = group
        self.year = year
    }
}

extension Indicator {
    /// The threshold for a unit of the given region or group in the given year; never falls back to another cell.
    public func threshold(for selector: ThresholdSelector, dimension: ThresholdDimension) -> ThresholdResolution {
        guard kind != nil else { return .notConfigured(.kindNotSet) }
        let year: Int? = isYearDependent ? selector.year : nil
        if let universal = thresholds.first(where: { $0.year == year && $0.scope == .all }) { return .found(universal) }
        switch dimension {
        case .none:
            return .notConfigured(.noThreshold(scope: .all, year: year))
        case .region:
            guard let region = selector.region else { return .notConfigured(.unitHasNoRegion) }
            if let match = thresholds.first(where: { $0.year == year && $0.scope == .region(region) }) { return .found(match) }
            return .notConfigured(.noThreshold(scope: .region(region), year: year))
        case .communeGroup:
            guard let group = selector.group else { return .notConfigured(.unitHasNoGroup) }
            if let match = thresholds.first(where: { $0.year == year && $0.scope == .group(group) }) { return .found(match) }
            return .notConfigured(.noThreshold(scope: .group(group), year: year))
        }
    }
}
