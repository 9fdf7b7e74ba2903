import Foundation
import ZIPFoundation

/// ZIP packaging of parts, kept apart so the XML code never touches ZIPFoundation.
public enum OOXMLZip {
    /// A fixed entry date (2000-01-01 UTC) keeps the archive bytes reproducible.
    private static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// Archives `parts` in the given order; the same parts always give the same bytes.
    public static func archive(_ parts: [OOXMLPart]) throws(OOXMLError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = part.data
                try archive.addEntry(
                    with: part.path,
                    type: .file,
                    uncompressedSize: Int64(data.count),
                    modificationDate: entryDate,
                    compressionMethod: .deflate,
                    provider: { position, size in
                        let start = data.startIndex + Int(position)
                        return data.subdata(in: start..<(start + size))
                    }
                )
            }
            guard let data = archive.data else {
                throw OOXMLError.malformed(part: "(zip)", line: nil, message: "the in-memory archive produced no data")
            }
            return data
        } catch let error as OOXMLError {
            throw error
        } catch {
            throw .malformed(part: "(zip)", line: nil, message: "could not build the ZIP package: \(error)")
        }
    }
}

/// One part of a package to write: its path inside the ZIP and its bytes.
public struct OOXMLPart: Sendable {
    public var path: String
    public var data: Data

    public init(_ path: String, _ data: Data) {
        self.path = path
        self.data = data
    }

    public init(_ path: String, xml: String) {
        self.init(path, Data(xml.utf8))
    }
}
