/// A bound of a band, either a number of criteria or "all but n" so a scheme can say "19/19" as "all".
public enum BandBound: Hashable, Sendable, Codable {
    case criteria(Int)
    case allMinus(Int)

    public func resolve(total: Int) -> Int {
        switch self {
        case .criteria(let count): count
        case .allMinus(let missing): total - missing
        }
    }
}

/// A range of criteria counts reported together ("xã đạt từ 14-18 tiêu chí").
public struct Band: Hashable, Sendable, Codable {
    public var id: String
    public var min: BandBound
    public var max: BandBound

    public init(id: String, min: BandBound, max: BandBound) {
        self.id = id
        self.min = min
        self.max = max
    }
}

/// A warning line for communes below a number of criteria ("xã dưới 12 tiêu chí").
public struct BandAlert: Hashable, Sendable, Codable {
    public var id: String
    public var below: Int

    public init(id: String, below: Int) {
        self.id = id
        self.below = below
    }
}

/// How a report groups communes by criteria met; configurable because provinces and the centre differ.
public struct BandScheme: Hashable, Sendable, Codable {
    public var id: String
    public var title: LocalizedText
    public var source: String?
    public var bands: [Band]
    public var alerts: [BandAlert]
    /// The criteria sets this variant is for; empty when it serves any set whose size it fits. One id may have a
    /// variant per set (the province's briefing bands for 19 criteria, and for the 10 of 2026–2030).
    public var sets: [CriteriaSetID]

    public init(
        id: String, title: LocalizedText, source: String? = nil, bands: [Band], alerts: [BandAlert] = [], sets: [CriteriaSetID] = []
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.bands = bands
        self.alerts = alerts
        self.sets = sets
    }

    /// Whether this variant can group communes judged by `set`.
    public func fits(_ set: CriteriaSet) -> Bool {
        (sets.isEmpty || sets.contains(set.id)) && (try? resolved(total: set.criteria.count)) != nil
    }

    /// The bands as concrete ranges for a set with `total` criteria, highest first; throws unless they
    /// cover 0…total exactly once.
    public func resolved(total: Int) throws(BandSchemeError) -> ResolvedBands {
        var ranges: [(id: String, range: ClosedRange<Int>)] = []
        for band in bands {
            let low = band.min.resolve(total: total), high = band.max.resolve(total: total)
            guard low <= high, low >= 0, high <= total else {
                throw .emptyBand(scheme: id, band: band.id, total: total)
            }
            ranges.append((band.id, low...high))
        }
        ranges.sort { $0.range.lowerBound > $1.range.lowerBound }
        var expected = total
        for entry in ranges {
            guard entry.range.upperBound == expected else { throw .notAPartition(scheme: id, total: total) }
            expected = entry.range.lowerBound - 1
        }
        guard expected == -1 else { throw .notAPartition(scheme: id, total: total) }
        return ResolvedBands(scheme: self, total: total, ids: ranges.map(\.id), ranges: ranges.map(\.range))
    }

    /// Reached the standard or not: works for a set of any size.
    public static let standardOnly = BandScheme(
        id: "standard",
        title: LocalizedText(vi: "Đạt chuẩn / chưa đạt chuẩn", en: "At the standard / not yet"),
        bands: [
            Band(id: "all", min: .allMinus(0), max: .allMinus(0)),
            Band(id: "rest", min: .criteria(0), max: .allMinus(1)),
        ])
}

/// A scheme's bands turned into ranges for a set of a given size.
public struct ResolvedBands: Hashable, Sendable {
    public let scheme: BandScheme
    public let total: Int
    public let ids: [String]
    /// Highest first.
    public let ranges: [ClosedRange<Int>]

    public func index(forMet met: Int) -> Int {
        ranges.firstIndex { $0.contains(met) } ?? ranges.count - 1
    }
}

/// Why a band scheme does not fit a criteria set.
public enum BandSchemeError: Error, Hashable, Sendable, CustomStringConvertible {
    case emptyBand(scheme: String, band: String, total: Int)
    case notAPartition(scheme: String, total: Int)
    case unknownScheme(String)

    public var description: String {
        switch self {
        case .emptyBand(let scheme, let band, let total):
            "band '\(band)' of scheme '\(scheme)' is empty or out of range for a set of \(total) criteria"
        case .notAPartition(let scheme, let total):
            "the bands of scheme '\(scheme)' do not cover 0–\(total) criteria exactly once"
        case .unknownScheme(let id): "unknown band scheme '\(id)'"
        }
    }
}

/// The band schemes known, answering "which scheme groups communes judged by this set".
extension BandScheme {
    /// A band as tables head it: `19/19`, `14–18`, and the lowest `Dưới 14` (`< 14` where space is short). One
    /// place for the page, the Excel export and the reports.
    public static func label(min: Int, max: Int, total: Int, language: Language, compact: Bool = false) -> String {
        if min == max { return "\(min)/\(total)" }
        if min == 0 { return compact ? "< \(max + 1)" : (language == .vi ? "Dưới \(max + 1)" : "Below \(max + 1)") }
        return "\(min)–\(max)"
    }
}

public struct BandSchemeCatalog: Sendable {
    public let schemes: [BandScheme]

    /// The scheme pages use unless asked for another.
    public static let defaultID = "briefing"

    public init(_ schemes: [BandScheme]) {
        self.schemes = schemes
    }

    /// Variant `id` for `set`: the one naming the set, else one for any set that fits it.
    public func scheme(_ id: String, for set: CriteriaSet) -> BandScheme? {
        let variants = schemes.filter { $0.id == id && $0.fits(set) }
        return variants.first { $0.sets.contains(set.id) } ?? variants.first
    }

    /// `id` if it fits `set`, else the default, else the first that fits, else "at the standard / not yet":
    /// a page always opens, whatever set is in force on its date.
    public func resolve(_ id: String?, for set: CriteriaSet) -> BandScheme {
        if let id, let scheme = scheme(id, for: set) { return scheme }
        return scheme(Self.defaultID, for: set) ?? schemes.first { $0.fits(set) } ?? .standardOnly
    }

    /// One scheme per id that fits `set`, in file order: the choices offered above a summary.
    public func choices(for set: CriteriaSet) -> [BandScheme] {
        var seen: Set<String> = []
        return schemes.compactMap { scheme in
            guard !seen.contains(scheme.id), let variant = self.scheme(scheme.id, for: set) else { return nil }
            seen.insert(scheme.id)
            return variant
        }
    }
}
