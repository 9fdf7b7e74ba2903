import Foundation
import NTMExchange
import Testing

@Suite("A sheet read as CSV")
struct SheetTextTests {
    @Test("codes Excel turned into numbers get their leading zeros back in the named columns only; commas are quoted")
    func padsCodes() throws {
        let rows: [[XLSXCell]] = [
            ["Tỉnh Thành Phố", "Mã TP", "Phường Xã", "Mã PX", "Số"].map { XLSXCell(.text($0)) },
            [
                XLSXCell(.text("Thành phố Hà Nội")), XLSXCell(.number("1")), XLSXCell(.text("Phường Phúc Xá, cũ")), XLSXCell(.number("4")),
                XLSXCell(.number("7")),
            ],
        ]
        let data = try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "Danh mục", rows: rows)]))
        let text = try SheetText.csv(data, name: "danh-muc.xlsx", widths: ["Mã TP": 2, "Mã PX": 5])
        #expect(text == "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Số\nThành phố Hà Nội,01,\"Phường Phúc Xá, cũ\",00004,7\n")
    }
}
