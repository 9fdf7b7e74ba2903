#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Timing and memory helpers for the benchmark: medians over repeated runs, and peak resident memory.
enum Measure {
    /// Runs `body` `runs` times and returns the sorted durations in seconds.
    static func durations(runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
        let clock = ContinuousClock()
        var results: [Double] = []
        for _ in 0..<runs {
            let elapsed = try clock.measure(body)
            results.append(seconds(elapsed))
        }
        return results.sorted()
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// The process's peak resident set size in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        #if os(Linux)
            return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
            return Int(usage.ru_maxrss)
        #endif
    }

    static func milliseconds(_ seconds: Double) -> String { format(seconds * 1000, decimals: 2) + " ms" }
    static func microseconds(_ seconds: Double) -> String { format(seconds * 1_000_000, decimals: 1) + " µs" }

    static func format(_ value: Double, decimals: Int) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            if fraction.count < decimals { text += String(repeating: "0", count: decimals - fraction.count) }
        } else if decimals > 0 {
            text += "." + String(repeating: "0", count: decimals)
        }
        return text
    }
}
