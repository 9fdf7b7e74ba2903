import NTMCore
import Testing

@Suite("Criteria set validation")
struct CriteriaSetValidationTests {
    @Test("the fixture set is sound")
    func fixtureIsSound() {
        #expect(Fixtures.criteriaSet().validationIssues().isEmpty)
    }

    @Test("each broken rule is reported at its place")
    func reportsEachRule() {
        var set = Fixtures.criteriaSet()
        set.criteria[0].indicators.append(Indicator(code: "1.1", name: nil, kind: .passFail))
        set.criteria[1].indicators[0].comparator = nil
        set.criteria[1].indicators[1].thresholds.append(Fixtures.threshold(.met, .region(.tn)))
        set.criteria[2].indicators[1].thresholds = [Fixtures.threshold(.number(FixedDecimal(1)))]
        set.criteria[2].indicators[0].thresholds.append(Fixtures.threshold(.number(FixedDecimal(40)), .region(.tn)))
        let messages = set.validationIssues().map(\.message)
        #expect(messages.contains("indicator code 1.1 appears more than once"))
        #expect(messages.contains("indicator 2.1 is a percentage indicator but has no comparator (>=, <= or =)"))
        #expect(messages.contains("indicator 2.2 is percentage; its threshold must be a number, not 'Đạt'"))
        #expect(messages.contains("indicator 3.2 is must-be-none; its threshold must be 'Không', not 1"))
        #expect(messages.contains("indicator 3.1 depends on the year; its threshold needs a year"))
    }

    @Test("a set reports every threshold cell it leaves unset")
    func reportsMissing() {
        let missing = Fixtures.criteriaSet().missingItems()
        // 2.2 has only ĐBSCL: six regions missing. 3.1 has only ĐBSCL 2019, and needs a level for every year the set
        // is in force (2016 to 07/03/2022): 7 regions × 7 years − 1 cells missing.
        #expect(missing.filter { $0.indicator == "2.2" }.count == 6)
        #expect(missing.filter { $0.indicator == "3.1" }.count == 48)
        #expect(missing.filter { $0.indicator == "1.1" }.isEmpty)
    }
}
