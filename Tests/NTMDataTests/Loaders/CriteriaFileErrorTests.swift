import Foundation
import NTMCore
import NTMData
import Testing

/// Broken criteria files must be refused with `file:line: message`, one test per kind of mistake.
@Suite("Criteria file errors")
struct CriteriaFileErrorTests {
    /// A valid minimal set; each test breaks one line of it.
    static let valid = """
        id: tiny
        title: {vi: "Bộ nhỏ"}
        level: commune
        legal-basis: {decision: "1/QĐ-TEST", signed: 2016-10-17}
        validity: {from: 2016-12-01}
        thresholds-by: region
        sources:
          - {id: S1, title: "Nguồn"}
        criteria:
          - number: 1
            name: {vi: "Quy hoạch"}
            indicators:
              - code: "1.1"
                name: {vi: "Có quy hoạch"}
                kind: pass-fail
                thresholds:
                  - {scope: all, value: Đạt, source: S1}
              - code: "1.2"
                name: {vi: "Tỷ lệ"}
                kind: percentage
                comparator: ">="
                thresholds:
                  - {scope: DBSCL, value: 80, source: S1}
        """

    func errors(_ text: String, file: String = "tiny.yaml") -> [String] {
        do {
            _ = try CriteriaSetLoader.load(text, file: file)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    func replacing(_ old: String, with new: String) -> String {
        precondition(Self.valid.contains(old), "fixture does not contain \(old)")
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test("the valid fixture loads")
    func validLoads() throws {
        let set = try CriteriaSetLoader.load(Self.valid, file: "tiny.yaml")
        #expect(set.allIndicators.map(\.code) == ["1.1", "1.2"])
    }

    @Test("an unknown region names the line")
    func unknownRegion() {
        #expect(
            errors(replacing("scope: DBSCL", with: "scope: MEKONG"))
                == ["tiny.yaml:23: unknown region or group 'MEKONG' (expected all, a region code such as DBSCL, or G1/G2/G3)"])
    }

    @Test("a duplicate indicator code names the second occurrence")
    func duplicateCode() {
        #expect(errors(replacing("code: \"1.2\"", with: "code: \"1.1\"")) == ["tiny.yaml:18: indicator code 1.1 appears more than once"])
    }

    @Test("a threshold of the wrong kind names the threshold's line")
    func wrongKind() {
        #expect(
            errors(replacing("{scope: DBSCL, value: 80, source: S1}", with: "{scope: DBSCL, value: Đạt, source: S1}"))
                == ["tiny.yaml:23: indicator 1.2 is percentage; its threshold must be a number, not 'Đạt'"])
    }

    @Test("a missing comparator names the indicator")
    func missingComparator() {
        #expect(
            errors(replacing("        comparator: \">=\"\n", with: ""))
                == ["tiny.yaml:18: indicator 1.2 is a percentage indicator but has no comparator (>=, <= or =)"])
    }

    @Test("a percentage threshold above 100 is refused")
    func percentageAboveHundred() {
        #expect(
            errors(replacing("value: 80", with: "value: 180"))
                == ["tiny.yaml:23: threshold 180 of 1.2 is a percentage outside 0–100"])
    }

    @Test("a threshold citing an unlisted source is refused")
    func unknownSource() {
        #expect(
            errors(replacing("{scope: DBSCL, value: 80, source: S1}", with: "{scope: DBSCL, value: 80, source: S9}"))
                == ["tiny.yaml:23: threshold of 1.2 cites source 'S9', which the file does not list"])
    }

    @Test("an unknown key (a typo) is refused at its line")
    func unknownKey() {
        let messages = errors(replacing("kind: pass-fail", with: "knd: pass-fail"))
        #expect(messages.first?.hasPrefix("tiny.yaml:15: unknown key 'knd'") == true)
    }

    @Test("an invalid date and a YAML syntax error are located")
    func badDateAndSyntax() {
        #expect(
            errors(replacing("signed: 2016-10-17", with: "signed: 2016-02-30"))
                == ["tiny.yaml:4: expected a date YYYY-MM-DD, found '2016-02-30'"])
        let syntax = errors(replacing("name: {vi: \"Quy hoạch\"}", with: "name: {vi: \"Quy hoạch\""))
        #expect(syntax.count == 1)
        #expect(syntax.first?.hasPrefix("tiny.yaml:") == true)
        #expect(syntax.first?.contains("not valid YAML") == true)
    }

    @Test("several mistakes are all reported in one run")
    func reportsAll() {
        let text = replacing("scope: DBSCL", with: "scope: MEKONG").replacingOccurrences(of: "kind: pass-fail", with: "kind: yes-no")
        #expect(errors(text).count == 2)
    }

    @Test("an overlay naming an unknown indicator is refused at that indicator's line")
    func overlayUnknownIndicator() throws {
        let base = try CriteriaSetLoader.load(Self.valid, file: "tiny.yaml")
        let overlay = """
            overlay: tinh
            title: {vi: "Tỉnh"}
            base: tiny
            province: "84"
            sources: [{id: P1, title: "QĐ tỉnh"}]
            indicators:
              - code: "1.2"
                thresholds: [{scope: all, value: 85, source: P1}]
              - code: "9.9"
                thresholds: [{scope: all, value: Đạt, source: P1}]
            """
        do {
            _ = try OverlayLoader.load(overlay, file: "tinh.yaml", base: base)
            Issue.record("the overlay was accepted")
        } catch {
            #expect(error.errors.map(\.description) == ["tinh.yaml:9: overlay names indicator 9.9, which set tiny does not have"])
        }
    }

    @Test("an overlay threshold of the wrong kind is refused at its line")
    func overlayWrongKind() throws {
        let base = try CriteriaSetLoader.load(Self.valid, file: "tiny.yaml")
        let overlay = """
            overlay: tinh
            title: {vi: "Tỉnh"}
            base: tiny
            province: "84"
            sources: [{id: P1, title: "QĐ tỉnh"}]
            indicators:
              - code: "1.1"
                thresholds:
                  - {scope: all, value: 90, source: P1}
            """
        do {
            _ = try OverlayLoader.load(overlay, file: "tinh.yaml", base: base)
            Issue.record("the overlay was accepted")
        } catch {
            #expect(error.errors.map(\.description) == ["tinh.yaml:9: indicator 1.1 is pass-fail; its threshold must be 'Đạt', not 90"])
        }
    }
}
