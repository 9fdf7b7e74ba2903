import Synchronization

/// The engine's rosters by scope, day and grouping, shared by every copy of one engine.
///
/// A roster depends on the unit tree, which an engine never changes, so it stays valid for the engine's life —
/// except for scopes of registered communes, which depend on registrations that can be added; those are built
/// each time. Pages ask for a handful of scopes and days, so the cache forgets everything past `limit` entries
/// rather than tracking use.
final class RosterCache: Sendable {
    struct Key: Hashable, Sendable {
        var scope: EvaluationScope
        var date: LocalDate
        var grouping: LiveSummary.Grouping
    }

    static let limit = 64
    private let rosters = Mutex<[Key: CommuneRoster]>([:])

    func roster(_ key: Key, make: () throws(EngineError) -> CommuneRoster) throws(EngineError) -> CommuneRoster {
        if case .registered = key.scope { return try make() }
        if let cached = rosters.withLock({ $0[key] }) { return cached }
        // Built outside the lock: two threads may both build once; the first stored wins, both are equal.
        let made = try make()
        return rosters.withLock { storage in
            if let cached = storage[key] { return cached }
            if storage.count >= Self.limit { storage.removeAll(keepingCapacity: true) }
            storage[key] = made
            return made
        }
    }
}
