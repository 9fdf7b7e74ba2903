import NTMCore
import NTMData
import NTMTasks
import Testing

@Suite("Department view")
struct DepartmentOverviewTests {
    static let date = LocalDate(year: 2019, month: 6, day: 30) ?? LocalDate(dayNumber: 0)

    @Test("the agriculture department's criteria, counts and unmet xã agree with every xã's explained evaluation")
    func agreesWithTheEngine() throws {
        let engine = try BundledData.demoEngine()
        let overview = try #require(try DepartmentOverview.build(department: "SNNPTNT", scope: "84", on: Self.date, engine: engine, tasks: []))
        // The Trà Vinh overlay assigns TC3 (irrigation) and TC13 (production) to the department.
        #expect(overview.criteria.map(\.number) == [3, 13])
        // The oracle: each xã of the province evaluated on its own, criterion by criterion.
        let communes = engine.units.communes(under: "84", on: Self.date).filter { $0.kind == .commune }
        let evaluations = try communes.map { try engine.evaluate($0.code, on: Self.date) }
        for line in overview.criteria {
            let results = evaluations.map { evaluation in (evaluation, evaluation.criteria.first { $0.number == line.number }) }
            #expect(line.communes == communes.count)
            #expect(line.communesMeeting == results.filter { $0.1?.status == .met }.count, "TC\(line.number) met")
            #expect(Set(line.unmet.map(\.code)) == Set(results.filter { $0.1?.status == .notMet }.map(\.0.unit)), "TC\(line.number) unmet")
            #expect(line.unmet.map(\.shortfall) == line.unmet.map(\.shortfall).sorted(), "nearest first")
            #expect(line.unmet.allSatisfy { !$0.failing.isEmpty })
        }
        #expect(overview.criteria.first { $0.number == 3 }?.communesMeeting == 85, "the summary says 85/85 meet TC3")
        #expect(overview.criteria.first { $0.number == 13 }?.communesMeeting == 71)
    }

    @Test("it lists the tasks the department leads that were given by the day, and no one else's")
    func tasks() throws {
        let engine = try BundledData.demoEngine()
        let given = LocalDate(year: 2019, month: 7, day: 24) ?? Self.date
        let own = DirectiveTask(id: "a", text: "TC13", lead: .department("SNNPTNT"), criteria: [13], assignedOn: given, deadline: .none)
        let other = DirectiveTask(id: "b", text: "TC15", lead: .department("SYT"), criteria: [15], assignedOn: given, deadline: .none)
        let before = try #require(
            try DepartmentOverview.build(department: "SNNPTNT", scope: "84", on: Self.date, engine: engine, tasks: [own, other]))
        #expect(before.tasks.isEmpty)
        let after = try #require(try DepartmentOverview.build(department: "SNNPTNT", scope: "84", on: given, engine: engine, tasks: [own, other]))
        #expect(after.tasks.map(\.id) == ["a"])
        #expect(try DepartmentOverview.build(department: "KHONGCO", scope: "84", on: Self.date, engine: engine, tasks: []) == nil)
    }

    @Test("a task concerns a criterion where it names the unit or one the unit lies in, or no unit at all")
    func concerns() {
        let day = Self.date
        let province = DirectiveTask(id: "p", text: "", lead: .office, units: ["84"], criteria: [15], assignedOn: day, deadline: .none)
        let commune = DirectiveTask(id: "c", text: "", lead: .office, units: ["29521"], criteria: [15], assignedOn: day, deadline: .none)
        let anywhere = DirectiveTask(id: "a", text: "", lead: .office, criteria: [15], assignedOn: day, deadline: .none)
        let ancestry: [UnitCode] = ["29521", "850", "84"]
        #expect(province.concerns(criterion: 15, in: ancestry))
        #expect(commune.concerns(criterion: 15, in: ancestry))
        #expect(anywhere.concerns(criterion: 15, in: ancestry))
        #expect(!commune.concerns(criterion: 15, in: ["29443", "848", "84"]))
        #expect(!province.concerns(criterion: 14, in: ancestry))
    }
}
