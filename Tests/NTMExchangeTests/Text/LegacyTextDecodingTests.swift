import Foundation
import Testing

@testable import NTMExchange

@Suite("Legacy text file decoding")
struct LegacyTextDecodingTests {
    static let sample = "Xã Long Khánh, Huyện Cầu Kè"

    @Test func utf8WithByteOrderMarkDropsTheMark() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
        #expect(isExactlyNFC(LegacyVietnamese.decode(data), Self.sample))
    }

    @Test func utf8WithoutByteOrderMarkIsRecognized() {
        #expect(isExactlyNFC(LegacyVietnamese.decode(Data(Self.sample.utf8)), Self.sample))
    }

    @Test func utf16LittleEndianWithByteOrderMarkDecodes() {
        let bytes = Self.sample.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(isExactlyNFC(LegacyVietnamese.decode(Data([0xFF, 0xFE] + bytes)), Self.sample))
    }

    @Test func utf16BigEndianWithByteOrderMarkDecodes() {
        let bytes = Self.sample.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(isExactlyNFC(LegacyVietnamese.decode(Data([0xFE, 0xFF] + bytes)), Self.sample))
    }

    @Test func utf16WithADanglingByteEndsInAReplacementCharacter() {
        #expect(LegacyVietnamese.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x42])) == "A\u{FFFD}")
    }

    @Test func emptyDataIsEmptyText() {
        #expect(LegacyVietnamese.decode(Data()) == "")
    }

    @Test func windows1252BytesOfTCVN3TextNormalizeToUnicode() {
        // "Trường học;Tỷ lệ hộ nghèo" saved by a TCVN3 program.
        let bytes: [UInt8] = [
            0x54, 0x72, 0xAD, 0xEA, 0x6E, 0x67, 0x20, 0x68, 0xE4, 0x63, 0x3B,
            0x54, 0xFB, 0x20, 0x6C, 0xD6, 0x20, 0x68, 0xE9, 0x20, 0x6E, 0x67, 0x68, 0xCC, 0x6F,
        ]
        let text = LegacyVietnamese.decode(Data(bytes))
        #expect(text == "Tr\u{AD}\u{EA}ng h\u{E4}c;T\u{FB} l\u{D6} h\u{E9} ngh\u{CC}o")
        let cells = text.split(separator: ";").map { LegacyVietnamese.normalize(String($0)) }
        #expect(cells.map(\.converted) == [.tcvn3, .tcvn3])
        #expect(isExactlyNFC(cells[0].text, "Trường học"))
        #expect(isExactlyNFC(cells[1].text, "Tỷ lệ hộ nghèo"))
    }

    @Test func windows1252BytesOfVNITextNormalizeToUnicode() {
        let legacy = LegacyTestEncoder.vni("Ủy ban nhân dân tỉnh Trà Vinh")
        let bytes = legacy.unicodeScalars.map { UInt8($0.value) }
        let normalized = LegacyVietnamese.normalize(LegacyVietnamese.decode(Data(bytes)))
        #expect(normalized.converted == .vni)
        #expect(isExactlyNFC(normalized.text, "Ủy ban nhân dân tỉnh Trà Vinh"))
    }

    @Test func windows1252PunctuationRowDecodes() {
        let data = Data([0x93, 0x41, 0x94, 0x20, 0x80, 0x20, 0x96, 0x20, 0x9F, 0x81])
        #expect(LegacyVietnamese.decode(data) == "\u{201C}A\u{201D} \u{20AC} \u{2013} \u{178}\u{81}")
    }

    @Test func everyWindows1252ByteDecodesToOneCharacter() {
        let decoded = LegacyVietnamese.decode(Data((0x80...0xFF).map { UInt8($0) } + [0xC3]))
        #expect(decoded.unicodeScalars.count == 129)
        #expect(decoded.unicodeScalars.allSatisfy { LegacyVietnamese.Detector.isWindows1252Character($0) })
    }
}
