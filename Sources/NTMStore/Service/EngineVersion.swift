import Synchronization

/// A number that goes up whenever what the engine shows may have changed; readable without awaiting the
/// service, so pages and API responses can be cached per version.
public final class EngineVersion: Sendable {
    private let value = Atomic<Int>(0)

    public init() {}

    public var current: Int { value.load(ordering: .acquiring) }

    func bump() { value.add(1, ordering: .releasing) }
}
