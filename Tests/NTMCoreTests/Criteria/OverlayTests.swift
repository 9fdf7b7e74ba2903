import NTMCore
import Testing

@Suite("Provincial overlays")
struct OverlayTests {
    func overlay(_ patches: [IndicatorPatch], responsible: [Int: DepartmentAssignment] = [:]) -> CriteriaOverlay {
        CriteriaOverlay(
            id: "tinh-thu", title: LocalizedText(vi: "Tỉnh thử"), base: Fixtures.set, province: "1",
            decision: LegalBasis(decision: "9/QĐ-UBND"), sources: [SourceReference(id: "P1", title: "QĐ tỉnh")],
            departments: [Department(code: "SYT", name: LocalizedText(vi: "Sở Y tế"))],
            responsible: responsible, indicators: patches)
    }

    func threshold(_ value: ThresholdValue, year: Int? = nil, scope: ThresholdScope = .all) -> Threshold {
        Threshold(value: value, scope: scope, year: year, source: "P1", origin: .overlay("tinh-thu"))
    }

    @Test("an overlay sets a missing year and overrides a regional cell for its province only")
    func fillsAndOverrides() throws {
        let overlay = overlay(
            [
                IndicatorPatch(code: "3.1", thresholds: [threshold(.number(FixedDecimal(39)), year: 2018)]),
                IndicatorPatch(code: "2.2", thresholds: [threshold(.number(FixedDecimal(90)))]),
            ],
            responsible: [2: DepartmentAssignment(department: "SYT")])
        let set = try Fixtures.criteriaSet().applying(overlay)
        let selector = ThresholdSelector(region: .dbscl, group: nil, year: 2018)
        #expect(
            set.indicator("3.1")?.threshold(for: selector, dimension: .region) != .notConfigured(.noThreshold(scope: .region(.dbscl), year: 2018)))
        guard case .found(let schools) = set.indicator("2.2")?.threshold(for: selector, dimension: .region) else {
            Issue.record("no threshold")
            return
        }
        #expect(schools.value == .number(FixedDecimal(90)))
        #expect(schools.origin == .overlay("tinh-thu"))
        #expect(set.criterion(2)?.responsible?.department == "SYT")
        #expect(set.appliedOverlays == ["tinh-thu"])

        let catalog = try Fixtures.catalog(overlays: [overlay])
        #expect(catalog.effectiveSet(Fixtures.criteriaSet(), province: "1").appliedOverlays == ["tinh-thu"])
        #expect(catalog.effectiveSet(Fixtures.criteriaSet(), province: "2").appliedOverlays.isEmpty)
    }

    @Test("an overlay cannot name an unknown indicator, change a kind, or use a region")
    func refusesWhatItCannotChange() {
        let unknown = Fixtures.criteriaSet().overlayIssues(overlay([IndicatorPatch(code: "9.9", thresholds: [])]))
        #expect(unknown.map(\.message) == ["overlay names indicator 9.9, which set test-set does not have"])
        let kind = Fixtures.criteriaSet().overlayIssues(overlay([IndicatorPatch(code: "1.1", kind: .percentage)]))
        #expect(kind.first?.message.contains("cannot make it percentage") == true)
        let region = Fixtures.criteriaSet().overlayIssues(
            overlay([IndicatorPatch(code: "2.2", thresholds: [threshold(.number(FixedDecimal(70)), scope: .region(.tn))])]))
        #expect(region.first?.message.contains("give the threshold of 2.2 for 'all'") == true)
    }

    @Test("a group threshold in an overlay keeps the national value for the other groups")
    func groupOverlaySpreadsNationalValue() throws {
        var set = Fixtures.criteriaSet(validity: Validity(from: "2026-02-15"))
        set.dimension = .communeGroup
        set.criteria[1].indicators[1].thresholds = [Fixtures.threshold(.number(FixedDecimal(80)))]
        set.criteria[2].indicators[0].thresholds = []
        let applied = try set.applying(overlay([IndicatorPatch(code: "2.2", thresholds: [threshold(.number(FixedDecimal(60)), scope: .group(.g3))])]))
        let indicator = try #require(applied.indicator("2.2"))
        func value(_ group: CommuneGroup) -> ThresholdValue? {
            if case .found(let t) = indicator.threshold(for: ThresholdSelector(region: nil, group: group, year: 2026), dimension: .communeGroup) {
                return t.value
            }
            return nil
        }
        #expect(value(.g1) == .number(FixedDecimal(80)))
        #expect(value(.g3) == .number(FixedDecimal(60)))
        #expect(applied.validationIssues().isEmpty)
    }
}
