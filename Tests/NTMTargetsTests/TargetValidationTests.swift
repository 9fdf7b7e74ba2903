import NTMCore
import NTMData
import NTMTargets
import Testing

/// Bad targets are refused with the field named; a file's problems carry its name and line.
@Suite("Target validation")
struct TargetValidationTests {
    static let day = LocalDate(year: 2019, month: 7, day: 24) ?? LocalDate(year: 2019, month: 1, day: 1)!

    func target(scope: EvaluationScope = .unit("844"), measure: Measure = .shareAtStandard(FixedDecimal(70)), deadline: LocalDate = day)
        -> Target
    {
        Target(
            id: "t1", title: LocalizedText(vi: "Mục tiêu"), scope: scope, measure: measure, deadline: deadline,
            source: TargetSource(document: "Kết luận", date: Self.day), owner: .office)
    }

    @Test(
        "unknown unit, deadline before start, 140%, a district measure on a commune: each names its field",
        arguments: [
            (EvaluationScope.unit("99999"), Measure.shareAtStandard(FixedDecimal(70)), 0, "scope"),
            (EvaluationScope.unit("844"), Measure.shareAtStandard(FixedDecimal(70)), -1, "deadline"),
            (EvaluationScope.unit("844"), Measure.shareAtStandard(FixedDecimal(140)), 0, "measure"),
            (EvaluationScope.unit("29305"), Measure.districtCriteriaAtLeast(6), 0, "measure"),
            (EvaluationScope.unit("844"), Measure.districtCriteriaAtLeast(10), 0, "measure"),
        ])
    func fieldNamed(scope: EvaluationScope, measure: Measure, shift: Int, field: String) throws {
        let engine = try BundledData.demoEngine()
        let problems = target(scope: scope, measure: measure, deadline: Self.day.adding(days: shift)).problems(engine: engine)
        #expect(problems.map(\.field) == [field])
    }

    @Test("a sound target has no problem")
    func sound() throws {
        #expect(target().problems(engine: try BundledData.demoEngine()).isEmpty)
    }

    @Test("a file's unknown measure and unknown unit are reported with file and line, nothing loaded")
    func fileErrors() throws {
        let engine = try BundledData.demoEngine()
        let text = """
            targets:
              - id: a
                title: Mục tiêu A
                scope: "844"
                measure: {kind: share-of-everything, value: 70}
                deadline: 2019-10-15
                source: {document: Kết luận, date: 2019-07-24}
                owner: office
              - id: b
                title: Mục tiêu B
                scope: "99999"
                measure: {kind: communes-at-standard, value: 3}
                deadline: 2019-10-15
                source: {document: Kết luận, date: 2019-07-24}
                owner: office
            """
        let error = try #require(throws: DataFileErrors.self) { try TargetsLoader.load(text, file: "muc-tieu.yaml", engine: engine) }
        #expect(error.errors.map(\.line) == [5, 11], "the measure's line, then the scope's")
        #expect(error.errors.first?.localized.vi.contains("loại chỉ tiêu 'share-of-everything' không có") == true)
        #expect(error.errors.last?.localized.vi == "mục tiêu 'b', scope: không có đơn vị mã 99999 vào ngày 24/07/2019")
    }
}
