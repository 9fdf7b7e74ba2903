/// What an indicator must reach: "Đạt", "Không" or a number.
public enum ThresholdValue: Hashable, Sendable {
    /// Đạt: the pass/fail assessment must be positive.
    case met
    /// Không: nothing of the kind may exist.
    case none
    case number(FixedDecimal)

    public var number: FixedDecimal? {
        if case .number(let value) = self { return value }
        return nil
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.met, .vi): "Đạt"
        case (.met, .en): "Met"
        case (.none, .vi): "Không"
        case (.none, .en): "None"
        case (.number(let value), .vi): value.vietnamese(decimals: 4)
        case (.number(let value), .en): value.plain
        }
    }
}

extension ThresholdValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(FixedDecimal.self) {
            self = .number(number)
            return
        }
        switch try container.decode(String.self) {
        case "met": self = .met
        case "none": self = .none
        case let other:
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown threshold '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .met: try container.encode("met")
        case .none: try container.encode("none")
        case .number(let value): try container.encode(value)
        }
    }
}

/// Which communes a threshold is for.
public enum ThresholdScope: Hashable, Sendable {
    /// Every commune the set (or the overlay's province) covers.
    case all
    case region(Region)
    case group(CommuneGroup)

    public var label: String {
        switch self {
        case .all: "all"
        case .region(let region): region.abbreviation
        case .group(let group): group.rawValue
        }
    }
}

extension ThresholdScope: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if text == "all" {
            self = .all
        } else if let region = Region(code: text) {
            self = .region(region)
        } else if let group = CommuneGroup(code: text) {
            self = .group(group)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown threshold scope '\(text)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .all: try container.encode("all")
        case .region(let region): try container.encode(region.rawValue)
        case .group(let group): try container.encode(group.rawValue)
        }
    }
}

/// Where a threshold was defined: the national set or a provincial overlay.
public enum ThresholdOrigin: Hashable, Sendable {
    case criteriaSet(CriteriaSetID)
    case overlay(String)
}

/// In JSON a plain object, `{"kind": "criteria-set", "id": "commune-2016-2020"}` or `{"kind": "overlay", "id": "…"}`:
/// the synthesized form (`{"overlay": {"_0": …}}`) leaks Swift's enum layout into the API.
extension ThresholdOrigin: Codable {
    private enum CodingKeys: String, CodingKey { case kind, id }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        switch try container.decode(String.self, forKey: .kind) {
        case "criteria-set": self = .criteriaSet(CriteriaSetID(id))
        case "overlay": self = .overlay(id)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown threshold origin '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .criteriaSet(let id):
            try container.encode("criteria-set", forKey: .kind)
            try container.encode(id.rawValue, forKey: .id)
        case .overlay(let id):
            try container.encode("overlay", forKey: .kind)
            try container.encode(id, forKey: .id)
        }
    }
}

/// One threshold cell of a decision's table, with the source that gives it.
public struct Threshold: Hashable, Sendable, Codable {
    public var value: ThresholdValue
    public var scope: ThresholdScope
    /// Set for year-dependent indicators (income): the year the value applies to.
    public var year: Int?
    /// Identifier of a source listed by the set or overlay.
    public var source: String
    /// Filled in for the demo or a pilot; not a legal number.
    public var illustrative: Bool
    public var origin: ThresholdOrigin
    /// Position among the thresholds of its indicator in its file, for error messages.
    public var position: Int
    public var note: String?

    public init(
        value: ThresholdValue, scope: ThresholdScope = .all, year: Int? = nil, source: String,
        illustrative: Bool = false, origin: ThresholdOrigin, position: Int = 0, note: String? = nil
    ) {
        self.value = value
        self.scope = scope
        self.year = year
        self.source = source
        self.illustrative = illustrative
        self.origin = origin
        self.position = position
        self.note = note
    }
}
