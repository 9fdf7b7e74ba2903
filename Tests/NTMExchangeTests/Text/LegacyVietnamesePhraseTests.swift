import Foundation
import Testing

@testable import NTMExchange

@Suite("Legacy Vietnamese phrases")
struct LegacyVietnamesePhraseTests {
    static let phrases = [
        "Xã Long Khánh",
        "Huyện Cầu Kè",
        "Tỷ lệ hộ nghèo đa chiều",
        "Trường học",
        "Đạt",
        "Không đạt",
        "Nguyễn Thị Ánh",
        "Ủy ban nhân dân tỉnh Trà Vinh",
    ]

    static func encode(_ text: String, _ encoding: LegacyVietnameseEncoding) -> String {
        switch encoding {
        case .tcvn3: LegacyTestEncoder.tcvn3(text)
        case .vni: LegacyTestEncoder.vni(text)
        }
    }

    @Test(
        "Encoded phrases are detected and converted back exactly",
        arguments: phrases, LegacyVietnameseEncoding.allCases)
    func phrasesAreDetectedAndConvertedBack(_ phrase: String, _ encoding: LegacyVietnameseEncoding) {
        let legacy = Self.encode(phrase, encoding)
        #expect(legacy != phrase)
        #expect(LegacyVietnamese.detect(legacy) == encoding)
        let normalized = LegacyVietnamese.normalize(legacy)
        #expect(normalized.converted == encoding)
        #expect(isExactlyNFC(normalized.text, phrase))
    }

    @Test(
        "All-caps phrases are detected and converted back exactly",
        arguments: phrases, LegacyVietnameseEncoding.allCases)
    func allCapsPhrasesAreDetectedAndConvertedBack(_ phrase: String, _ encoding: LegacyVietnameseEncoding) {
        let upper = phrase.uppercased()
        let normalized = LegacyVietnamese.normalize(Self.encode(upper, encoding))
        #expect(normalized.converted == encoding)
        #expect(isExactlyNFC(normalized.text, upper))
    }

    @Test func tcvn3PhraseDecodedFromTheBriefSample() {
        // "Trường" in TCVN3 is T r, the soft-hyphen code for ư, then ê (ờ) and ng.
        #expect(isExactlyNFC(LegacyVietnamese.normalize("Tr\u{AD}\u{EA}ng h\u{E4}c").text, "Trường học"))
    }

    @Test func rowsOfMixedCellsAreNormalizedCellByCell() {
        let cells = ["X\u{B7} Long Kh\u{B8}nh", "Huyện Cầu Kè", "Vie\u{E4}t Nam", "17.1", ""]
        let normalized = cells.map { LegacyVietnamese.normalize($0) }
        #expect(normalized.map(\.converted) == [.tcvn3, nil, .vni, nil, nil])
        #expect(
            zip(normalized.map(\.text), ["Xã Long Khánh", "Huyện Cầu Kè", "Việt Nam", "17.1", ""])
                .allSatisfy(isExactlyNFC))
    }

    @Test func longerTCVN3TextWithPunctuationAndNumbersConverts() {
        let unicode = "Tỷ lệ hộ nghèo đa chiều năm 2024: 3,5% (giảm 1,2% so với năm 2023)."
        let normalized = LegacyVietnamese.normalize(LegacyTestEncoder.tcvn3(unicode))
        #expect(normalized.converted == .tcvn3)
        #expect(isExactlyNFC(normalized.text, unicode))
    }

    @Test func longerVNITextWithPunctuationAndNumbersConverts() {
        let unicode = "Số hộ nghèo của xã Long Khánh, huyện Duyên Hải giảm còn 45 hộ."
        let normalized = LegacyVietnamese.normalize(LegacyTestEncoder.vni(unicode))
        #expect(normalized.converted == .vni)
        #expect(isExactlyNFC(normalized.text, unicode))
    }
}
