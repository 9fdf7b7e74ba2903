import Foundation
import ZIPFoundation

/// ZIP packaging of parts, kept apart so the XML code never touches ZIPFoundation.
enum XLSXZip {
    /// A fixed entry date (2000-01-01 UTC) keeps the archive bytes reproducible.
    private static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    static func archive(_ parts: [(path: String, data: Data)]) throws(XLSXError) -> Data {
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
                throw XLSXError.malformed(part: "(zip)", line: nil, message: "the in-memory archive produced no data")
            }
            return data
        } catch let error as XLSXError {
            throw error
        } catch {
            throw .malformed(part: "(zip)", line: nil, message: "could not build the ZIP package: \(error)")
        }
    }
}
