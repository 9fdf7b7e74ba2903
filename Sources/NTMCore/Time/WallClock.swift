import Foundation
import Synchronization

/// Where "now" comes from. The whole program reads the time through one of these, so tests control it:
/// deadlines, sessions, throttling, time stamps and "today" on pages all follow the same clock.
public protocol WallClock: Sendable {
    func now() -> Date
}

/// The real time. The only place the program reads the system clock.
public struct SystemClock: WallClock {
    public init() {}

    public func now() -> Date { Date() }
}

/// A clock that stands still until told to move: for tests and for reproducible runs.
public final class ManualClock: WallClock {
    private let current: Mutex<Date>

    public init(_ start: Date) {
        current = Mutex(start)
    }

    /// 00:00 Vietnam time on `date`, plus `seconds`.
    public convenience init(_ date: LocalDate, secondsAfterMidnight seconds: TimeInterval = 9 * 3600) {
        self.init(VietnamTime.start(of: date).addingTimeInterval(seconds))
    }

    public func now() -> Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}
