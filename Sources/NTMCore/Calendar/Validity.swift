/// The days on which something holds, both ends included; an open end means "since always" or "still".
public struct Validity: Hashable, Sendable, Codable {
    public var from: LocalDate?
    public var until: LocalDate?

    public init(from: LocalDate? = nil, until: LocalDate? = nil) {
        self.from = from
        self.until = until
    }

    public static let always = Validity()

    public func contains(_ date: LocalDate) -> Bool {
        if let from, date < from { return false }
        if let until, date > until { return false }
        return true
    }

    public func overlaps(_ other: Validity) -> Bool {
        if let until, let otherFrom = other.from, until < otherFrom { return false }
        if let otherUntil = other.until, let from, otherUntil < from { return false }
        return true
    }

    /// `01/12/2016 – 07/03/2022`, with "…" for an open end.
    public var vietnamese: String {
        "\(from?.vietnamese ?? "…") – \(until?.vietnamese ?? "…")"
    }
}
