/// How far an unmet criterion is from met: how many of its indicators fail, then how large their gaps are
/// relative to their thresholds (a criterion 1 point short of 70% comes before one 30 points short; a failing
/// indicator without a numeric gap counts as a whole threshold). Orders "nearest to met" wherever it is shown.
public struct CriterionShortfall: Comparable, Sendable {
    public var failingIndicators: Int
    public var relativeGap: Double

    public static func < (lhs: CriterionShortfall, rhs: CriterionShortfall) -> Bool {
        (lhs.failingIndicators, lhs.relativeGap) < (rhs.failingIndicators, rhs.relativeGap)
    }
}

extension CriterionResult {
    /// The indicators that keep the criterion from met (not met, not configured, no value), not-applicable ones aside.
    public var failingIndicators: [IndicatorResult] {
        indicators.filter { $0.status != .met && $0.status.code != "not-applicable" }
    }

    public var shortfall: CriterionShortfall {
        var relative = 0.0
        let failing = failingIndicators
        for result in failing {
            if let gap = result.gap, let threshold = result.threshold?.number, threshold != .zero {
                relative += abs(gap.toMeet.doubleValue / threshold.doubleValue)
            } else {
                relative += 1
            }
        }
        return CriterionShortfall(failingIndicators: failing.count, relativeGap: relative)
    }
}
