import Foundation
import Testing

@testable import NTMExchange

@Suite("XLSX round trip")
struct XLSXRoundTripTests {
    private func roundTrip(_ sheets: [XLSXSheet]) throws -> [XLSXReadSheet] {
        try XLSXReader.read(XLSXWriter.write(XLSXWorkbook(sheets: sheets)))
    }

    @Test("Vietnamese text with diacritics comes back unchanged")
    func vietnameseText() throws {
        let texts = ["Xã Long Khánh", "Tỷ lệ hộ nghèo đa chiều", "Đạt"]
        let sheet = XLSXSheet(name: "Xã", rows: [texts.map { XLSXCell.text($0) }])
        let read = try roundTrip([sheet])
        #expect(read.map(\.name) == ["Xã"])
        #expect(read[0].row(0) == texts.map(XLSXValue.text))
    }

    @Test("numbers keep their exact lexical form")
    func numbersKeptExactly() throws {
        let numbers = ["21.8", "85", "0.0625", "-3", "1.5E-3"]
        let read = try roundTrip([XLSXSheet(name: "N", rows: [numbers.map { XLSXCell.number($0) }])])
        #expect(read[0].row(0) == numbers.map(XLSXValue.number))
    }

    @Test("booleans and empty cells survive, and empty cells read as empty")
    func booleansAndEmpties() throws {
        let row = [XLSXCell(.bool(true)), XLSXCell(.empty), XLSXCell(.bool(false)), XLSXCell(.text(""))]
        let read = try roundTrip([XLSXSheet(name: "B", rows: [row, [], [XLSXCell(.empty, style: .entry)]])])
        #expect(read[0].row(0) == [.bool(true), .empty, .bool(false)])
        #expect(read[0].rowCount == 1)
        #expect(read[0].columnCount == 3)
        #expect(read[0].value(row: 5, column: 7) == .empty)
    }

    @Test("columns beyond Z are placed by their letters")
    func manyColumns() throws {
        let row = (0..<60).map { XLSXCell.number(String($0)) }
        let read = try roundTrip([XLSXSheet(name: "Wide", rows: [row])])
        #expect(read[0].columnCount == 60)
        #expect(read[0].value(row: 0, column: 26) == .number("26"))
        #expect(read[0].value(row: 0, column: 59) == .number("59"))
    }

    @Test("hidden sheets are read back as hidden, in tab order")
    func hiddenSheet() throws {
        let read = try roundTrip([
            XLSXSheet(name: "Data", rows: [[.text("x")]]),
            XLSXSheet(name: "_meta", rows: [[.text("template"), .text("v1")]], isHidden: true),
        ])
        #expect(read.map(\.name) == ["Data", "_meta"])
        #expect(read.map(\.isHidden) == [false, true])
        #expect(read[1].row(0) == [.text("template"), .text("v1")])
    }

    @Test("markup characters, edge whitespace and line breaks are preserved")
    func escapingAndWhitespace() throws {
        let texts = ["a & b < c > d \"e\" 'f'", "  padded  ", "line 1\nline 2", "tab\there", "crlf\r\nend", "_x0041_"]
        let read = try roundTrip([XLSXSheet(name: "Esc", rows: [texts.map { XLSXCell.text($0) }])])
        #expect(read[0].row(0) == texts.map(XLSXValue.text))
    }

    @Test("control characters that XML cannot carry are dropped")
    func controlCharactersStripped() throws {
        let read = try roundTrip([XLSXSheet(name: "C", rows: [[.text("bad\u{1}\u{B}text"), .text("\u{2} kept ")]])])
        #expect(read[0].row(0) == [.text("badtext"), .text(" kept ")])
    }

    @Test("sheet names with XML special characters round-trip")
    func sheetNameEscaping() throws {
        let read = try roundTrip([XLSXSheet(name: "Tỉnh & Huyện <1>", rows: [[.text("a")]])])
        #expect(read[0].name == "Tỉnh & Huyện <1>")
    }

    @Test("a large sheet reads back with every row in place")
    func largeSheet() throws {
        let rows = (0..<2_000).map { index in
            [XLSXCell.text("Xã \(index % 50)"), .number(String(index)), .number("\(index).5")]
        }
        let read = try roundTrip([XLSXSheet(name: "Big", rows: rows)])
        #expect(read[0].rowCount == 2_000)
        #expect(read[0].row(1_999) == [.text("Xã 49"), .number("1999"), .number("1999.5")])
    }
}
