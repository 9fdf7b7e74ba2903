import NTMCore
import NTMData
import Testing

/// The changes the November 2026 law-data audit (shared/reference/criteria-audit.md) asked of the bundled sets:
/// each encoded cell with its value, scope, year and source, and each doubt made visible in a note.
@Suite("Law-data audit of the bundled criteria sets")
struct LawDataAuditTests {
    let set1980: CriteriaSet
    let set318: CriteriaSet

    init() throws {
        let catalog = try BundledData.catalog()
        set1980 = try #require(catalog.set("commune-2016-2020"))
        set318 = try #require(catalog.set("commune-2021-2025"))
    }

    /// The threshold a unit of `region` gets in `year`, or nil when the cell is not configured.
    private func cell(_ indicator: Indicator, _ region: Region, year: Int = 2020) -> Threshold? {
        if case .found(let threshold) = indicator.threshold(for: ThresholdSelector(region: region, group: nil, year: year), dimension: .region) {
            return threshold
        }
        return nil
    }

    @Test("2016–2020 4.1 has a ĐBSCL cell 'Đạt' and 4.2 a ĐBSCL cell 98, both from the Báo Vĩnh Long page S50, marked as provincial press")
    func electricityMekongCells() throws {
        let system = try #require(set1980.indicator("4.1"))
        let systemCell = try #require(cell(system, .dbscl))
        #expect(systemCell.value == .met)
        #expect(systemCell.scope == .region(.dbscl))
        #expect(systemCell.year == nil)
        #expect(systemCell.source == "S50")
        #expect(!systemCell.illustrative)
        #expect(systemCell.note?.contains("Provincial press") == true)

        let households = try #require(set1980.indicator("4.2"))
        let householdCell = try #require(cell(households, .dbscl))
        #expect(householdCell.value == .number(FixedDecimal(98)))
        #expect(householdCell.scope == .region(.dbscl))
        #expect(householdCell.year == nil)
        #expect(householdCell.source == "S50")
        #expect(!householdCell.illustrative)
        #expect(householdCell.note?.contains("Provincial press") == true)
        // The Bắc Kạn cell is untouched, and no other region gained a value.
        #expect(cell(households, .tdmnpb)?.value == .number(FixedDecimal(95)))
        #expect(cell(households, .tdmnpb)?.source == "S17")
        #expect(cell(households, .dbsh) == nil)
        #expect(cell(system, .dnb) == nil)

        let source = try #require(set1980.source("S50"))
        #expect(source.url == "http://baovinhlong.com.vn/thoi-su/201910/long-ho-100-xa-dat-tieu-chi-dien-2971541/")
    }

    @Test("2016–2020 17.1 and 17.1.1 keep their S43 cells (ĐBSCL 95 and 65) and their notes say the cells are low-confidence")
    func waterCellsAreMarkedLowConfidence() throws {
        let hygienic = try #require(set1980.indicator("17.1"))
        let hygienicCell = try #require(cell(hygienic, .dbscl))
        #expect(hygienicCell.value == .number(FixedDecimal(95)))
        #expect(hygienicCell.source == "S43")
        #expect(cell(hygienic, .dhntb) == nil)
        let hygienicNote = try #require(hygienic.note)
        #expect(hygienicNote.contains("LOW CONFIDENCE"))
        #expect(hygienicNote.contains("'55% (60%)' is impossible"))
        #expect(hygienicNote.contains("trong đó ≥ 60% hộ được dùng nước sạch"))
        #expect(hygienicNote.contains("column shift"))
        #expect(hygienicNote.contains("ĐBSCL 95"))

        let clean = try #require(set1980.indicator("17.1.1"))
        let cleanCell = try #require(cell(clean, .dbscl))
        #expect(cleanCell.value == .number(FixedDecimal(65)))
        #expect(cleanCell.source == "S43")
        #expect(cell(clean, .dhntb) == nil)
        let cleanNote = try #require(clean.note)
        #expect(cleanNote.contains("LOW CONFIDENCE"))
        #expect(cleanNote.contains("ĐBSCL 65"))
        #expect(cleanNote.contains("nước máy từ 65% trở lên' (S51)"))
        #expect(set1980.source("S51") != nil)
    }

