import Synchronization

/// Rendered bodies kept per engine version: a page or summary is built once per change, however many
/// people look at it (a briefing has the province watching the same screen).
final class ResponseCache: Sendable {
    private struct Entry {
        var version: Int
        var body: String
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// Distinct pages kept; more than a province's districts, dates and languages in use at once.
    static let capacity = 512

    func body(for key: String, version: Int, make: () async throws -> String) async rethrows -> String {
        if let entry = entries.withLock({ $0[key] }), entry.version == version { return entry.body }
        let body = try await make()
        entries.withLock { cache in
            if cache.count >= Self.capacity { cache.removeAll() }
            cache[key] = Entry(version: version, body: body)
        }
        return body
    }
}
