import Foundation
import ZIPFoundation

/// Read access to the parts of a ZIP package held in memory, with limits on what decompression may produce.
public struct OOXMLPackage {
    /// How much one part, and all parts read together, may decompress to.
    public struct Limits: Hashable, Sendable {
        public var part: UInt64
        public var total: UInt64

        public init(part: UInt64, total: UInt64) {
            self.part = part
            self.total = total
        }

        /// A filled-in province template is a few MB of XML; 64 MB per part and 256 MB in all leave ample room,
        /// while a 1 MB upload that inflates to gigabytes (a ZIP bomb) is refused before it fills memory.
        public static let standard = Limits(part: 64 << 20, total: 256 << 20)
    }

    private let archive: Archive
    /// Keyed by lower-cased name because OPC part names are case-insensitive.
    private let entries: [String: Entry]
    public let limits: Limits
    /// Bytes already handed out, counted against `limits.total`. A class box keeps `data(_:)` non-mutating.
    private let consumed = ConsumedBytes()

    public init(_ data: Data, limits: Limits = .standard) throws(OOXMLError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAZipPackage
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let name = entry.path.hasPrefix("/") ? String(entry.path.dropFirst()) : entry.path
            entries[name.lowercased()] = entries[name.lowercased()] ?? entry
        }
        self.entries = entries
        self.limits = limits
    }

    public func contains(_ part: String) -> Bool {
        entries[part.lowercased()] != nil
    }

    /// The bytes of `part`, or nil when the package has no such part. The declared size is checked first and
    /// the bytes actually produced as they arrive, since a crafted archive can declare less than it holds.
    public func data(_ part: String) throws(OOXMLError) -> Data? {
        guard let entry = entries[part.lowercased()] else { return nil }
        let allowed = min(limits.part, limits.total - min(limits.total, consumed.count))
        guard entry.uncompressedSize <= allowed else {
            throw .tooLarge(part: part, limit: entry.uncompressedSize > limits.part ? limits.part : limits.total)
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if UInt64(data.count) > allowed { throw OOXMLParseProblem(message: "the part is too large") }
            }
        } catch is OOXMLParseProblem {
            throw .tooLarge(part: part, limit: allowed)
        } catch {
            throw .malformed(part: part, line: nil, message: "the ZIP entry cannot be decompressed (\(error))")
        }
        consumed.add(UInt64(data.count))
        return data
    }
}

/// Running total of decompressed bytes, shared by copies of one package value.
private final class ConsumedBytes {
    private(set) var count: UInt64 = 0
    func add(_ bytes: UInt64) { count += bytes }
}
