import Foundation
import NTMCore
import NTMData
import NTMOOXML
import Testing
import ZIPFoundation

@testable import NTMExchange

/// Files crafted to hurt the reader or the office that opens our exports.
@Suite("Hostile files")
struct HostileFileTests {
    /// A small upload that inflates to gigabytes in memory was processed in full.
    @Test("an .xlsx whose part inflates far beyond the limit is refused before it fills memory", .tags(.slow))
    func zipBomb() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let size: Int64 = 200 << 20
        let types = Data(XLSXTestPackage.contentTypes.utf8)
        try archive.addEntry(
            with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(types.count), compressionMethod: .deflate,
            provider: { (position: Int64, chunk: Int) in types.subdata(in: Int(position)..<Int(position) + chunk) })
        try archive.addEntry(
            with: "xl/workbook.xml", type: .file, uncompressedSize: size, compressionMethod: .deflate,
            provider: { (_: Int64, chunk: Int) in Data(count: chunk) })
        let data = try #require(archive.data)
        #expect(data.count < 1 << 20, "the bomb is small: \(data.count) bytes")
        #expect(throws: XLSXError.tooLarge(part: "xl/workbook.xml", limit: OOXMLPackage.Limits.standard.part)) { try XLSXReader.read(data) }
    }

    @Test("parts count against a total limit too, so many medium parts cannot add up")
    func totalLimit() throws {
        let package = try XLSXTestPackage.singleSheet(
            named: "S", sheetXML: XLSXTestPackage.worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Xã Long Khánh</t></is></c></row>"))
        // Every part fits 1 MB, but together they pass 600 bytes.
        let error = #expect(throws: XLSXError.self) { try XLSXReader.read(package, limits: OOXMLPackage.Limits(part: 1 << 20, total: 600)) }
        guard case .tooLarge(_, let limit)? = error else {
            Issue.record("expected tooLarge, got \(String(describing: error))")
            return
        }
        #expect(limit <= 600)
        #expect(
            try XLSXReader.read(package, limits: OOXMLPackage.Limits(part: 1 << 20, total: 1 << 20)).first?.value(row: 0, column: 0)
                == .text("Xã Long Khánh"))
    }

    /// Text a commune typed (`=HYPERLINK(…)`, `=cmd|…`, `+`, `-`, `@`) reached the office's CSV export unchanged.
    @Test(
        "formula-like text is made inert in CSV; plain numbers stay numbers",
        arguments: [
            ("=HYPERLINK(\"http://x\",\"bấm\")", "'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")"), ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("+84 912 345 678", "'+84 912 345 678"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
            ("-3.25", "-3.25"), ("Báo cáo xã", "Báo cáo xã"),
        ])
    func formulaInjection(typed: String, written: String) {
        var writer = CSVWriter(header: ["source"])
        writer.append([typed])
        let line = writer.text.split(separator: "\n").last.map(String.init) ?? ""
        let unquoted = line.hasPrefix("\"") ? String(line.dropFirst().dropLast()) : line
        #expect(unquoted == written)
    }

    @Test("exports for people start with a byte order mark so Excel on Windows reads them as UTF-8")
    func byteOrderMark() throws {
        let engine = try BundledData.demoEngine()
        let summary = try engine.summary(of: .registered(year: 2019, within: "84"), on: BundledData.demoBriefingDate, bands: .standardOnly)
        let data = ExportData(summary: summary, evaluations: [], observations: [])
        #expect(ResultsExporter.resultsCSV(data, language: .vi).utf8.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test("a cell with an entity that is not declared is reported, not silently dropped")
    func undeclaredEntity() throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>Xã &lang; Long</t></is></c></row></sheetData></worksheet>
            """
        let package = try XLSXTestPackage.singleSheet(named: "S", sheetXML: sheet)
        let error = #expect(throws: XLSXError.self) { try XLSXReader.read(package) }
        guard case .malformed(let part, _, let message)? = error else {
            Issue.record("expected a malformed part, got \(String(describing: error))")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(message.contains("entity"))
    }
}
