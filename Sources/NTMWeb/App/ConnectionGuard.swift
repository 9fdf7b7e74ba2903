import HTTPTypes
import NIOCore
import NIOHTTPTypes
import Synchronization

/// Limits on connections: how many may be open at once and how long a client may take to send a request's headers.
public struct ConnectionLimits: Sendable {
    /// Beyond this many open connections, a new one gets 503 and is closed: a clear refusal rather than a hang.
    public var maxConnections: Int
    /// From connecting (or finishing the previous answer) to the end of the request headers. A client that never
    /// finishes its headers is cut off, so idle or deliberately slow clients cannot hold every file descriptor.
    public var headerTimeout: Duration
    /// A kept-alive connection with nothing to do is closed after this long.
    public var idleTimeout: Duration

    public init(maxConnections: Int = 1_000, headerTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(60)) {
        self.maxConnections = maxConnections
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
    }
}

/// The number of open connections, shared by every connection's guard.
final class ConnectionCounter: Sendable {
    private let value = Atomic<Int>(0)

    func open() -> Int { value.add(1, ordering: .relaxed).newValue }
    func close() { value.subtract(1, ordering: .relaxed) }
    var current: Int { value.load(ordering: .relaxed) }
}

/// Sits after HTTP decoding on each connection: refuses connections beyond the limit with 503, and closes
/// connections whose request headers do not arrive in time.
final class ConnectionGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limits: ConnectionLimits
    private let counter: ConnectionCounter
    private var counted = false
    private var refused = false
    private var deadline: Scheduled<Void>?

    init(limits: ConnectionLimits, counter: ConnectionCounter) {
        self.limits = limits
        self.counter = counter
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    private func start(_ context: ChannelHandlerContext) {
        guard !counted else { return }
        counted = true
        refused = counter.open() > limits.maxConnections
        armDeadline(context)
    }

    /// Closes the connection unless a request head arrives in time: `headerTimeout` for a new connection, the longer
    /// `idleTimeout` on a kept-alive one after an answer (browsers keep those open for the next page).
    private func armDeadline(_ context: ChannelHandlerContext, keptAlive: Bool = false) {
        deadline?.cancel()
        let wait = keptAlive ? limits.idleTimeout : limits.headerTimeout
        let nanoseconds = wait.components.seconds * 1_000_000_000 + wait.components.attoseconds / 1_000_000_000
        // Handlers live on their event loop; the isolated view lets the task use the context without sending it.
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(nanoseconds)) {
            context.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .head = part {
            deadline?.cancel()
            deadline = nil
            if refused {
                refuse(context)
                return
            }
        }
        guard !refused else { return }
        context.fireChannelRead(data)
    }

    /// 503 with Retry-After, in both languages, then close.
    private func refuse(_ context: ChannelHandlerContext) {
        let body = ByteBuffer(string: "Máy chủ đang quá tải, vui lòng thử lại sau ít phút. / The server is busy; try again in a few minutes.\n")
        var fields: HTTPFields = [.contentType: "text/plain; charset=utf-8", .retryAfter: "5", .connection: "close"]
        fields[.contentLength] = String(body.readableBytes)
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .serviceUnavailable, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let part = unwrapOutboundIn(data)
        context.write(data, promise: promise)
        // After an answer, the next request's headers are due within the same time.
        if case .end = part, !refused { armDeadline(context, keptAlive: true) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        if counted {
            counter.close()
            counted = false
        }
        context.fireChannelInactive()
    }
}
