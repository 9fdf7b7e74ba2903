import NTMCore
import NTMData
import Testing

@Suite("Bundled criteria sets")
struct BundledCriteriaTests {
    @Test("the four national sets and the Trà Vinh overlay load and validate")
    func loads() throws {
        let catalog = try BundledData.catalog()
        #expect(catalog.sets.map(\.id.rawValue).sorted() == ["commune-2016-2020", "commune-2021-2025", "commune-2026-2030", "district-2016-2020"])
        let set1980 = try #require(catalog.set("commune-2016-2020"))
        #expect(set1980.criteria.count == 19)
        #expect(set1980.declaredIndicators == 49)
        #expect(set1980.legalBasis.decision == "1980/QĐ-TTg")
        #expect(try #require(catalog.set("district-2016-2020")).criteria.count == 9)
        #expect(try #require(catalog.set("commune-2026-2030")).criteria.count == 10)
        #expect(catalog.overlays.map(\.id) == ["travinh-2016-2020"])
    }

    @Test("every threshold cites a source the file lists")
    func thresholdsHaveSources() throws {
        for set in try BundledData.catalog().sets {
            let ids = Set(set.sources.map(\.id))
            for indicator in set.allIndicators {
                for threshold in indicator.thresholds {
                    #expect(ids.contains(threshold.source), "\(set.id) \(indicator.code) cites \(threshold.source)")
                }
            }
        }
    }

    @Test("thresholds the reference gives are encoded; those it lacks are reported missing, not guessed")
    func encodesOnlySourcedValues() throws {
        let set = try #require(try BundledData.catalog().set("commune-2016-2020"))
        let income = try #require(set.indicator("10"))
        let mekong2020 = income.threshold(for: ThresholdSelector(region: .dbscl, group: nil, year: 2020), dimension: .region)
        guard case .found(let threshold) = mekong2020 else {
            Issue.record("no 2020 ĐBSCL income threshold")
            return
        }
        #expect(threshold.value == .number(FixedDecimal(50)))
        #expect(
            income.threshold(for: ThresholdSelector(region: .dbscl, group: nil, year: 2019), dimension: .region)
                == .notConfigured(.noThreshold(scope: .region(.dbscl), year: 2019)))
        let stunting = try #require(set.indicator("15.3"))
        #expect(stunting.comparator == .atMost)
        let missing = set.missingItems()
        #expect(missing.contains { $0.indicator == "10" && $0.year == 2019 && $0.scope == "ĐBSCL" })
        #expect(missing.contains { $0.indicator == "17.4" && $0.kind == .indicatorKind })
    }

    @Test("the 2026–2030 set is marked incomplete and knows its thresholds are by commune group")
    func set2026() throws {
        let set = try #require(try BundledData.catalog().set("commune-2026-2030"))
        #expect(!set.completeness.isComplete)
        #expect(set.dimension == .communeGroup)
        #expect(set.declaredIndicators == 47)
        #expect(set.missingItems().contains { $0.kind == .criterionIndicators && $0.criterion == 1 })
    }

    @Test("the Trà Vinh overlay fills the demo's gaps with values marked illustrative")
    func overlayIsIllustrative() throws {
        let catalog = try BundledData.catalog()
        let national = try #require(catalog.set("commune-2016-2020"))
        let travinh = catalog.effectiveSet(national, province: "84")
        let selector = ThresholdSelector(region: .dbscl, group: nil, year: 2019)
        for indicator in travinh.allIndicators {
            guard case .found(let threshold) = indicator.threshold(for: selector, dimension: .region) else {
                Issue.record("indicator \(indicator.code) has no threshold in Trà Vinh for 2019")
                continue
            }
            if case .overlay = threshold.origin { #expect(threshold.illustrative) }
        }
    }

    @Test("the bundled band schemes include the briefing's and the central report's")
    func bandSchemes() throws {
        let schemes = try BundledData.bandSchemes()
        #expect(schemes.map(\.id) == ["briefing", "briefing", "central", "standard"])
        let central = try #require(schemes.first { $0.id == "central" }).resolved(total: 19)
        #expect(central.ranges == [19...19, 15...18, 10...14, 5...9, 0...4])
    }
}