    @Test("housing 9.2 follows one rule in both sets: ĐBSCL 70 (2016–2020, S26) and 85 (2021–2025, T17), each marked as provincial press")
    func housingShareOneRule() throws {
        let old = try #require(set1980.indicator("9.2"))
        let oldCell = try #require(cell(old, .dbscl))
        #expect(oldCell.value == .number(FixedDecimal(70)))
        #expect(oldCell.source == "S26")
        #expect(oldCell.note?.contains("Provincial press") == true)
        #expect(old.note?.contains("One rule for both commune sets") == true)

        let new = try #require(set318.indicator("9.2"))
        #expect(new.kind == .percentage)
        #expect(new.comparator == .atLeast)
        let newCell = try #require(cell(new, .dbscl, year: 2023))
        #expect(newCell.value == .number(FixedDecimal(85)))
        #expect(newCell.scope == .region(.dbscl))
        #expect(newCell.year == nil)
        #expect(newCell.source == "T17")
        #expect(!newCell.illustrative)
        #expect(newCell.note?.contains("Tỷ lệ hộ có nhà ở kiên cố và bán kiên cố đạt 85% trở lên") == true)
        #expect(new.note?.contains("One rule for both commune sets") == true)
        #expect(cell(new, .dbsh, year: 2023) == nil)
        #expect(set318.source("T17")?.url == "https://baovinhlong.com.vn/xa-hoi/202506/tren-97-can-nha-kien-co-va-ban-kien-co-7d004cf")
    }

    @Test("2021–2025 9.1 exists as a must-be-none indicator with 'Không' for ĐBSCL only, from T17")
    func temporaryHousesIndicator() throws {
        let temporary = try #require(set318.indicator("9.1"))
        #expect(temporary.kind == .mustBeNone)
        #expect(temporary.comparator == nil)
        #expect(temporary.provisionalCode)
        #expect(temporary.name?.vi == "Nhà tạm, dột nát")
        #expect(temporary.thresholds.count == 1)
        let threshold = try #require(temporary.thresholds.first)
        #expect(threshold.value == .none)
        #expect(threshold.scope == .region(.dbscl))
        #expect(threshold.year == nil)
        #expect(threshold.source == "T17")
        #expect(
            temporary.threshold(for: ThresholdSelector(region: .dbsh, group: nil, year: 2023), dimension: .region)
                == .notConfigured(.noThreshold(scope: .region(.dbsh), year: nil)))
        #expect(temporary.note?.contains("Only the ĐBSCL cell is encoded") == true)

