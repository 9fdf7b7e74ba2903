import Foundation
import Testing

@testable import NTMCore

@Suite("Threshold origin in JSON")
struct ThresholdOriginJSONTests {
    @Test("an origin is a plain object with a kind and an id, and reads back")
    func stableShape() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let overlay = String(decoding: try encoder.encode(ThresholdOrigin.overlay("travinh-2016-2020")), as: UTF8.self)
        #expect(overlay == #"{"id":"travinh-2016-2020","kind":"overlay"}"#)
        let national = String(decoding: try encoder.encode(ThresholdOrigin.criteriaSet("commune-2016-2020")), as: UTF8.self)
        #expect(national == #"{"id":"commune-2016-2020","kind":"criteria-set"}"#)
        #expect(try JSONDecoder().decode(ThresholdOrigin.self, from: Data(overlay.utf8)) == .overlay("travinh-2016-2020"))
    }
}
