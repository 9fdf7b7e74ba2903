import Foundation
import Testing

@testable import NTMExchange

@Suite("XLSX writer")
struct XLSXWriterTests {
    private let template = XLSXWorkbook(sheets: [
        XLSXSheet(
            name: "Nhập liệu",
            rows: [
                [.text("Xã", style: .header), .text("Tỷ lệ hộ nghèo đa chiều", style: .header)],
                [.text("Xã Long Khánh"), XLSXCell(.empty, style: .entry)],
            ],
            columnWidths: [24, 18.5],
            frozenRows: 1,
            isProtected: true
        ),
        XLSXSheet(name: "meta", rows: [[.text("version"), .number("1")]], isHidden: true),
    ])

    @Test("a protected sheet records sheetProtection and keeps entry cells unlocked")
    func protectedSheetWithUnlockedCells() throws {
        let data = try XLSXWriter.write(template)
        let styles = try XLSXTestPackage.text(of: "xl/styles.xml", in: data)
        let sheet = try XLSXTestPackage.text(of: "xl/worksheets/sheet1.xml", in: data)
        #expect(styles.contains("<protection locked=\"0\"/>"))
        #expect(styles.contains("applyProtection=\"1\""))
        #expect(sheet.contains("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\""))
        #expect(!sheet.contains("password"))
        // The entry cell is written even though it is empty, because its unlocked style is what matters.
        #expect(sheet.contains("<c r=\"B2\" s="))
        let unprotected = try XLSXTestPackage.text(of: "xl/worksheets/sheet2.xml", in: data)
        #expect(!unprotected.contains("sheetProtection"))
    }

    @Test("the package holds the parts Excel needs")
    func packageParts() throws {
        let names = try XLSXTestPackage.entryNames(XLSXWriter.write(template))
        #expect(
            Set(names) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        #expect(names.first == "[Content_Types].xml")
    }

    @Test("frozen header rows, column widths and hidden state are written")
    func sheetLayout() throws {
        let data = try XLSXWriter.write(template)
        let sheet = try XLSXTestPackage.text(of: "xl/worksheets/sheet1.xml", in: data)
        let workbook = try XLSXTestPackage.text(of: "xl/workbook.xml", in: data)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<col min=\"2\" max=\"2\" width=\"18.5\" customWidth=\"1\"/>"))
        #expect(workbook.contains("<sheet name=\"meta\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"))
    }

    @Test("shared strings are deduplicated and count every use")
    func sharedStringsDeduplicated() throws {
        let rows: [[XLSXCell]] = [[.text("Đạt"), .text("Đạt")], [.text("Không đạt"), .text("Đạt")]]
        let sheet = XLSXSheet(name: "S", rows: rows)
        let strings = try XLSXTestPackage.text(
            of: "xl/sharedStrings.xml", in: XLSXWriter.write(XLSXWorkbook(sheets: [sheet])))
        #expect(strings.contains("count=\"4\" uniqueCount=\"2\""))
        #expect(strings.components(separatedBy: "<si>").count == 3)
    }

    @Test("styles share one format per distinct look and one fill per distinct colour")
    func stylesDeduplicated() throws {
        let sheet = XLSXSheet(
            name: "S",
            rows: [
                [
                    .text("a", style: XLSXStyle(fill: "fff2cc")), .text("b", style: XLSXStyle(fill: "#FFF2CC")),
                    .text("c", style: .entry), .text("d", style: XLSXStyle(bold: true, wrap: true, italic: true)),
                ]
            ])
        let data = try XLSXWriter.write(XLSXWorkbook(sheets: [sheet]))
        let styles = try XLSXTestPackage.text(of: "xl/styles.xml", in: data)
        #expect(styles.contains("<fills count=\"3\">"))
        #expect(styles.contains("<fgColor rgb=\"FFFFF2CC\"/>"))
        // Plain, the yellow fill, the unlocked yellow entry style and the bold italic wrapped style.
        #expect(styles.contains("<cellXfs count=\"4\">"))
        #expect(styles.contains("<alignment vertical=\"top\" wrapText=\"1\"/>"))
    }

    @Test("the same workbook always gives byte-identical data")
    func deterministicOutput() throws {
        #expect(try XLSXWriter.write(template) == XLSXWriter.write(template))
    }

    @Test(
        "sheet names Excel would refuse are rejected",
        arguments: [
            "", "a/b", "a\\b", "what?", "star*", "[x]", "c:d", "'quoted'", "History",
            "This name is far too long for Excel",
        ])
    func invalidSheetName(_ name: String) {
        #expect(throws: XLSXError.invalidSheetName(name)) {
            try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: name)]))
        }
    }

    @Test("sheet names that differ only in case are rejected")
    func duplicateSheetNames() {
        #expect(throws: XLSXError.invalidSheetName("data")) {
            try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "Data"), XLSXSheet(name: "data")]))
        }
    }

    @Test("a 31-character Vietnamese sheet name is accepted")
    func longestSheetName() throws {
        let name = String(repeating: "Đ", count: 31)
        #expect(try XLSXReader.read(XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: name)])))[0].name == name)
    }

    @Test(
        "number text that is not a plain decimal is refused instead of corrupting the file",
        arguments: ["21,8", "", "abc", "1e", "NaN", "--1", "."])
    func invalidNumber(_ lexical: String) {
        #expect(
            throws: XLSXError.malformed(
                part: "xl/worksheets/sheet1.xml", line: nil, message: "cell A1: \"\(lexical)\" is not a number such as \"21.8\"")
        ) {
            try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "S", rows: [[.number(lexical)]])]))
        }
    }

    @Test("a fill that is not hex is refused")
    func invalidFill() {
        #expect(
            throws: XLSXError.malformed(part: "xl/styles.xml", line: nil, message: "fill \"yellow\" is not an RGB hex colour such as \"FFF2CC\"")
        ) {
            try XLSXWriter.write(
                XLSXWorkbook(sheets: [
                    XLSXSheet(name: "S", rows: [[.text("x", style: XLSXStyle(fill: "yellow"))]])
                ]))
        }
    }

    @Test("a workbook without a visible sheet is refused")
    func needsVisibleSheet() {
        #expect(throws: XLSXError.malformed(part: "xl/workbook.xml", line: nil, message: "a workbook needs at least one sheet")) {
            try XLSXWriter.write(XLSXWorkbook())
        }
        #expect(throws: XLSXError.malformed(part: "xl/workbook.xml", line: nil, message: "a workbook needs at least one visible sheet")) {
            try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "h", isHidden: true)]))
        }
    }
}
