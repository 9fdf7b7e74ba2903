import Foundation
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Clients that open connections and never finish a request used to hold them until the server ran out of file
/// descriptors and /health stopped answering. Real sockets against a live server on port 0. Blocking socket reads
/// run on a dispatch queue, never on Swift's cooperative threads, which the server's handlers need.
@Suite("Slow clients", .tags(.slow))
struct SlowClientTests {
    /// A TCP connection to 127.0.0.1:`port` that has sent `text` and nothing more.
    final class RawConnection: Sendable {
        let descriptor: Int32

        init(port: Int, sending text: String) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
            _ = text.withCString { send(descriptor, $0, strlen($0), 0) }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        /// `read` off the cooperative thread pool.
        func off<T: Sendable>(_ read: @escaping @Sendable () -> T) async -> T {
            await withCheckedContinuation { continuation in DispatchQueue.global().async { continuation.resume(returning: read()) } }
        }

        /// What the server sends until the text ends with `suffix` (or the connection closes, or 5 s pass).
        func readUntil(_ suffix: String) -> String {
            var collected = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !String(decoding: collected, as: UTF8.self).hasSuffix(suffix) {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count <= 0 { break }
                collected += buffer[0..<count]
            }
            return String(decoding: collected, as: UTF8.self)
        }

        /// What the server sends until it closes the connection (or 5 s pass).
        func readToEnd() -> (text: String, closed: Bool) {
            var collected = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count == 0 { return (String(decoding: collected, as: UTF8.self), true) }
                if count < 0 { return (String(decoding: collected, as: UTF8.self), false) }
                collected += buffer[0..<count]
            }
        }

        deinit { close(descriptor) }
    }

    static var port: Int { 0 }

    @Test("connections that never finish their headers are closed after the header timeout, and /health keeps answering")
    func slowHeadersAreCutOff() async throws {
        let limits = ConnectionLimits(maxConnections: 200, headerTimeout: .seconds(1), idleTimeout: .seconds(30))
        try await WebHarness.withApp(connections: limits, mode: .live) { client, _ in
            let port = try #require(client.port)
            let slow = try (0..<40).map { _ in try RawConnection(port: port, sending: "GET /health HTTP/1.1\r\nHost: slow\r\nX-Slow: ") }
            // Well-behaved clients are served while the slow ones hang. A fresh connection, not the test client's: that
            // one was opened before the body ran and, under load, may already have used up its 1 s for headers.
            let wellBehaved = try RawConnection(port: port, sending: "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            #expect(await wellBehaved.off { wellBehaved.readToEnd() }.text.hasSuffix("ok"))
            var results: [(text: String, closed: Bool)] = []
            for connection in slow { results.append(await connection.off { connection.readToEnd() }) }
            // `closed` means the server ended the connection (recv read 0), not the 5 s receive timeout of the test.
            #expect(results.allSatisfy { $0.closed }, "every slow connection was closed by the server")
            // A new connection, as a browser would open: the test client's kept-alive one has timed out meanwhile.
            let freshConnection = try RawConnection(port: port, sending: "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let fresh = await freshConnection.off { freshConnection.readToEnd() }
            #expect(fresh.text.hasPrefix("HTTP/1.1 200"))
            #expect(fresh.text.hasSuffix("ok"))
        }
    }

    @Test("beyond the connection limit a new connection gets a clear 503, not a hang")
    func tooManyConnections() async throws {
        let limits = ConnectionLimits(maxConnections: 5, headerTimeout: .seconds(5), idleTimeout: .seconds(30))
        try await WebHarness.withApp(connections: limits, mode: .live) { client, _ in
            let port = try #require(client.port)
            // Connections are answered and kept alive until the server is full (the test client may hold one too).
            var held: [RawConnection] = []
            var refusal: String?
            for _ in 0..<8 where refusal == nil {
                let connection = try RawConnection(port: port, sending: "GET /health HTTP/1.1\r\nHost: a\r\n\r\n")
                let answer = await connection.off { connection.readUntil("ok") }
                if answer.hasPrefix("HTTP/1.1 503") {
                    refusal = answer + (await connection.off { connection.readToEnd() }).text
                } else {
                    held.append(connection)
                }
            }
            let refused = try #require(refusal, "a connection beyond the limit was refused")
            #expect((4...5).contains(held.count), "refused at the limit, not before: \(held.count) held")
            #expect(refused.contains("Máy chủ đang quá tải"))
            #expect(refused.lowercased().contains("retry-after: 5"))
        }
    }
}
