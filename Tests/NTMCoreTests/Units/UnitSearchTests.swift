import NTMCore
import Testing

@Suite("Finding a unit by name")
struct UnitSearchTests {
    /// Xã Long Đức became Phường Long Đức on 1/7/2025; Phường 2 merged into Phường 3 on 1/1/2025.
    func units() throws -> UnitHierarchy {
        try UnitHierarchy(
            units: [
                AdministrativeUnit(code: "84", name: "Tỉnh Trà Vinh", kind: .province, validity: Validity(until: "2025-06-30"), region: .dbscl),
                AdministrativeUnit(code: "842", name: "Thành phố Trà Vinh", kind: .city, parent: "84", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "844", name: "Huyện Càng Long", kind: .district, parent: "84", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "29305", name: "Xã Đức Mỹ", kind: .commune, parent: "844", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "29269", name: "Xã Mỹ Cẩm", kind: .commune, parent: "844", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "29245", name: "Phường 2", kind: .ward, parent: "842", validity: Validity(until: "2024-12-31")),
                AdministrativeUnit(code: "29263", name: "Xã Long Đức", kind: .commune, parent: "842", validity: Validity(until: "2025-06-30")),
                AdministrativeUnit(code: "86", name: "Tỉnh Vĩnh Long", kind: .province, validity: Validity(from: "2025-07-01"), region: .dbscl),
                AdministrativeUnit(code: "29263", name: "Phường Long Đức", kind: .ward, parent: "86", validity: Validity(from: "2025-07-01")),
            ],
            lineage: [])
    }

    @Test("words typed without marks find names with them, in any order and case")
    func withoutMarks() throws {
        let hits = UnitSearch.search("duc my", in: try units(), on: "2019-06-30")
        #expect(hits.map(\.unit.code) == ["29305"])
        // Where the first word typed starts decides the order: "my" begins Mỹ Cẩm's name earlier than Đức Mỹ's.
        #expect(UnitSearch.search("MỸ xã", in: try units(), on: "2019-06-30").map(\.unit.code) == ["29269", "29305"])
        #expect(UnitSearch.folded("  Xã  ĐỨC Mỹ ") == "xa duc my")
    }

    @Test("a name in force on the date is shown as it is then; a former one is found and marked")
    func formerNames() throws {
        let now = UnitSearch.search("long duc", in: try units(), on: "2026-12-01")
        #expect(now.map(\.unit.name) == ["Phường Long Đức"])
        #expect(now.first?.current == true)
        let gone = UnitSearch.search("phuong 2", in: try units(), on: "2026-12-01")
        #expect(gone.map(\.unit.code) == ["29245"])
        #expect(gone.first?.current == false)
    }

    @Test("a code or its first digits find the unit, the exact code first; an empty query finds nothing")
    func byCode() throws {
        #expect(UnitSearch.search("29269", in: try units(), on: "2019-06-30").first?.unit.name == "Xã Mỹ Cẩm")
        // The first digits of a code find every unit whose code starts with them, the exact code first.
        #expect(UnitSearch.search("2926", in: try units(), on: "2019-06-30").map(\.unit.code) == ["29263", "29269"])
        #expect(UnitSearch.search("29263", in: try units(), on: "2019-06-30").first?.unit.code == "29263")
        #expect(UnitSearch.search("   ", in: try units(), on: "2019-06-30").isEmpty)
    }
}
