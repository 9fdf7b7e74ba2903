import Foundation

/// The number of successes among independent trials with different probabilities (a Poisson-binomial count):
/// how many of a scope's xã reach the standard when each has its own chance.
public enum PoissonBinomial {
    /// Above this many trial × count steps the exact recurrence gives way to a normal approximation. A province's
    /// "average criteria" goal waits on ~560 missing criteria and needs ~250 of them: 140,000 steps per evaluation,
    /// run ~25 times per forecast (the P50/P80 search), 4 ms of the 5 ms a province's targets may take; with that
    /// many trials the approximation is within half a percentage point (`ForecastTests.normalApproximation`).
    /// District and province counts of xã (≤ 150 trials) stay exact.
    static let exactWorkLimit = 20_000

    /// P(at least `needed` successes). 1 when nothing is needed; 0 when more are needed than there are trials.
    public static func atLeast(_ needed: Int, of probabilities: [Double]) -> Double {
        if needed <= 0 { return 1 }
        if needed > probabilities.count { return 0 }
        if probabilities.count * needed > exactWorkLimit { return normalAtLeast(needed, of: probabilities) }
        return exactAtLeast(needed, of: probabilities)
    }

    /// The exact recurrence, whatever the size: O(trials × needed).
    public static func exactAtLeast(_ needed: Int, of probabilities: [Double]) -> Double {
        if needed <= 0 { return 1 }
        if needed > probabilities.count { return 0 }
        // distribution[j] = P(exactly j successes so far), for j < needed; reaching `needed` is absorbed in `reached`.
        var distribution = [Double](repeating: 0, count: needed)
        distribution[0] = 1
        var reached = 0.0
        for p in probabilities {
            let q = min(max(p, 0), 1)
            reached += distribution[needed - 1] * q
            var j = needed - 1
            while j > 0 {
                distribution[j] = distribution[j] * (1 - q) + distribution[j - 1] * q
                j -= 1
            }
            distribution[0] *= 1 - q
        }
        return min(max(reached, 0), 1)
    }

    /// The normal approximation with a continuity correction, for counts too large for the exact table.
    static func normalAtLeast(_ needed: Int, of probabilities: [Double]) -> Double {
        let mean = probabilities.reduce(0, +)
        let variance = probabilities.reduce(0) { $0 + $1 * (1 - $1) }
        guard variance > 0 else { return mean >= Double(needed) ? 1 : 0 }
        let z = (Double(needed) - 0.5 - mean) / variance.squareRoot()
        return 0.5 * erfc(z / 2.0.squareRoot())
    }
}
