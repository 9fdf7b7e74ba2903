/// Which communes a summary covers.
public enum EvaluationScope: Hashable, Sendable {
    /// Every commune known on the day (the national view).
    case everything
    /// The xã at or below a unit (a province or a district).
    case unit(UnitCode)
    /// The xã registered to reach the standard in `year`, optionally within a unit.
    case registered(year: Int, within: UnitCode?)

    /// Parses `province:84`, `unit:844`, `844`, `registered:2019`, `registered:2019@84`, `all`.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first?.lowercased(), parts.count) {
        case ("all"?, 1), ("everything"?, 1): self = .everything
        case ("registered"?, 2), ("dangky"?, 2):
            let yearAndUnit = parts[1].split(separator: "@", maxSplits: 1).map(String.init)
            guard let year = Int(yearAndUnit[0]) else { return nil }
            self = .registered(year: year, within: yearAndUnit.count == 2 ? UnitCode(yearAndUnit[1]) : nil)
        case (_, 2) where ["unit", "province", "district"].contains(parts[0].lowercased()):
            self = .unit(UnitCode(parts[1]))
        case (_, 1) where !text.isEmpty && text.allSatisfy(\.isASCIIDigit):
            self = .unit(UnitCode(text))
        default:
            return nil
        }
    }

    /// The units a scope names (none for the whole country).
    public var units: [UnitCode] {
        switch self {
        case .everything: []
        case .unit(let code): [code]
        case .registered(_, let within): within.map { [$0] } ?? []
        }
    }

    public var text: String {
        switch self {
        case .everything: "all"
        case .unit(let code): "unit:\(code)"
        case .registered(let year, let within): "registered:\(year)" + (within.map { "@\($0)" } ?? "")
        }
    }
}

extension EvaluationScope: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let scope = EvaluationScope(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown scope '\(text)'")
        }
        self = scope
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
