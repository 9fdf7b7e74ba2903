import NTMCore
import NTMData
import Testing

/// Access rules on the bundled Trà Vinh data: department rights come from the province's assignment in the
/// criteria set in force at the value's date, and a unit account's scope is a unit version, not a bare code.
@Suite("Access policy")
struct AccessPolicyTests {
    static let mid2019 = LocalDate(year: 2019, month: 6, day: 30)!
    static let after2025 = LocalDate(year: 2025, month: 8, day: 1)!

    static func policy() throws -> AccessPolicy {
        AccessPolicy(directory: OrganisationDirectory(units: try BundledData.units(), catalog: try BundledData.catalog()))
    }

    static func slot(_ unit: UnitCode, _ set: CriteriaSetID, _ indicator: IndicatorCode, _ date: LocalDate) -> ObservationSlot {
        ObservationSlot(unit: unit, criteriaSet: set, indicator: indicator, date: date)
    }

    @Test("a department verifies exactly the criteria the overlay assigns it, in the set in force on the value's date")
    func departmentFollowsTheOverlay() throws {
        let policy = try Self.policy()
        let agriculture = Account(username: "so-nnptnt", displayName: "Sở NN", role: .department, organisation: .department("SNNPTNT"))
        let health = Account(username: "so-yte", displayName: "Sở Y tế", role: .department, organisation: .department("SYT"))
        // Trà Vinh's 2016–2020 overlay: criteria 3 and 13 to agriculture, 15 to health.
        #expect(policy.canReview(agriculture, action: .verify, slot: Self.slot("29305", "commune-2016-2020", "3.1", Self.mid2019)))
        #expect(policy.canReview(agriculture, action: .verify, slot: Self.slot("29305", "commune-2016-2020", "13.2", Self.mid2019)))
        #expect(!policy.canReview(agriculture, action: .verify, slot: Self.slot("29305", "commune-2016-2020", "11", Self.mid2019)))
        #expect(policy.canReview(health, action: .sendBack(comment: "thiếu"), slot: Self.slot("29305", "commune-2016-2020", "15.1", Self.mid2019)))
        #expect(!policy.canReview(health, action: .approve, slot: Self.slot("29305", "commune-2016-2020", "15.1", Self.mid2019)))
        // The 2021–2025 set has no Trà Vinh overlay, so no department answers for criterion 3 there: no right to verify.
        let in2023 = LocalDate(year: 2023, month: 6, day: 30)!
        #expect(!policy.canReview(agriculture, action: .verify, slot: Self.slot("29305", "commune-2021-2025", "3.1", in2023)))
        #expect(policy.directory.criteria(of: "SNNPTNT", for: "29305", on: Self.mid2019) == [3, 13])
        #expect(policy.directory.responsible(forCriterion: 15, of: "29305", on: Self.mid2019)?.department.name.vi == "Sở Y tế")
    }

    /// Codes outlive units: after 1/7/2025 code 29263 names Phường Long Đức, before it Xã Long Đức.
    @Test("an account names a unit version, so a code reused after the 2025 reorganisation does not widen its scope")
    func scopeAcrossTheMerger() throws {
        let policy = try Self.policy()
        let commune = Account(username: "xa-longduc", displayName: "Xã Long Đức", role: .commune, unit: "29263")
        #expect(policy.canWrite(commune, unit: "29263", on: Self.mid2019))
        #expect(!policy.canWrite(commune, unit: "29263", on: Self.after2025))
        #expect(!policy.canReadWorkingValues(commune, unit: "29263", on: Self.after2025))
        let district = Account(username: "huyen", displayName: "Huyện Càng Long", role: .district, unit: "844")
        #expect(policy.covers(district, unit: "29305", on: Self.mid2019))
        #expect(!policy.covers(district, unit: "29302", on: Self.after2025))
        // The new ward's own account names the version that began on 1/7/2025.
        let ward = Account(
            username: "phuong-longduc", displayName: "Phường Long Đức", role: .commune,
            organisation: .unit("29263", since: LocalDate(year: 2025, month: 7, day: 1)))
        #expect(policy.canWrite(ward, unit: "29263", on: Self.after2025))
        #expect(!policy.canWrite(ward, unit: "29263", on: Self.mid2019))
    }

    @Test("working values are read by the unit, its reviewers and the office; viewers see approved values only")
    func readScope() throws {
        let policy = try Self.policy()
        let own = Account(username: "xa", displayName: "Xã Đức Mỹ", role: .commune, unit: "29305")
        let other = Account(username: "xa-khac", displayName: "Xã Hòa Ân", role: .commune, unit: "29311")
        let district = Account(username: "huyen", displayName: "Càng Long", role: .district, unit: "844")
        let otherDistrict = Account(username: "huyen-khac", displayName: "Cầu Kè", role: .district, unit: "845")
        let viewer = Account(username: "lanhdao", displayName: "Lãnh đạo", role: .viewer)
        #expect(policy.canReadWorkingValues(own, unit: "29305", on: Self.mid2019))
        #expect(!policy.canReadWorkingValues(other, unit: "29305", on: Self.mid2019))
        #expect(policy.canReadWorkingValues(district, unit: "29305", on: Self.mid2019))
        #expect(!policy.canReadWorkingValues(otherDistrict, unit: "29305", on: Self.mid2019))
        #expect(!policy.canReadWorkingValues(viewer, unit: "29305", on: Self.mid2019))
    }

    @Test("organisation references round-trip as text and refuse malformed ones")
    func organisationText() {
        for text in ["office", "department:SNNPTNT", "unit:844", "unit:29263@2025-07-01"] {
            #expect(OrganisationRef(text: text)?.text == text)
        }
        for text in ["", "dept:SYT", "department:", "unit:", "unit:29263@1/7/2025", "unit:../x", "department:S Y T"] {
            #expect(OrganisationRef(text: text) == nil, "\(text)")
        }
    }
}
