import Foundation
import Testing

@testable import NTMExchange

@Suite("Legacy Vietnamese tables")
struct LegacyVietnameseTableTests {
    @Test func vowelRowsAreTheNFCCompositionOfVowelAndTone() {
        for (row, vowel) in zip(LegacyVietnamese.vowelRows, VietnameseAlphabet.vowels) {
            for (letter, mark) in zip(row, VietnameseAlphabet.toneMarks) {
                #expect(nfcScalars(vowel + mark) == [letter])
            }
        }
    }

    @Test func tcvn3TableHoldsSevenCapitalsAndEverySmallLetterOnce() {
        let entries = LegacyVietnamese.TCVN3Table.entries
        #expect(entries.count == 74)
        #expect(Set(entries.map(\.byte)).count == 74)
        let normal = Set(entries.map { String($0.normal) })
        #expect(normal == Set(VietnameseAlphabet.lowercase + ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]))
    }

    @Test func tcvn3CapitalFontDrawsTheUppercaseOfEveryCode() {
        for entry in LegacyVietnamese.TCVN3Table.entries {
            #expect(String(entry.capital) == String(entry.normal).uppercased())
        }
    }

    @Test func tcvn3LeavesBytesOutsideVN3Unchanged() {
        // VN1/VN2 capitals (0xC0 Ắ, 0xDB Ồ, 0x80 À…) are not VN3; Windows-1252 punctuation stays.
        let text = "\u{C0}\u{DB}\u{E0}\u{F0}\u{FF} \u{20AC}\u{201C}\u{2019}"
        #expect(LegacyVietnamese.convert(text, from: .tcvn3) == text)
    }

    @Test func vniMarksFollowOnlyTheVowelsTheyCombineWith() {
        // A breve mark after e, or a circumflex after u, is not VNI: the bytes stay as they are.
        #expect(LegacyVietnamese.convert("e\u{EA} u\u{E2} b\u{F9}", from: .vni) == "e\u{EA} u\u{E2} b\u{F9}")
    }

    @Test func vniBaseLetterDecidesTheCaseWhateverTheMarkCase() {
        #expect(isExactlyNFC(LegacyVietnamese.convert("A\u{F9} a\u{D9}", from: .vni), "Á á"))
    }

    @Test(
        "Published TCVN3 samples decode to their Unicode text",
        arguments: [
            ("C\u{E9}ng ho\u{B5} x\u{B7} h\u{E9}i ch\u{F1} ngh\u{DC}a Vi\u{D6}t Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
            ("C\u{E9}NG HO\u{B5} X\u{B7} H\u{E9}I CH\u{F1} NGH\u{DC}A VI\u{D6}T NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("\u{A7}\u{E9}c l\u{CB}p - T\u{F9} do - H\u{B9}nh ph\u{F3}c", "Độc lập - Tự do - Hạnh phúc"),
            (
                "Ng\u{AD}\u{EA}i lao \u{AE}\u{E9}ng ph\u{B6}i \u{AE}\u{AD}\u{EE}c tr\u{B6} l\u{AD}\u{AC}ng \u{AE}\u{F3}ng h\u{B9}n.",
                "Người lao động phải được trả lương đúng hạn."
            ),
            ("B\u{B6}o Th\u{BE}ng", "Bảo Thắng"),
            ("M\u{AD}\u{EA}ng Kh\u{AD}\u{AC}ng", "Mường Khương"),
            // The same sample as published, with its soft hyphens (ư) lost in display.
            ("M\u{EA}ng Kh\u{AC}ng", "Mường Khương"),
            ("B\u{B8}t X\u{B8}t", "Bát Xát"),
        ])
    func publishedTCVN3SamplesDecode(_ sample: (legacy: String, unicode: String)) {
        #expect(LegacyVietnamese.detect(sample.legacy) == .tcvn3)
        #expect(isExactlyNFC(LegacyVietnamese.convert(sample.legacy, from: .tcvn3), sample.unicode))
    }

    @Test(
        "Published VNI samples decode to their Unicode text",
        arguments: [
            ("Xin cha\u{F8}o ca\u{F9}c ba\u{EF}n", "Xin chào các bạn"),
            ("Vie\u{E4}t Nam", "Việt Nam"),
        ])
    func publishedVNISamplesDecode(_ sample: (legacy: String, unicode: String)) {
        #expect(LegacyVietnamese.detect(sample.legacy) == .vni)
        #expect(isExactlyNFC(LegacyVietnamese.convert(sample.legacy, from: .vni), sample.unicode))
    }
}
