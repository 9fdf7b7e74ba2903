import NTMCore
import Testing

/// Importing a unit list into a store's units: the diff and the resulting history, on the test province.
@Suite("Unit import plan")
struct UnitImportPlanTests {
    static let day: LocalDate = "2020-01-01"

    /// The test province as a list of 01/01/2020 would state it, with `changes` applied by code.
    static func list(
        replacing changes: [UnitCode: StatedUnit] = [:], dropping dropped: Set<UnitCode> = [], adding extra: [StatedUnit] = []
    ) throws -> [StatedUnit] {
        let units = try Fixtures.units()
        var stated: [StatedUnit] = []
        for (line, code) in (["1", "10", "11", "100", "101", "102", "110", "111"] as [UnitCode]).enumerated() {
            if dropped.contains(code) { continue }
            if let change = changes[code] {
                stated.append(change)
                continue
            }
            let unit = try #require(units.unit(code, on: day))
            stated.append(StatedUnit(code: code, name: unit.name, kind: unit.kind, parent: unit.parent, line: line + 2))
        }
        return stated + extra
    }

    @Test("a renamed xã, a xã left out and a new one: changed and added from the day, ended the day before")
    func snapshot() throws {
        let current = try Fixtures.units()
        let stated = try Self.list(
            replacing: ["100": StatedUnit(code: "100", name: "Xã An Mới", kind: .commune, parent: "10", line: 5)], dropping: ["101"],
            adding: [StatedUnit(code: "103", name: "Xã Đông", kind: .commune, parent: "10", line: 10)])
        let plan = try UnitImportPlan.snapshot(stated, on: Self.day, current: current)
        #expect(
            plan.changes.map { $0.text(.vi) } == [
                "~ 100 Xã An (xã, thuộc 10) → Xã An Mới (xã, thuộc 10) từ 01/01/2020",
                "+ 103 Xã Đông (xã, thuộc 10) từ 01/01/2020",
                "− 101 Xã Bình (xã, thuộc 10) đến hết 31/12/2019",
            ])
        let result = plan.result
        #expect(result.unit("100", on: "2019-12-31")?.name == "Xã An")
        #expect(result.unit("100", on: Self.day)?.name == "Xã An Mới")
        #expect(result.unit("101", on: "2019-12-31")?.name == "Xã Bình")
        #expect(result.unit("101", on: Self.day) == nil)
        #expect(result.communes(under: "1", on: Self.day).map(\.code).sorted() == ["100", "103", "110"])
    }

    @Test("the same list again changes nothing")
    func unchanged() throws {
        let plan = try UnitImportPlan.snapshot(try Self.list(), on: Self.day, current: try Fixtures.units())
        #expect(plan.changes.isEmpty)
    }

    @Test("a code listed twice, and a parent that does not exist, are refused with their line")
    func refusals() throws {
        let current = try Fixtures.units()
        let twice = try Self.list(adding: [StatedUnit(code: "100", name: "Xã An", kind: .commune, parent: "10", line: 12)])
        #expect(throws: UnitImportProblem(line: 12, message: LocalizedText(vi: "mã 100 đã có ở dòng 5", en: "code 100 already appears on line 5"))) {
            try UnitImportPlan.snapshot(twice, on: Self.day, current: current)
        }
        let orphan = try Self.list(adding: [StatedUnit(code: "104", name: "Xã Lạc", kind: .commune, parent: "19", line: 11)])
        do {
            _ = try UnitImportPlan.snapshot(orphan, on: Self.day, current: current)
            Issue.record("an unknown parent was accepted")
        } catch {
            #expect(error.line == nil)
            #expect(error.message.vi.contains("19"))
        }
    }

    @Test("versions in the project's format replace exactly the versions of the codes they name")
    func versions() throws {
        let current = try Fixtures.units()
        let renamed = [
            AdministrativeUnit(code: "110", name: "Xã Chánh", kind: .commune, parent: "11", validity: Validity(until: "2020-12-31")),
            AdministrativeUnit(code: "110", name: "Xã Chánh Hưng", kind: .commune, parent: "11", validity: Validity(from: "2021-01-01")),
        ]
        let plan = try UnitImportPlan.versions(renamed, current: current)
        #expect(plan.changes.map(\.kind) == [.changed])
        #expect(plan.result.unit("110", on: "2021-06-30")?.name == "Xã Chánh Hưng")
        #expect(plan.result.unit("100", on: "2021-06-30")?.name == "Xã An", "other codes are kept")
    }
}
