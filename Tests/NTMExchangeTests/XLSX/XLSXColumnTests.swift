import Testing

@testable import NTMExchange

@Suite("XLSX column letters")
struct XLSXColumnTests {
    @Test(
        "indexes convert to letters and back",
        arguments: [
            (0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD"),
        ])
    func lettersAndIndexes(index: Int, letters: String) {
        #expect(XLSXColumn.letters(index) == letters)
        #expect(XLSXColumn.index(letters) == index)
    }

    @Test("lower case letters are accepted and anything else is not")
    func parsing() {
        #expect(XLSXColumn.index("ab") == 27)
        #expect(XLSXColumn.index("") == nil)
        #expect(XLSXColumn.index("A1") == nil)
        #expect(XLSXColumn.index("Đ") == nil)
    }

    @Test("every index up to Excel's last column survives a round trip")
    func exhaustiveRoundTrip() {
        #expect((0..<16_384).allSatisfy { XLSXColumn.index(XLSXColumn.letters($0)) == $0 })
    }
}
