import Foundation
import Testing

@testable import NTMExchange

@Suite("XLSX reader")
struct XLSXReaderTests {
    @Test("bytes that are not a ZIP give notASpreadsheet with advice to save as .xlsx")
    func notAZip() {
        #expect {
            try XLSXReader.read(Data("Xã,Tỷ lệ\nLong Khánh,21.8\n".utf8))
        } throws: { error in
            guard case .notASpreadsheet(let message) = error as? XLSXError else { return false }
            return message.contains(".xlsx")
        }
    }

    @Test("a legacy .xls file is recognised and explained")
    func legacyXLS() {
        let data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512))
        #expect {
            try XLSXReader.read(data)
        } throws: { error in
            guard case .notASpreadsheet(let message) = error as? XLSXError else { return false }
            return message.contains(".xls")
        }
    }

    @Test("a ZIP without a workbook part gives notASpreadsheet")
    func zipWithoutWorkbook() throws {
        let data = try XLSXTestPackage.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet")])
        #expect {
            try XLSXReader.read(data)
        } throws: { error in
            guard case .notASpreadsheet(let message) = error as? XLSXError else { return false }
            return message.contains(".ods")
        }
    }

    @Test("inline strings are read from a workbook that has no sharedStrings part")
    func inlineStringsWithoutSharedStrings() throws {
        let data = try XLSXTestPackage.singleSheet(
            named: "Inline",
            sheetXML: XLSXTestPackage.worksheet(
                """
                <row r="1"><c r="A1" t="inlineStr"><is><t>Xã Long Khánh</t></is></c>\
                <c r="B1" t="inlineStr"><is><r><t>Tỷ lệ </t></r><r><rPr><b/></rPr><t>hộ nghèo</t></r></is></c>\
                <c r="C1"><v>21.8</v></c></row>
                """))
        let sheet = try #require(XLSXReader.read(data).first)
        #expect(sheet.name == "Inline")
        #expect(sheet.row(0) == [.text("Xã Long Khánh"), .text("Tỷ lệ hộ nghèo"), .number("21.8")])
    }

    @Test("cells and rows without r attributes take the next position")
    func positionalCells() throws {
        let data = try XLSXTestPackage.singleSheet(
            named: "P",
            sheetXML: XLSXTestPackage.worksheet(
                """
                <row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>\
                <row><c t="b"><v>1</v></c><c/><c><v>2</v></c></row>\
                <row r="5"><c r="B5"><v>3</v></c><c><v>4</v></c></row>\
                <row><c><v>5</v></c></row>
                """))
        let sheet = try #require(XLSXReader.read(data).first)
        #expect(sheet.rowCount == 6)
        #expect(sheet.row(0) == [.text("a"), .number("1"), .empty])
        #expect(sheet.row(1) == [.bool(true), .empty, .number("2")])
        #expect(sheet.row(4) == [.empty, .number("3"), .number("4")])
        #expect(sheet.row(5) == [.number("5"), .empty, .empty])
    }

    @Test("cells listed out of column order are placed by reference, the later duplicate winning")
    func outOfOrderCells() throws {
        let data = try XLSXTestPackage.singleSheet(
            named: "O",
            sheetXML: XLSXTestPackage.worksheet(
                """
                <row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>33</v></c></row>
                """))
        let sheet = try #require(XLSXReader.read(data).first)
        #expect(sheet.row(0) == [.number("1"), .empty, .number("33")])
        #expect(sheet.value(row: 0, column: 2) == .number("33"))
    }

    @Test("formula strings, errors and valueless cells are read by type")
    func cellTypes() throws {
        let data = try XLSXTestPackage.singleSheet(
            named: "T",
            sheetXML: XLSXTestPackage.worksheet(
                """
                <row r="1"><c r="A1" t="str"><f>CONCAT("Đ","ạt")</f><v>Đạt</v></c>\
                <c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" s="3"/><c r="D1" t="n"><v> 7 </v></c></row>
                """))
        let sheet = try #require(XLSXReader.read(data).first)
        #expect(sheet.row(0) == [.text("Đạt"), .text("#DIV/0!"), .empty, .number("7")])
    }

    @Test("rich-text shared strings are joined and phonetic runs ignored")
    func richSharedStrings() throws {
        var parts = partsOfSingleSheet(
            sheetData: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
                """)
        parts.append(
            (
                "xl/sharedStrings.xml",
                """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">\
                <si><r><t xml:space="preserve">Hộ </t></r><r><rPr><i/></rPr><t>nghèo</t></r></si>\
                <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>
                """
            ))
        let sheet = try #require(XLSXReader.read(XLSXTestPackage.zip(parts)).first)
        #expect(sheet.row(0) == [.text("Hộ nghèo"), .text("東京")])
    }

    @Test("absolute relationship targets and prefixed elements are understood")
    func absoluteTargetsAndPrefixes() throws {
        let data = try XLSXTestPackage.singleSheet(
            named: "Abs", target: "/xl/worksheets/data.xml",
            sheetXML: """
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
                <x:row r="2"><x:c r="C2"><x:v>0.0625</x:v></x:c></x:row></x:sheetData></x:worksheet>
                """)
        let sheet = try #require(XLSXReader.read(data).first)
        #expect(sheet.value(row: 1, column: 2) == .number("0.0625"))
        #expect(sheet.rowCount == 2)
        #expect(sheet.columnCount == 3)
    }

    @Test("a worksheet part larger than 10 MB is read to its end")
    func partLargerThanTenMegabytes() throws {
        // Linux's XMLParser, given such a part in one piece, stops with "Huge input lookup".
        let padding = String(repeating: "\n      ", count: 1_600_000)
        let data = try XLSXTestPackage.singleSheet(
            named: "Big",
            sheetXML: XLSXTestPackage.worksheet(
                """
                <row r="1"><c r="A1"><v>1</v></c></row>\(padding)<row r="2"><c r="A2"><v>2</v></c></row>
                """))
        let sheet = try #require(XLSXReader.read(data).first)
        #expect(sheet.rowCount == 2)
        #expect(sheet.value(row: 1, column: 0) == .number("2"))
    }

    @Test("malformed worksheet XML reports the part and line")
    func malformedXML() throws {
        let data = try XLSXTestPackage.singleSheet(
            named: "Bad",
            sheetXML: """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData>
                <row r="1"><c r="A1"><v>1</v></row>
                </sheetData></worksheet>
                """)
        #expect {
            try XLSXReader.read(data)
        } throws: { error in
            guard case .malformed(let part, let line, _) = error as? XLSXError else { return false }
            return part == "xl/worksheets/sheet1.xml" && line == 3
        }
    }

    @Test(
        "a truncated worksheet is malformed, not silently short",
        arguments: [
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">",
            "",
        ])
    func truncatedXML(_ sheetXML: String) throws {
        let data = try XLSXTestPackage.singleSheet(named: "Cut", sheetXML: sheetXML)
        #expect {
            try XLSXReader.read(data)
        } throws: { error in
            guard case .malformed(let part, _, _) = error as? XLSXError else { return false }
            return part == "xl/worksheets/sheet1.xml"
        }
    }

    @Test("a shared string index past the table is reported as malformed")
    func sharedStringOutOfRange() throws {
        let data = try XLSXTestPackage.singleSheet(
            named: "S",
            sheetXML: XLSXTestPackage.worksheet(
                """
                <row r="1"><c r="A1" t="s"><v>4</v></c></row>
                """))
        #expect {
            try XLSXReader.read(data)
        } throws: { error in
            guard case .malformed(let part, let line, let message) = error as? XLSXError else { return false }
            return part == "xl/worksheets/sheet1.xml" && line != nil && message.contains("shared string 4")
        }
    }

    @Test("a worksheet named by the workbook but absent from the ZIP is a missing part")
    func missingWorksheet() throws {
        var parts = partsOfSingleSheet(sheetData: "")
        parts.removeAll { $0.0 == "xl/worksheets/sheet1.xml" }
        #expect(throws: XLSXError.missingPart("xl/worksheets/sheet1.xml")) {
            try XLSXReader.read(XLSXTestPackage.zip(parts))
        }
    }

    private func partsOfSingleSheet(sheetData: String) -> [(String, String)] {
        let relationships = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="worksheets/sheet1.xml"/></Relationships>
            """
        return [
            ("_rels/.rels", XLSXTestPackage.rootRelationships),
            (
                "xl/workbook.xml",
                """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
            ),
            ("xl/_rels/workbook.xml.rels", relationships),
            ("xl/worksheets/sheet1.xml", XLSXTestPackage.worksheet(sheetData)),
        ]
    }
}
