/// Every cell's entries of one observation table in contiguous arrays, each cell a span of them in date order.
///
/// Evaluation reads a unit's cells one after another and, in each, the latest entry on or before a day. Held as
/// one array per cell (as before), each read first loaded that array's header from its own heap block: a cache
/// miss per indicator, which perf put at three fifths of the national evaluation (26.8 ms median, 8,883 xã). Here
/// a unit's cells sit side by side, the dates a read scans are kept apart from the values (4 bytes per entry
/// instead of 32), and a value is packed in 16 bytes with its kind in the spare bits of its date, so four values
/// fill one cache line; the provenance, which judging never reads, lies apart.
///
/// A cell that outgrows its span moves to the end with twice the room, leaving a hole; `compact()` closes the
/// holes (bulk loads call it at the end), and it runs by itself when holes outnumber the rest, so memory stays
/// within twice the entries and a write costs amortised constant time.
struct CellArena: Sendable {
    struct Span: Sendable {
        var start: Int32
        var count: Int32
        var capacity: Int32
    }

    /// A stored day and the kind of its value: the date's ordinal (below 2^27) with the kind in the bits above.
    struct Stamp: Sendable {
        var bits: UInt32

        static let dateMask: UInt32 = (1 << 27) - 1
        static let vacant = Stamp(bits: 0)

        init(bits: UInt32) { self.bits = bits }

        init(date: LocalDate, kind: UInt32) { bits = UInt32(date.ordinal) | kind << 27 }

        @inline(__always) var date: LocalDate { LocalDate(ordinal: Int32(bits & Self.dateMask)) }
        @inline(__always) var kind: UInt32 { bits >> 27 }
        @inline(__always) func isOnOrBefore(_ date: LocalDate) -> Bool { Int32(bits & Self.dateMask) <= date.ordinal }
    }

    /// A value's numbers; what they mean is the kind in its stamp.
    struct Payload: Sendable {
        var first: Int64
        var second: Int64

        static let vacant = Payload(first: 0, second: 0)
    }

    private(set) var spans: [Span] = []
    private var stamps: [Stamp] = []
    private var payloads: [Payload] = []
    private var provenances: [Int32] = []
    /// Positions no span covers.
    private var holes = 0

    static func pack(_ value: ObservationValue) -> (kind: UInt32, payload: Payload) {
        switch value {
        case .passFail(let passed): (0, Payload(first: passed ? 1 : 0, second: 0))
        case .ratio(let numerator, let denominator): (1, Payload(first: numerator, second: denominator))
        case .percent(let number): (2, Payload(first: number.scaled, second: 0))
        case .amount(let number): (3, Payload(first: number.scaled, second: 0))
        case .count(let count): (4, Payload(first: count, second: 0))
        }
    }

    @inline(__always)
    static func unpack(kind: UInt32, _ payload: Payload) -> ObservationValue {
        switch kind {
        case 0: .passFail(payload.first != 0)
        case 1: .ratio(numerator: payload.first, denominator: payload.second)
        case 2: .percent(FixedDecimal(scaled: payload.first))
        case 3: .amount(FixedDecimal(scaled: payload.first))
        default: .count(payload.first)
        }
    }

    /// Adds `count` empty cells at the end.
    mutating func appendCells(_ count: Int) {
        spans.append(contentsOf: repeatElement(Span(start: Int32(stamps.count), count: 0, capacity: 0), count: count))
    }

    /// The cell's entries, oldest first.
    func entries(_ cell: Int) -> [ObservationIndex.Entry] {
        let span = spans[cell]
        return (Int(span.start)..<Int(span.start + span.count)).map(entry)
    }

    private func entry(_ position: Int) -> ObservationIndex.Entry {
        let stamp = stamps[position]
        return ObservationIndex.Entry(
            date: stamp.date, provenance: provenances[position], value: Self.unpack(kind: stamp.kind, payloads[position]))
    }

