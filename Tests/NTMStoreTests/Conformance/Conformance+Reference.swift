import Foundation
import NTMCore
import NTMData
import NTMStore
import Testing

extension Conformance {
    static let reference: [ConformanceCase] = [
        ConformanceCase(name: "units keep their versions, lineage and commune groups") { store in
            var versions = try BundledData.units().allVersions
            versions.append(AdministrativeUnit(code: "99", name: "Tỉnh Thử", kind: .province, region: .tn))
            versions.append(AdministrativeUnit(code: "9901", name: "Xã Thử", kind: .commune, parent: "99"))
            let units = try UnitHierarchy(
                units: versions, lineage: try BundledData.units().lineage,
                communeGroups: [CommuneGroupAssignment(unit: "9901", group: .g2, effectiveFrom: LocalDate(iso: "2026-02-15")!)])
            try await store.replaceUnits(units, by: "office", note: "test")
            let loaded = try await store.loadUnits()
            let mid2019 = LocalDate(iso: "2019-06-30")!
            #expect(loaded.allVersions.count == units.allVersions.count)
            #expect(loaded.communes(under: "84", on: mid2019).count == 85)
            #expect(loaded.unit("29242", on: LocalDate(iso: "2025-08-01")!)?.name == "Phường Trà Vinh")
            #expect(loaded.successors(of: "29251", after: mid2019) == ["29242"])
            #expect(loaded.communeGroup(of: "9901", on: LocalDate(iso: "2026-03-01")!) == .g2)
            #expect(try await store.audit(AuditFilter(action: "replace-units")).count == 1)
        },
        ConformanceCase(name: "criteria documents are versioned and an unchanged file adds no version") { store in
            let first = try await store.saveDocument(NewCriteriaDocument(name: "bands", kind: .bands, content: "schemes: []\n"), by: "office")
            let same = try await store.saveDocument(NewCriteriaDocument(name: "bands", kind: .bands, content: "schemes: []\n"), by: "office")
            let second = try await store.saveDocument(NewCriteriaDocument(name: "bands", kind: .bands, content: "schemes: [] # v2\n"), by: "office")
            #expect(first.version == 1)
            #expect(same.version == 1)
            #expect(second.version == 2)
            #expect(try await store.documents().map(\.version) == [2])
            #expect(try await store.documentVersions("bands").map(\.content) == ["schemes: []\n", "schemes: [] # v2\n"])
        },
        ConformanceCase(name: "a document saved on a stale version is refused and nothing is stored") { store in
            _ = try await store.saveDocument(NewCriteriaDocument(name: "bands", kind: .bands, content: "schemes: []\n", basedOn: 0), by: "a")
            _ = try await store.saveDocument(NewCriteriaDocument(name: "bands", kind: .bands, content: "schemes: [] # a\n", basedOn: 1), by: "a")
            await #expect(throws: StoreError.documentChanged("bands", expected: 1, current: 2)) {
                try await store.saveDocument(NewCriteriaDocument(name: "bands", kind: .bands, content: "schemes: [] # b\n", basedOn: 1), by: "b")
            }
            await #expect(throws: StoreError.documentChanged("new", expected: 3, current: 0)) {
                try await store.saveDocument(NewCriteriaDocument(name: "new", kind: .bands, content: "schemes: []\n", basedOn: 3), by: "b")
            }
            #expect(try await store.documentVersions("bands").map(\.loadedBy) == ["a", "a"])
            #expect(try await store.documentVersions("new").isEmpty)
        },
        ConformanceCase(name: "registrations are appended; the latest one is in force") { store in
            try await store.addRegistrations([Registration(unit: "29521", targetYear: 2019, source: "KH 2019")], by: "office")
            try await store.addRegistrations(
                [Registration(unit: "29521", targetYear: 2020, registeredOn: LocalDate(iso: "2019-08-01"))], by: "office")
            let book = RegistrationBook(try await store.registrations())
            #expect(book.targetYear(of: "29521", on: LocalDate(iso: "2019-06-30")!) == 2019)
            #expect(book.targetYear(of: "29521", on: LocalDate(iso: "2019-09-01")!) == 2020)
        },
    ]
}
