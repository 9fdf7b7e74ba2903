import NTMCore
import NTMData
import NTMTargets
import Testing

/// The goals of the 24/07/2019 briefing against the demo, with oracles from the briefing itself and from the demo
/// data read by hand (Càng Long: 7 of its 13 xã at 19/19 on 30/06/2019).
@Suite("Demo targets")
struct DemoTargetsTests {
    static let june = LocalDate(year: 2019, month: 6, day: 30) ?? LocalDate(year: 2019, month: 1, day: 1)!
    static let yearEnd = LocalDate(year: 2019, month: 12, day: 31) ?? june

    func demo() throws -> (EvaluationEngine, [String: Target]) {
        let engine = try BundledData.demoEngine()
        let targets = try BundledData.demoTargets(engine: engine)
        return (engine, Dictionary(uniqueKeysWithValues: targets.map { ($0.id, $0) }))
    }

    @Test("the seven goals load, and the registered xã read 02/17 as the briefing said")
    func registeredShare() throws {
        let (engine, targets) = try demo()
        #expect(targets.count == 7)
        let registered = try #require(targets["dang-ky-2019-19-19"])
        let reading = registered.reading(on: Self.june, engine: engine)
        #expect(reading.communes == 17)
        #expect(reading.value == FixedDecimal("11.76"))  // 2/17
        #expect(reading.met == false)
    }

    @Test("Càng Long needs 3 more xã for 70% (10 of 13), Xã Đức Mỹ first: only TC11, 2,3 points, the labour department")
    func cangLongGap() throws {
        let (engine, targets) = try demo()
        let target = try #require(targets["cang-long-70-2019"])
        let reading = target.reading(on: Self.june, engine: engine)
        #expect(reading.value == FixedDecimal("53.85"))  // 7/13
        let gap = try #require(target.gap(on: Self.june, engine: engine))
        #expect(gap.needed == 3)
        #expect(gap.counted == .communes)
        let first = try #require(gap.candidates.first)
        #expect(first.code == "29305")
        #expect(first.missing.map(\.number) == [11])
        #expect(first.missing.first?.department?.vi == "Sở Lao động - Thương binh và Xã hội")
        // 243/2927 = 8,302% against ≤ 6%: 2,302 points to go.
        #expect(first.missing.first?.indicators.first?.gap?.toMeet == FixedDecimal("2.302"))
        #expect(gap.candidates.count == 6, "the 13 xã less the 7 at the standard")
        #expect(gap.candidates.map(\.criteriaMet) == gap.candidates.map(\.criteriaMet).sorted(by: >), "those lacking least come first")
    }

