import NTMCore

/// An observation value spread over typed columns, the same in both databases: exact integers, no floats.
struct ValueColumns: Hashable, Sendable {
    var type: String
    var passed: Bool?
    var numerator: Int64?
    var denominator: Int64?
    /// Percentages and amounts as `FixedDecimal.scaled`.
    var scaled: Int64?
    var count: Int64?

    init(type: String, passed: Bool? = nil, numerator: Int64? = nil, denominator: Int64? = nil, scaled: Int64? = nil, count: Int64? = nil) {
        self.type = type
        self.passed = passed
        self.numerator = numerator
        self.denominator = denominator
        self.scaled = scaled
        self.count = count
    }

    init(_ value: ObservationValue) {
        switch value {
        case .passFail(let met): self.init(type: "pass-fail", passed: met)
        case .ratio(let n, let d): self.init(type: "ratio", numerator: n, denominator: d)
        case .percent(let value): self.init(type: "percent", scaled: value.scaled)
        case .amount(let value): self.init(type: "amount", scaled: value.scaled)
        case .count(let count): self.init(type: "count", count: count)
        }
    }

    /// The value back; nil when the columns do not hold a value of their type (a corrupted row).
    var value: ObservationValue? {
        switch type {
        case "pass-fail": passed.map(ObservationValue.passFail)
        case "ratio": numerator.flatMap { n in denominator.map { .ratio(numerator: n, denominator: $0) } }
        case "percent": scaled.map { .percent(FixedDecimal(scaled: $0)) }
        case "amount": scaled.map { .amount(FixedDecimal(scaled: $0)) }
        case "count": count.map(ObservationValue.count)
        default: nil
        }
    }
}

/// A stored row that does not decode: the store was changed by something other than NTM Monitor.
struct CorruptRow: Error, CustomStringConvertible {
    var table: String
    var id: Int64
    var description: String { "row \(id) of \(table) cannot be read" }
}
