import Foundation
import Testing

@testable import NTMExchange

@Suite("Legacy Vietnamese letter round trips")
struct LegacyVietnameseRoundTripTests {
    @Test func theAlphabetHas134PrecomposedLetters() {
        #expect(VietnameseAlphabet.lowercase.count == 67)
        #expect(VietnameseAlphabet.uppercase.count == 67)
        #expect(Set(VietnameseAlphabet.all).count == 134)
    }

    @Test("Every letter survives a VNI round trip", arguments: VietnameseAlphabet.all)
    func vniRoundTripsEveryLetter(_ letter: String) {
        let legacy = LegacyTestEncoder.vni(letter)
        #expect(legacy != letter || ["í", "ì", "Í", "Ì"].contains(letter))
        #expect(isExactlyNFC(LegacyVietnamese.convert(legacy, from: .vni), letter))
    }

    @Test("Every lowercase letter survives a TCVN3 round trip", arguments: VietnameseAlphabet.lowercase)
    func tcvn3RoundTripsEveryLowercaseLetter(_ letter: String) {
        let legacy = LegacyTestEncoder.tcvn3(letter)
        #expect(legacy.unicodeScalars.count == 1)
        #expect(isExactlyNFC(LegacyVietnamese.convert(legacy, from: .tcvn3), letter))
    }

    @Test("Every uppercase letter survives a TCVN3 round trip through the capital font", arguments: VietnameseAlphabet.uppercase)
    func tcvn3CapitalFontRoundTripsEveryUppercaseLetter(_ letter: String) {
        let legacy = LegacyTestEncoder.tcvn3(letter)
        #expect(isExactlyNFC(LegacyVietnamese.convert(legacy, from: .tcvn3, capitalFont: true), letter))
    }

    @Test("Every uppercase letter inside an all-caps word survives a TCVN3 round trip", arguments: VietnameseAlphabet.uppercase)
    func tcvn3RoundTripsUppercaseLettersInAllCapsWords(_ letter: String) {
        for word in ["T" + letter + "M", letter + "NG"] {
            let legacy = LegacyTestEncoder.tcvn3(word)
            #expect(isExactlyNFC(LegacyVietnamese.convert(legacy, from: .tcvn3), word))
        }
    }

    @Test func wholeAlphabetStringsRoundTripInBothEncodings() {
        let lower = "d " + VietnameseAlphabet.lowercase.joined(separator: " ")
        let upper = "D " + VietnameseAlphabet.uppercase.joined(separator: " ")
        #expect(isExactlyNFC(LegacyVietnamese.convert(LegacyTestEncoder.tcvn3(lower), from: .tcvn3), lower))
        // Lone capital toned vowels carry no case in TCVN3 plain text; the capital font gives it.
        #expect(isExactlyNFC(LegacyVietnamese.convert(LegacyTestEncoder.tcvn3(upper), from: .tcvn3, capitalFont: true), upper))
        #expect(isExactlyNFC(LegacyVietnamese.convert(LegacyTestEncoder.vni(lower), from: .vni), lower))
        #expect(isExactlyNFC(LegacyVietnamese.convert(LegacyTestEncoder.vni(upper), from: .vni), upper))
    }
}
