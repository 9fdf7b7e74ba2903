import Testing

@testable import NTMExchange

@Suite("TCVN3 case inference")
struct LegacyTCVN3CaseInferenceTests {
    @Test(
        "Toned vowels take the case their text shows",
        arguments: [
            ("T\u{FB} l\u{D6}", "Tỷ lệ"),
            ("T\u{DB} L\u{D6}", "T\u{DB} L\u{1EC6}"),
            ("T\u{FB} L\u{D6} H\u{E9} NGH\u{CC}O", "TỶ LỆ HỘ NGHÈO"),
            ("\u{F1}y ban nh\u{A9}n d\u{A9}n t\u{D8}nh Tr\u{B5} Vinh", "Ủy ban nhân dân tỉnh Trà Vinh"),
            ("\u{F1}y ban nh\u{A9}n d\u{A9}n", "ủy ban nhân dân"),
            ("\u{F1}Y BAN NH\u{A2}N D\u{A2}N", "ỦY BAN NHÂN DÂN"),
            ("Nguy\u{D4}n Th\u{DE} \u{B8}nh", "Nguyễn Thị Ánh"),
            ("H\u{B5} N\u{E9}i \u{EB} \u{AE}\u{A9}u", "Hà Nội ở đâu"),
            ("\u{EB}", "ở"),
            ("Kh\u{AB}ng \u{AE}\u{B9}t. \u{B8}nh s\u{B8}ng", "Không đạt. Ánh sáng"),
            ("X\u{B7} Long Kh\u{B8}nh", "Xã Long Khánh"),
            // A capital that only starts the sentence does not make the next word a name.
            ("Nh\u{B5} \u{EB}", "Nhà ở"),
            ("\u{A7}\u{CA}t \u{EB} n\u{AB}ng th\u{AB}n", "Đất ở nông thôn"),
            ("X\u{B7} \u{CA}p B\u{BE}c", "Xã Ấp Bắc"),
        ])
    func tonedVowelsTakeTheCaseTheirTextShows(_ sample: (legacy: String, unicode: String)) {
        #expect(isExactlyNFC(LegacyVietnamese.convert(sample.legacy, from: .tcvn3), sample.unicode))
    }

    @Test(
        "A lost soft hyphen (ư) is restored only where the word needs it",
        arguments: [
            ("Tr\u{EA}ng h\u{E4}c", "Trường học"),
            ("\u{AE}\u{EE}c", "được"),
            ("R\u{EE}u", "Rượu"),
            ("M\u{EA}i ng\u{AD}\u{EA}i", "Mời người"),
        ])
    func lostSoftHyphensAreRestoredWhereNeeded(_ sample: (legacy: String, unicode: String)) {
        #expect(isExactlyNFC(LegacyVietnamese.convert(sample.legacy, from: .tcvn3), sample.unicode))
    }

    @Test func capitalFontUppercasesEveryLetter() {
        let legacy = "c\u{E9}ng ho\u{B5} x\u{B7} h\u{E9}i \u{AE}\u{A9}y"
        #expect(isExactlyNFC(LegacyVietnamese.convert(legacy, from: .tcvn3, capitalFont: true), "CỘNG HOÀ XÃ HỘI ĐÂY"))
    }
}
