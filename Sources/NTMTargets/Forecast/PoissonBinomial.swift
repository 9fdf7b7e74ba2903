import Foundation

/// The number of successes among independent trials with different probabilities (a Poisson-binomial count):
/// how many of a scope's xã reach the standard when each has its own chance.
public enum PoissonBinomial {
    /// Above this many trial × count steps the exact recurrence gives way to a normal approximation: a national
    /// "average criteria" goal can involve ~100,000 missing criteria and a need of thousands, where the exact
    /// table would take seconds and the approximation is accurate to well under a percentage point.
    static let exactWorkLimit = 4_000_000

    /// P(at least `needed` successes). 1 when nothing is needed; 0 when more are needed than there are trials.
    public static func atLeast(_ needed: Int, of probabilities: [Double]) -> Double {
        if needed <= 0 { return 1 }
        if needed > probabilities.count { return 0 }
        if probabilities.count * needed > exactWorkLimit { return normalAtLeast(needed, of: probabilities) }
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
