import NTMCore
import Testing

@Suite("Forerunners: which units stood for a later one on an earlier day")
struct ForerunnersTests {
    /// Three provinces until 30/06/2025; from 01/07/2025 the third (same code) is formed from all three.
    func units() throws -> UnitHierarchy {
        let end = LocalDate(iso: "2025-06-30")!, start = LocalDate(iso: "2025-07-01")!
        let reform = LineageKind.mergedInto
        return try UnitHierarchy(
            units: [
                AdministrativeUnit(code: "1", name: "Tỉnh Một", kind: .province, validity: Validity(until: end)),
                AdministrativeUnit(code: "2", name: "Tỉnh Hai", kind: .province, validity: Validity(until: end)),
                AdministrativeUnit(code: "3", name: "Tỉnh Ba", kind: .province, validity: Validity(until: end)),
                AdministrativeUnit(code: "3", name: "Tỉnh Ba mới", kind: .province, validity: Validity(from: start)),
                AdministrativeUnit(code: "9", name: "Tỉnh Khác", kind: .province),
            ],
            lineage: [
                LineageEvent(date: start, kind: reform, from: "1", to: "3"), LineageEvent(date: start, kind: reform, from: "2", to: "3"),
                LineageEvent(date: start, kind: reform, from: "3", to: "3"),
            ])
    }

    @Test("before the merger the new province stands for all three old ones; after it, for itself")
    func acrossTheMerger() throws {
        let units = try units()
        #expect(units.forerunners(of: "3", on: LocalDate(iso: "2019-12-31")!) == ["1", "2", "3"])
        #expect(units.forerunners(of: "3", on: LocalDate(iso: "2026-06-30")!) == ["3"])
        #expect(units.forerunners(of: "1", on: LocalDate(iso: "2019-12-31")!) == ["1"])
        #expect(units.forerunners(of: "1", on: LocalDate(iso: "2026-06-30")!) == [])
        #expect(units.forerunners(of: "9", on: LocalDate(iso: "2019-12-31")!) == ["9"], "a unit untouched by the reform")
    }
}
