import Foundation
import ZIPFoundation

/// Read access to the parts of a ZIP package held in memory.
struct XLSXPackage {
    /// Far beyond any real sheet; a bigger part is a ZIP bomb, not data.
    static let maxPartSize: UInt64 = 1 << 30

    private let archive: Archive
    /// Keyed by lower-cased name because OPC part names are case-insensitive.
    private let entries: [String: Entry]

    init(_ data: Data) throws(XLSXError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notASpreadsheet(XLSXFileDiagnosis.message(forNonZip: data))
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let name = entry.path.hasPrefix("/") ? String(entry.path.dropFirst()) : entry.path
            entries[name.lowercased()] = entries[name.lowercased()] ?? entry
        }
        self.entries = entries
    }

    func contains(_ part: String) -> Bool {
        entries[part.lowercased()] != nil
    }

    /// The bytes of `part`, or nil when the package has no such part.
    func data(_ part: String) throws(XLSXError) -> Data? {
        guard let entry = entries[part.lowercased()] else { return nil }
        guard entry.uncompressedSize <= Self.maxPartSize else {
            throw .malformed(part: part, line: nil, message: "the part is larger than \(Self.maxPartSize) bytes")
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > Self.maxPartSize { throw XLSXParseProblem(message: "the part is too large") }
            }
        } catch {
            throw .malformed(part: part, line: nil, message: "the ZIP entry cannot be decompressed (\(error))")
        }
        return data
    }
}
