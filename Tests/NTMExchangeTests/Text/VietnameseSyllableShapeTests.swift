import Testing

@testable import NTMExchange

@Suite("Vietnamese syllable shape")
struct VietnameseSyllableShapeTests {
    @Test(
        "Real syllables have a valid shape",
        arguments: [
            "a", "ở", "ý", "gì", "gìn", "giếng", "quyết", "quỳnh", "quốc", "khuỷu", "khuya", "nghiêng",
            "Trường", "NGUYỄN", "Việt", "hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "thuở", "boong", "soóc",
            "kỳ", "đạt", "chiều", "yêu", "toán", "ngoài", "khuấy", "người", "rượu", "giữ", "chưn",
        ])
    func realSyllablesAreValid(_ word: String) {
        #expect(LegacyVietnamese.SyllableShape.isValid(word))
    }

    @Test(
        "Non-syllables are rejected",
        arguments: [
            "", "Café", "Müller", "street", "Hello", "ká", "ge", "cé", "ngi", "bớnh", "mãt", "hàc",
            "ViỆt", "Việtt", "tiếngg", "aỏt", "Cafộ", "quu", "x1",
            // Tone marks on a vowel where no spelling convention puts them.
            "xaù", "muá", "tòan", "ngừơi", "chìeu",
        ])
    func nonSyllablesAreInvalid(_ word: String) {
        #expect(!LegacyVietnamese.SyllableShape.isValid(word))
    }
}
