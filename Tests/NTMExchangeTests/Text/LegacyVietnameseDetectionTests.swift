import Foundation
import Testing

@testable import NTMExchange

@Suite("Legacy Vietnamese detection")
struct LegacyVietnameseDetectionTests {
    @Test(
        "Text that is not legacy Vietnamese is neither detected nor altered",
        arguments: [
            "", " ", "17.1", "29314", "1.234,5", "NTM-2024/QĐ", "Hello world", "UBND", "Long An",
            "Xã Long Khánh", "Huyện Cầu Kè", "Tỷ lệ hộ nghèo đa chiều", "Ủy ban nhân dân tỉnh Trà Vinh",
            // Unicode Vietnamese spelled only with Latin-1 letters looks like legacy input but reads fine as is.
            "Gò Công", "Tân An", "Cà Mau", "Thái Bình", "Yên Bái", "Tây Ninh", "Hòa Bình", "Bé", "hé", "Châu Thành",
            // European words and phrases.
            "Café", "Müller", "où", "Où est la gare ?", "sí", "Sí, señor", "José María", "São Paulo", "naïve",
            "Noël", "Ça va très bien", "Straße", "Ångström", "Crème brûlée", "Zürich", "aún", "goût", "Dvořák",
            "€ 100", "\u{201C}quoted\u{201D}", "50 m²", "© 2024", "§ 3", "½ kg", "±5 °C",
        ])
    func nonLegacyTextIsLeftAlone(_ text: String) {
        #expect(LegacyVietnamese.detect(text) == nil)
        let normalized = LegacyVietnamese.normalize(text)
        #expect(normalized.converted == nil)
        #expect(isExactlyNFC(normalized.text, text))
    }

    @Test func decomposedUnicodeComesBackComposed() {
        let decomposed = "Ho\u{300}a Vie\u{323}\u{302}t"
        let normalized = LegacyVietnamese.normalize(decomposed)
        #expect(normalized.converted == nil)
        #expect(Array(normalized.text.unicodeScalars) == Array("H\u{F2}a Vi\u{1EC7}t".unicodeScalars))
    }

    @Test func decomposedLegacyTextIsStillRecognized() {
        // VNI "Việt Nam" whose ä arrived decomposed as a + U+0308.
        let decomposed = "Viea\u{308}t Nam"
        #expect(LegacyVietnamese.normalize(decomposed).converted == .vni)
        #expect(isExactlyNFC(LegacyVietnamese.normalize(decomposed).text, "Việt Nam"))
    }

    @Test func textWithCharactersOutsideWindows1252IsUnicode() {
        #expect(LegacyVietnamese.detect("X\u{B7} Long Kh\u{B8}nh \u{1EA1}") == nil)
        #expect(LegacyVietnamese.detect("Kh\u{B8}nh \u{2192}") == nil)
    }

    @Test func aLoneAmbiguousWordNeedsMoreEvidence() {
        // "où" could be VNI "ó" and "Tû" TCVN3 "Tỷ", but neither is convincing alone.
        #expect(LegacyVietnamese.detect("o\u{F9}") == nil)
        #expect(LegacyVietnamese.detect("T\u{FB}") == nil)
        // Two such words, or one unmistakable word, are.
        #expect(LegacyVietnamese.detect("T\u{FB} l\u{D6}") == .tcvn3)
        #expect(LegacyVietnamese.detect("\u{A7}\u{B9}t") == .tcvn3)
        #expect(LegacyVietnamese.detect("\u{D1}a\u{EF}t") == .vni)
    }

    @Test func textThatReadsEquallyWellInBothEncodingsIsLeftAlone() {
        // "ruûa nhæ" is VNI "rủa nhỉ" and TCVN3 "ruỷa nhổ"; neither reading wins.
        #expect(LegacyVietnamese.detect("ru\u{FB}a nh\u{E6}") == nil)
    }

    @Test func mostlyNonVietnameseWordsAreNotConverted() {
        // One TCVN3-looking word among English words is not enough.
        #expect(LegacyVietnamese.detect("Total h\u{E9} count for the district") == nil)
    }

    @Test func acronymsDoNotCountAgainstLegacyText() {
        #expect(LegacyVietnamese.detect("UBND x\u{B7} Long Kh\u{B8}nh") == .tcvn3)
        #expect(isExactlyNFC(LegacyVietnamese.normalize("UBND x\u{B7} Long Kh\u{B8}nh").text, "UBND xã Long Khánh"))
    }
}
