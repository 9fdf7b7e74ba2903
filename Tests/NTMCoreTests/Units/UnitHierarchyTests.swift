import NTMCore
import Testing

@Suite("Unit hierarchy")
struct UnitHierarchyTests {
    /// Phường 3 of TP Trà Vinh; Phường 2 merges into it on 1/1/2025; on 1/7/2025 the code 29242 names the new
    /// Phường Trà Vinh directly under the new province 86.
    func merged() throws -> UnitHierarchy {
        try UnitHierarchy(
            units: [
                AdministrativeUnit(code: "84", name: "Tỉnh Trà Vinh", kind: .province, validity: Validity(until: "2025-06-30"), region: .dbscl),
                AdministrativeUnit(code: "86", name: "Tỉnh Vĩnh Long", kind: .province, validity: Validity(from: "2025-07-01"), region: .dbscl),
                AdministrativeUnit(code: "842", name: "Thành phố Trà Vinh", kind: .city, parent: "84", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "29242", name: "Phường 3", kind: .ward, parent: "842", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "29245", name: "Phường 2", kind: .ward, parent: "842", validity: Validity(until: "2024-12-31")),
                AdministrativeUnit(code: "29263", name: "Xã Long Đức", kind: .commune, parent: "842", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "29242", name: "Phường Trà Vinh", kind: .ward, parent: "86", validity: Validity(from: "2025-07-01")),
                AdministrativeUnit(code: "29263", name: "Phường Long Đức", kind: .ward, parent: "86", validity: Validity(from: "2025-07-01")),
            ],
            lineage: [
                LineageEvent(date: "2025-01-01", kind: .mergedInto, from: "29245", to: "29242"),
                LineageEvent(date: "2025-07-01", kind: .renamed, from: "29242", to: "29242"),
                LineageEvent(date: "2025-07-01", kind: .mergedInto, from: "84", to: "86"),
            ])
    }

    @Test("a merged unit is carried on by the unit it merged into; a unit still in force stands for itself")
    func carrier() throws {
        let units = try merged()
        #expect(units.carrier(of: "84", on: "2019-06-30") == "84")
        #expect(units.carrier(of: "84", on: "2026-12-01") == "86")
        #expect(units.carrier(of: "29245", on: "2025-03-01") == "29242")
        #expect(units.carrier(of: "86", on: "2019-06-30") == nil, "no carrier before a unit existed")
    }

    @Test("a code names different units before and after the 2025 reorganisation")
    func readsAsOfDate() throws {
        let units = try merged()
        #expect(units.unit("29242", on: "2019-06-30")?.name == "Phường 3")
        #expect(units.unit("29242", on: "2025-08-01")?.name == "Phường Trà Vinh")
        #expect(units.province(of: "29242", on: "2019-06-30")?.code == "84")
        #expect(units.province(of: "29242", on: "2025-08-01")?.code == "86")
        #expect(units.unit("29245", on: "2025-02-01") == nil)
    }

    @Test("only xã count as NTM communes: wards and townships stay in the tree")
    func countsOnlyCommunes() throws {
        let units = try Fixtures.units()
        #expect(units.descendants(of: "1", on: Fixtures.day).count == 7)
        #expect(units.communes(under: "1", on: Fixtures.day).map(\.code) == ["100", "101", "110"])
        #expect(try merged().communes(under: "86", on: "2025-08-01").isEmpty)
    }

    @Test("regions are inherited from the province and commune groups apply from their date")
    func inheritsRegionAndGroups() throws {
        let units = try UnitHierarchy(
            units: [
                AdministrativeUnit(code: "1", name: "P", kind: .province, region: .tn),
                AdministrativeUnit(code: "100", name: "Xã X", kind: .commune, parent: "1"),
            ],
            communeGroups: [CommuneGroupAssignment(unit: "100", group: .g3, effectiveFrom: "2026-02-15")])
        #expect(units.region(of: "100", on: "2019-01-01") == .tn)
        #expect(units.communeGroup(of: "100", on: "2026-01-01") == nil)
        #expect(units.communeGroup(of: "100", on: "2026-02-15") == .g3)
    }

    @Test("history follows merges to the unit that carries it on")
    func followsLineage() throws {
        #expect(try merged().successors(of: "29245", after: "2019-06-30") == ["29242"])
    }

    @Test("rejects overlapping versions, unknown parents and cycles")
    func rejectsInconsistentTrees() {
        #expect(throws: UnitHierarchyError.overlappingVersions("1")) {
            try UnitHierarchy(units: [
                AdministrativeUnit(code: "1", name: "A", kind: .province),
                AdministrativeUnit(code: "1", name: "B", kind: .province, validity: Validity(from: "2020-01-01")),
            ])
        }
        #expect(throws: UnitHierarchyError.unknownParent(unit: "2", parent: "9")) {
            try UnitHierarchy(units: [AdministrativeUnit(code: "2", name: "A", kind: .commune, parent: "9")])
        }
        do {
            _ = try UnitHierarchy(units: [
                AdministrativeUnit(code: "1", name: "A", kind: .district, parent: "2"),
                AdministrativeUnit(code: "2", name: "B", kind: .district, parent: "1"),
            ])
            Issue.record("a cycle was accepted")
        } catch {
            guard case .cycle = error else {
                Issue.record("expected a cycle error, got \(error)")
                return
            }
        }
    }
}
