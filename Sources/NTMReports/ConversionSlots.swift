/// At most `limit` LibreOffice conversions at once: each is a process of a few hundred megabytes running for
/// seconds, so a room of officers pressing "Tải PDF" together queues here instead of exhausting the server.
/// Waiters are served in arrival order; none is dropped.
actor ConversionSlots {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = max(1, limit) }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// How many conversions wait for a slot.
    var waiters: Int { waiting.count }

    /// Hands the slot to the next waiter, or frees it.
    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