    /// The latest entry dated on or before `date`.
    func latest(_ cell: Int, onOrBefore date: LocalDate) -> ObservationIndex.Entry? {
        let position = withReader { $0.latestPosition(cell, onOrBefore: date) }
        return position < 0 ? nil : entry(position)
    }

    /// Read access without bounds checks or reference counting, for judging a whole unit in one go.
    struct Reader {
        let spans: UnsafeBufferPointer<Span>
        let stamps: UnsafeBufferPointer<Stamp>
        let payloads: UnsafeBufferPointer<Payload>

        /// The position of the cell's latest entry on or before `date`, or -1.
        @inline(__always)
        func latestPosition(_ cell: Int, onOrBefore date: LocalDate) -> Int {
            let span = spans[cell]
            let first = Int(span.start)
            var index = first &+ Int(span.count) &- 1
            while index >= first {
                if stamps[index].isOnOrBefore(date) { return index }
                index &-= 1
            }
            return -1
        }

        @inline(__always)
        func value(at position: Int) -> ObservationValue { CellArena.unpack(kind: stamps[position].kind, payloads[position]) }
    }

    @inline(__always)
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        spans.withUnsafeBufferPointer { spans in
            stamps.withUnsafeBufferPointer { stamps in
                payloads.withUnsafeBufferPointer { payloads in body(Reader(spans: spans, stamps: stamps, payloads: payloads)) }
            }
        }
    }

    /// Inserts an entry after every entry of the cell dated on or before it, so the later of two same-day values wins.
    mutating func insert(_ entry: ObservationIndex.Entry, into cell: Int) {
        if spans[cell].count == spans[cell].capacity { grow(cell) }
        let span = spans[cell]
        var position = Int(span.start + span.count)
        let first = Int(span.start)
        while position > first && stamps[position - 1].date > entry.date {
            move(from: position - 1, to: position)
            position -= 1
        }
        let (kind, payload) = Self.pack(entry.value)
        stamps[position] = Stamp(date: entry.date, kind: kind)
        payloads[position] = payload
        provenances[position] = entry.provenance
        spans[cell].count += 1
    }

    private mutating func move(from source: Int, to target: Int) {
        stamps[target] = stamps[source]
        payloads[target] = payloads[source]
        provenances[target] = provenances[source]
    }

    /// Moves a full cell to the end with twice its room.
    private mutating func grow(_ cell: Int) {
        if holes > 1_024 && holes > stamps.count - holes {
            compact()
            if spans[cell].count < spans[cell].capacity { return }
        }
        let span = spans[cell]
        let capacity = max(1, span.capacity * 2)
        let start = stamps.count
        stamps.append(contentsOf: repeatElement(Stamp.vacant, count: Int(capacity)))
        payloads.append(contentsOf: repeatElement(Payload.vacant, count: Int(capacity)))
        provenances.append(contentsOf: repeatElement(-1, count: Int(capacity)))
        // Element by element: appending a slice of an array to itself would copy the whole array first.
        for offset in 0..<Int(span.count) { move(from: Int(span.start) + offset, to: start + offset) }
        holes += Int(span.capacity)
        spans[cell] = Span(start: Int32(start), count: span.count, capacity: capacity)
    }

    /// Lays the cells out again in cell order with no room to spare.
    mutating func compact() {
        let total = spans.reduce(0) { $0 + Int($1.count) }
        var packedStamps: [Stamp] = [], packedPayloads: [Payload] = [], packedProvenances: [Int32] = []
        packedStamps.reserveCapacity(total)
        packedPayloads.reserveCapacity(total)
        packedProvenances.reserveCapacity(total)
        for cell in spans.indices {
            let span = spans[cell]
            let range = Int(span.start)..<Int(span.start + span.count)
            spans[cell] = Span(start: Int32(packedStamps.count), count: span.count, capacity: span.count)
            packedStamps.append(contentsOf: stamps[range])
            packedPayloads.append(contentsOf: payloads[range])
            packedProvenances.append(contentsOf: provenances[range])
        }
        stamps = packedStamps
        payloads = packedPayloads
        provenances = packedProvenances
        holes = 0
    }
}