    @Test("statuses: met, missed at the deadline, final after it; the first day keeps pace")
    func statuses() throws {
        let (engine, targets) = try demo()
        let cauKe = try #require(targets["cau-ke-xa-2019"])
        #expect(cauKe.status(on: Self.june, engine: engine) == .onTrack)
        #expect(cauKe.status(on: Self.yearEnd, engine: engine) == .met)
        // Càng Long's three registered xã reach 19/19 by 30/09/2019: on 15/10 it stands at 10/13, 76,92%.
        let cangLong = try #require(targets["cang-long-70-2019"])
        #expect(cangLong.status(on: LocalDate(year: 2019, month: 10, day: 15) ?? Self.june, engine: engine) == .met)
        #expect(cangLong.status(on: Self.yearEnd, engine: engine) == .met)
        // Had the deadline been 31/08, the 7/13 of that day would have missed it, and 10/13 later changes nothing.
        var earlier = cangLong
        earlier.deadline = LocalDate(year: 2019, month: 8, day: 31) ?? Self.june
        #expect(earlier.status(on: earlier.deadline, engine: engine) == .missed)
        #expect(earlier.reading(on: Self.yearEnd, engine: engine).met == true)
        #expect(earlier.status(on: Self.yearEnd, engine: engine) == .missed)
        // Huyện Duyên Hải's registered xã ends 2019 at 15/19: the 17 registered xã miss 100%.
        let registered = try #require(targets["dang-ky-2019-19-19"])
        #expect(registered.status(on: Self.yearEnd, engine: engine) == .missed)
        // Before its start a goal is not judged yet, and says from when it will be.
        #expect(
            cauKe.status(on: LocalDate(year: 2019, month: 3, day: 31) ?? Self.june, engine: engine)
                == .notEnoughData(
                    LocalizedText(vi: "mục tiêu tính tiến độ từ 30/06/2019, chưa đến ngày đó", en: "the goal counts from 2019-06-30, not reached yet")
                ))
        let sixOfNine = try #require(targets["cang-long-huyen-6-2019"])
        #expect(sixOfNine.status(on: Self.june, engine: engine) == .met)
    }

    @Test("a day without any value is not enough data, and says so")
    func noData() throws {
        let (engine, targets) = try demo()
        var target = try #require(targets["cang-long-70-2019"])
        target.start = LocalDate(year: 2018, month: 1, day: 1)
        let early = LocalDate(year: 2018, month: 6, day: 1) ?? Self.june
        guard case .notEnoughData(let reason) = target.status(on: early, engine: engine) else {
            Issue.record("expected not enough data")
            return
        }
        #expect(reason.vi == "chưa có số liệu của xã nào đến ngày 01/06/2018")
    }

    @Test("every measure read on Càng Long on 30/06/2019, against the demo plan counted by hand")
    func everyMeasure() throws {
        let (engine, _) = try demo()
        // Càng Long's 13 xã: 7 at 19/19; Đại Phước 17 (TC9, TC17), Nhị Long Phú 16 (TC7, TC8, TC10), Đức Mỹ 18
        // (TC11), Huyền Hội 16 (TC7, TC10, TC13), Bình Phú 15 (TC1, TC12, TC16, TC18), Nhị Long 16 (TC7, TC8, TC19).
        func reading(_ measure: Measure) -> TargetReading {
            Target(
                id: "t", title: LocalizedText(vi: "thử"), scope: .unit("844"), measure: measure, deadline: Self.yearEnd,
                source: TargetSource(document: "thử", date: Self.june), owner: .office
            ).reading(on: Self.june, engine: engine)
        }
        func figures(_ reading: TargetReading) -> [String] { [reading.value.plain, reading.goal.plain, "\(reading.met)"] }
        #expect(figures(reading(.communesAtStandard(10))) == ["7", "10", "false"])
        #expect(figures(reading(.communesAtStandard(7))) == ["7", "7", "true"])
        // ≥ 16 criteria: all but Bình Phú.
        #expect(figures(reading(.everyCommuneAtLeast(criteria: 16))) == ["12", "13", "false"])
        #expect(figures(reading(.everyCommuneAtLeast(criteria: 15))) == ["13", "13", "true"])
        // TC11 is missed by Đức Mỹ alone; TC7 by three.
        #expect(figures(reading(.criterionMetEverywhere(11))) == ["12", "13", "false"])
        #expect(figures(reading(.criterionMetEverywhere(7))) == ["10", "13", "false"])
        #expect(figures(reading(.criterionMetEverywhere(3))) == ["13", "13", "true"])
        // (7 × 19 + 17 + 16 + 18 + 16 + 15 + 16) / 13 = 231 / 13 = 17,77.
        let average = reading(.averageCriteria(FixedDecimal(17)))
        #expect(average.value.rounded(decimals: 2).plain == "17.77")
        #expect(average.met)
        #expect(!reading(.averageCriteria(FixedDecimal(18))).met)
        // The district itself: 6 of its 9 criteria (1, 5 and 8 missing).
        #expect(figures(reading(.districtCriteriaAtLeast(6))) == ["6", "6", "true"])
        #expect(figures(reading(.districtAtStandard)) == ["6", "9", "false"])
    }
}
