/// One cell of an indicator's threshold table: a region, a commune group or every unit, in a year when the
/// indicator depends on the year.
public struct ThresholdCell: Hashable, Sendable, Codable {
    public var indicator: IndicatorCode
    public var scope: ThresholdScope
    public var year: Int?

    public init(indicator: IndicatorCode, scope: ThresholdScope, year: Int? = nil) {
        self.indicator = indicator
        self.scope = scope
        self.year = year
    }

    /// What a unit of this cell's region or group looks up in `year` (or any year when the cell has none).
    var selector: ThresholdSelector {
        switch scope {
        case .region(let region): ThresholdSelector(region: region, group: nil, year: year ?? 0)
        case .group(let group): ThresholdSelector(region: nil, group: group, year: year ?? 0)
        case .all: ThresholdSelector(region: nil, group: nil, year: year ?? 0)
        }
    }
}

extension CriteriaSet {
    /// The cells a complete table has: every region, every group, or one value.
    var requiredScopes: [ThresholdScope] {
        switch dimension {
        case .region: Region.allCases.map(ThresholdScope.region)
        case .communeGroup: CommuneGroup.allCases.map(ThresholdScope.group)
        case .none: [.all]
        }
    }

    /// Every cell of `indicator`'s table, in table order: each scope in each year it needs a level for.
    public func cells(of indicator: Indicator) -> [ThresholdCell] {
        cells(of: indicator, scopes: requiredScopes)
    }

    /// The cells a province fills in its overlay: one value per year where the national table varies by region
    /// (a province lies in one region, and an overlay's thresholds are written for `all`), each group where it
    /// varies by commune group (a province has communes of every group).
    public func provinceCells(of indicator: Indicator) -> [ThresholdCell] {
        cells(of: indicator, scopes: dimension == .communeGroup ? requiredScopes : [.all])
    }

    private func cells(of indicator: Indicator, scopes: [ThresholdScope]) -> [ThresholdCell] {
        let years: [Int?] = thresholdYears(of: indicator).map { Array($0).map(Optional.some) } ?? [nil]
        return years.flatMap { year in scopes.map { ThresholdCell(indicator: indicator.code, scope: $0, year: year) } }
    }

    /// The threshold a unit of `cell`'s scope gets in its year, or why there is none.
    public func resolution(of indicator: Indicator, at cell: ThresholdCell) -> ThresholdResolution {
        indicator.threshold(for: cell.selector, dimension: dimension)
    }
}
