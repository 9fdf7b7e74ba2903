import NTMCore
import NTMTargets
import Testing

/// The pace rule on hand-written numbers: progress since the start against the share of time gone by.
@Suite("Target pace")
struct TargetPaceTests {
    @Test(
        "each boundary of on track, at risk and off track",
        arguments: [
            // (start, now, goal, elapsed) → status; half the time gone, so on track needs half the way.
            (0.0, 5.0, 10.0, 0.5, "on-track"),
            (0.0, 4.99, 10.0, 0.5, "at-risk"),
            (0.0, 2.5, 10.0, 0.5, "at-risk"),
            (0.0, 2.49, 10.0, 0.5, "off-track"),
            (7.0, 8.0, 10.0, 0.3, "on-track"),  // 1 of 3 needed = 0.333 ≥ 0.3
            (7.0, 7.0, 10.0, 0.0, "on-track"),  // the first day: nothing asked yet
            (7.0, 7.0, 10.0, 0.01, "off-track"),
            (12.0, 9.0, 10.0, 0.2, "off-track"),  // above the goal at the start, fallen since: no progress
        ])
    func boundaries(start: Double, now: Double, goal: Double, elapsed: Double, expected: String) {
        #expect(TargetPace.status(start: start, now: now, goal: goal, elapsed: elapsed).code == expected)
    }
}
