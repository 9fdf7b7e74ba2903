import Dispatch
import NTMCore
import Synchronization

/// Chunks of changes handed from a producer (an importer still reading and validating a file) to a store
/// writing them in one transaction, so reading and writing overlap on two cores. The producer ends the feed
/// with success or with its errors; on an error the store rolls everything back.
public final class ChangeFeed: Sendable {
    private struct State {
        var chunks: [[ObservationChange]] = []
        var end: Result<Void, any Error>?
        var cancelled = false
    }

    private let state = Mutex(State())
    /// Signalled once per chunk and once for the end.
    private let available = DispatchSemaphore(value: 0)
    /// Bounds the chunks waiting, so a fast reader cannot fill memory ahead of a slow writer.
    private let room: DispatchSemaphore

    public init(capacity: Int = 4) {
        room = DispatchSemaphore(value: capacity)
    }

    /// A feed already holding all its changes.
    public convenience init(_ changes: [ObservationChange]) {
        self.init(capacity: 1)
        send(changes)
        finish()
    }

    /// Adds a chunk; blocks while `capacity` chunks wait. Returns false once the store gave up (a conflict,
    /// a database error), so the producer can stop. Call from a thread of your own, not a task.
    @discardableResult
    public func send(_ chunk: [ObservationChange]) -> Bool {
        room.wait()
        let accepted = state.withLock { state -> Bool in
            guard !state.cancelled else { return false }
            state.chunks.append(chunk)
            return true
        }
        if accepted { available.signal() } else { room.signal() }
        return accepted
    }

    /// Called by the store when it stops reading: releases a producer waiting for room.
    public func cancel() {
        state.withLock {
            $0.cancelled = true
            $0.chunks.removeAll()
        }
        room.signal()
    }

    /// Ends the feed: `failure` makes the store discard everything written from it.
    public func finish(throwing error: (any Error)? = nil) {
        state.withLock { $0.end = error.map { .failure($0) } ?? .success(()) }
        available.signal()
    }

    /// The next chunk, or nil at a successful end; rethrows the producer's error. Blocks the calling thread.
    public func next() throws -> [ObservationChange]? {
        available.wait()
        let (chunk, end) = state.withLock { state -> ([ObservationChange]?, Result<Void, any Error>?) in
            if !state.chunks.isEmpty { return (state.chunks.removeFirst(), nil) }
            return (nil, state.end)
        }
        if let chunk {
            room.signal()
            return chunk
        }
        if case .failure(let error) = end { throw error }
        return nil
    }

    /// `next()` without blocking a task's thread.
    public func nextChunk() async throws -> [ObservationChange]? {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try self.next() }) }
        }
    }
}
