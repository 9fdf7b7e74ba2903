import NTMCore
import Testing

@Suite("Briefing text")
struct BriefingTextTests {
    func summary() throws -> ScopeSummary {
        let observations =
            Fixtures.allMet("100") + [
                Fixtures.observation("101", "1.1", .passFail(true)),
                Fixtures.observation("110", "1.1", .passFail(false)),
            ]
        return try Fixtures.engine(observations: observations).summary(of: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
    }

    @Test("the headline reads like the province's report, with two-digit counts")
    func vietnameseHeadline() throws {
        #expect(
            BriefingText.headline(try summary(), language: .vi)
                == "Kết quả đến nay, có 01/03 xã đạt 4/4 tiêu chí; 00 xã đạt từ 2-3 tiêu chí và 02 xã đạt dưới 2 tiêu chí.")
    }

    @Test("the English headline")
    func englishHeadline() throws {
        #expect(
            BriefingText.headline(try summary(), language: .en)
                == "So far, 1/3 communes meet 4/4 criteria; 0 meet 2–3 criteria and 2 meet fewer than 2 criteria.")
    }

    @Test("alerts name the communes below the alert line")
    func alerts() throws {
        let lines = BriefingText.alerts(try summary(), language: .vi)
        #expect(lines == ["Cảnh báo: 01 xã đạt dưới 1 tiêu chí: Xã Chánh (Huyện B, 0 tiêu chí)."])
    }
}
