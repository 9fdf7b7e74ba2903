import NTMCore
import Testing

@Suite("Threshold editor: typed values, edits into an overlay, and the diff between versions")
struct ThresholdEditTests {
    @Test(
        "a threshold is read as an officer types it for the indicator's kind",
        arguments: [
            ("80%", IndicatorKind.percentage, ThresholdValue.number(FixedDecimal(80))),
            ("45,5", .percentage, .number(FixedDecimal(scaled: 455_000))),
            ("1.250,5", .amount, .number(FixedDecimal(scaled: 12_505_000))),
            ("Đạt", .passFail, .met),
            ("Không", .mustBeNone, .none),
            ("0", .mustBeNone, .none),
            ("3", .count, .number(FixedDecimal(3))),
        ])
    func parsesTypedThresholds(typed: String, kind: IndicatorKind, expected: ThresholdValue) throws {
        #expect(try ThresholdValue.parse(typed, kind: kind) == expected)
    }

    @Test("a value of the wrong kind is refused with what to write")
    func refusesWrongKind() {
        #expect(throws: ThresholdInputProblem.notMet(typed: "70")) { try ThresholdValue.parse("70", kind: .passFail) }
        #expect(throws: ThresholdInputProblem.notNone(typed: "Đạt")) { try ThresholdValue.parse("Đạt", kind: .mustBeNone) }
        #expect(throws: ThresholdInputProblem.number(.ambiguousSeparator, typed: "1.250")) { try ThresholdValue.parse("1.250", kind: .amount) }
        #expect(
            ThresholdInputProblem.notMet(typed: "70").text(.vi) == "chỉ tiêu Đạt/Không đạt chỉ có ngưỡng 'Đạt', không phải '70'")
    }

    func overlay() -> CriteriaOverlay {
        CriteriaOverlay(
            id: "tinh-thu", title: LocalizedText(vi: "Tỉnh thử"), base: Fixtures.set, province: "1",
            sources: [SourceReference(id: "P1", title: "QĐ tỉnh")],
            indicators: [
                IndicatorPatch(
                    code: "3.1",
                    thresholds: [
                        Threshold(value: .number(FixedDecimal(40)), year: 2018, source: "P1", origin: .overlay("tinh-thu"), position: 0),
                        Threshold(value: .number(FixedDecimal(41)), year: 2019, source: "P1", origin: .overlay("tinh-thu"), position: 1),
                    ])
            ])
    }

    @Test("an edit replaces the overlay's own cell, keeps the others, and cites its source once")
    func editReplacesCell() {
        let source = SourceReference(id: "ED2", title: "QĐ sửa đổi")
        let edits = [
            IndicatorEdit(indicator: "3.1", cells: [.init(scope: .all, year: 2018, value: .number(FixedDecimal(42)), illustrative: true)]),
            IndicatorEdit(indicator: "2.2", cells: [.init(scope: .all, year: nil, value: .number(FixedDecimal(90)), illustrative: false)]),
        ]
        let edited = overlay().applying(edits, source: source)
        #expect(edited.sources.map(\.id) == ["P1", "ED2"])
        let income = edited.indicators.first { $0.code == "3.1" }?.thresholds ?? []
        #expect(income.map(\.year) == [2019, 2018])
        #expect(income.map(\.value) == [.number(FixedDecimal(41)), .number(FixedDecimal(42))])
        #expect(income.map(\.source) == ["P1", "ED2"])
        #expect(income.map(\.position) == [0, 1])
        #expect(income.map(\.illustrative) == [false, true])
        #expect(edited.indicators.map(\.code) == ["3.1", "2.2"])
        #expect(edited.applying(edits, source: source).sources.count == 2, "a second save cites the same source once")
    }

    @Test("the diff names each changed cell, department and indicator once, with sources")
    func diffListsChanges() throws {
        let old = try Fixtures.criteriaSet().applying(overlay())
        var changed = overlay().applying(
            [IndicatorEdit(indicator: "3.1", cells: [.init(scope: .all, year: 2019, value: .number(FixedDecimal(43)), illustrative: false)])],
            source: SourceReference(id: "ED2", title: "QĐ sửa đổi"))
        changed.departments = [Department(code: "SYT", name: LocalizedText(vi: "Sở Y tế", en: "Health"))]
        changed.responsible = [2: DepartmentAssignment(department: "SYT")]
        let new = try Fixtures.criteriaSet().applying(changed)
        #expect(
            new.changes(since: old).map { $0.text(.vi) } == [
                "+ Tiêu chí 2: sở phụ trách: Sở Y tế",
                "~ Chỉ tiêu 3.1 2019: ngưỡng: 41 (QĐ tỉnh) → 43 (QĐ sửa đổi)",
            ])
        #expect(old.changes(since: old).isEmpty)
    }
}
