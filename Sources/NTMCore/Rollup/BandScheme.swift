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

    public init(id: String, title: LocalizedText, source: String? = nil, bands: [Band], alerts: [BandAlert] = []) {
        self.id = id
        self.title = title
        self.source = source
        self.bands = bands
        self.alerts = alerts
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
