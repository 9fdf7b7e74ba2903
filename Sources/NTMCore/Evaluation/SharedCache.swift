import Synchronization

/// Values an engine derives from what it never changes (its catalog, its unit tree), shared by every copy of the
/// engine. A value is made outside the lock: two threads may both make it once; the first stored wins, both are
/// equal. With a `limit`, the cache forgets everything when full rather than tracking use.
final class SharedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])
    private let limit: Int?

    init(limit: Int? = nil) { self.limit = limit }

    func value<Failure: Error>(_ key: Key, make: () throws(Failure) -> Value) throws(Failure) -> Value {
        if let cached = values.withLock({ $0[key] }) { return cached }
        let made = try make()
        return values.withLock { storage in
            if let cached = storage[key] { return cached }
            if let limit, storage.count >= limit { storage.removeAll(keepingCapacity: true) }
            storage[key] = made
            return made
        }
    }
}
