import Foundation
import Testing
import ZIPFoundation

/// Builds and inspects ZIP packages by hand so tests can see the raw parts and feed the reader foreign files.
enum XLSXTestPackage {
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            )
        }
        return try #require(archive.data)
    }

    static func entryNames(_ data: Data) throws -> [String] {
        try Archive(data: data, accessMode: .read).map(\.path)
    }

    static func text(of path: String, in data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path], "no entry \(path)")
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/>
        </Relationships>
        """

    /// A one-sheet workbook whose worksheet lives at `target` as written in the workbook relationships.
    static func singleSheet(
        named name: String,
        target: String = "worksheets/sheet1.xml",
        sheetXML: String
    ) throws -> Data {
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        return try zip([
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="\(name)" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
            ),
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="\(target)"/>
                </Relationships>
                """
            ),
            (sheetPath, sheetXML),
        ])
    }

    static func worksheet(_ sheetData: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <sheetData>\(sheetData)</sheetData></worksheet>
        """
    }
}
