import Synchronization

/// The engine's compiled sets, by national set, province and year, shared by every copy of one engine.
///
/// A compiled set depends only on the catalog (the effective set, its thresholds for the year) and on the column
/// layout of the set's observation table, which the catalog fixes when the index is created; recording values never
/// changes either, so a compiled set stays valid for the engine's life. Compiling costs far more than judging a unit
/// with it: before this cache, the 700-target benchmark spent a fifth of its time compiling the same sets again.
final class CompiledSetCache: Sendable {
    struct Key: Hashable, Sendable {
        var set: CriteriaSetID
        var province: UnitCode?
        var year: Int
    }

    private let sets = Mutex<[Key: CompiledCriteriaSet]>([:])

    func compiled(_ key: Key, make: () -> CompiledCriteriaSet) -> CompiledCriteriaSet {
        if let cached = sets.withLock({ $0[key] }) { return cached }
        // Compiled outside the lock: two threads may both compile once; the first stored wins, both are equal.
        let made = make()
        return sets.withLock { storage in
            if let cached = storage[key] { return cached }
            storage[key] = made
            return made
        }
    }
}