        let housing = try #require(set318.criterion(9))
        #expect(housing.indicators.map(\.code) == ["9.1", "9.2"])
        #expect(!housing.indicatorsComplete)
        #expect(set318.groups.first(where: { $0.criteria.contains(9) })?.id == "II")
    }

    @Test("2021–2025 15.a keeps its T19 cells and its note flags the three cells looser than 2016–2020")
    func stuntingCellsFlagged() throws {
        let stunting = try #require(set318.indicator("15.a"))
        let expected: [(Region, String, String)] = [(.dbsh, "16.5", "13.9"), (.btb, "25", "24.2"), (.dnb, "14.5", "14.3")]
        let earlier = try #require(set1980.indicator("15.3"))
        let note = try #require(stunting.note)
        #expect(note.contains("T19"))
        #expect(note.contains("truncated excerpt"))
        for (region, now, before) in expected {
            let current = try #require(cell(stunting, region, year: 2023))
            let nowValue = try #require(FixedDecimal(now))
            let beforeValue = try #require(FixedDecimal(before))
            #expect(current.value == .number(nowValue))
            #expect(current.source == "T19")
            #expect(cell(earlier, region)?.value == .number(beforeValue))
            #expect(nowValue > beforeValue)
            #expect(note.contains("\(region.abbreviation) \(now) vs \(before)"))
        }
        #expect(cell(stunting, .dbscl, year: 2023)?.value == .number(FixedDecimal(19)))
    }

    @Test("2021–2025 19.2's name is marked in its note as a back-translation from the English page T20")
    func securityNameIsBackTranslated() throws {
        let security = try #require(set318.indicator("19.2"))
        let note = try #require(security.note)
        #expect(note.contains("BACK-TRANSLATION"))
        #expect(note.contains("T20"))
        #expect(set318.source("T20")?.url?.contains("vietnam.vn/en/") == true)
        #expect(security.thresholds.map(\.value) == [.met])
        #expect(security.thresholds.map(\.source) == ["T20"])
    }

    @Test("the 2021–2025 set says a 2024 amendment exists, possibly 211/QĐ-TTg, unconfirmed and not encoded")
    func amendmentNotEncoded() throws {
        let note = try #require(set318.note)
        #expect(note.contains("AMENDMENT NOT ENCODED"))
        #expect(note.contains("2024 amendment"))
        #expect(note.contains("possibly 211/QĐ-TTg of 01/03/2024"))
        #expect(note.contains("not confirmed"))
        #expect(note.contains("T54"))
        #expect(set318.source("T54")?.url == "http://nongthonmoi.hatinh.gov.vn/")
        guard case .incomplete(let completeness) = set318.completeness else {
            Issue.record("commune-2021-2025 should be incomplete")
            return
        }
        #expect(completeness.contains("211/QĐ-TTg"))
    }

    @Test("2016–2020 income for ĐBSCL in 2016 stays unset: the interim '33' is recorded in the note with its doubts, not as a threshold")
    func interimIncomeRuleNotEncoded() throws {
        let income = try #require(set1980.indicator("10"))
        #expect(income.years == 2016...2020)
        #expect(
            income.threshold(for: ThresholdSelector(region: .dbscl, group: nil, year: 2016), dimension: .region)
                == .notConfigured(.noThreshold(scope: .region(.dbscl), year: 2016)))
        #expect(income.thresholds.allSatisfy { $0.year == 2020 })
        let note = try #require(income.note)
        #expect(note.contains("(49-29):5+29 = 33"))
        #expect(note.contains("S52"))
        #expect(note.contains("QĐ 342/QĐ-TTg"))
        #expect(set1980.source("S52") != nil)
        #expect(set1980.missingItems().contains { $0.indicator == "10" && $0.year == 2016 && $0.scope == "ĐBSCL" })
    }

    @Test("the completeness notes and missing lists no longer report the ĐBSCL cells the audit filled in")
    func completenessUpdated() throws {
        guard case .incomplete(let note1980) = set1980.completeness else {
            Issue.record("commune-2016-2020 should be incomplete")
            return
        }
        #expect(note1980.contains("4.2 except TDMNPB and ĐBSCL"))
        #expect(note1980.contains("4.1 except TDMNPB and ĐBSCL"))
        #expect(note1980.contains("low-confidence"))
        let missing1980 = set1980.missingItems()
        let mekong = ThresholdScope.region(.dbscl).label
        #expect(!missing1980.contains { $0.indicator == "4.1" && $0.scope == mekong })
        #expect(!missing1980.contains { $0.indicator == "4.2" && $0.scope == mekong })
        #expect(missing1980.contains { $0.indicator == "4.2" && $0.scope == ThresholdScope.region(.dbsh).label })

        guard case .incomplete(let note318) = set318.completeness else {
            Issue.record("commune-2021-2025 should be incomplete")
            return
        }
        #expect(note318.contains("housing 9.1 and 9.2 are known for ĐBSCL only"))
        let missing318 = set318.missingItems()
        #expect(!missing318.contains { ($0.indicator == "9.1" || $0.indicator == "9.2") && $0.scope == mekong })
        #expect(missing318.contains { $0.indicator == "9.1" && $0.scope == ThresholdScope.region(.tdmnpb).label })
        #expect(missing318.contains { $0.kind == .criterionIndicators && $0.criterion == 9 })
    }
}
