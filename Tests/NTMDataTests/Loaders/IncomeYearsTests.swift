import NTMCore
import NTMData
import Testing

/// The 2016–2020 set stayed in force until 07/03/2022: a year-dependent threshold (income) is needed, and may be
/// supplied by a province, for every year the set is in force, not only the years the decision names.
@Suite("Year-dependent thresholds across the set's validity")
struct IncomeYearsTests {
    static func overlay(adding line: String) throws -> DataFile {
        let file = try BundledData.file(BundledData.overlayFiles[0])
        let anchor = "      - {scope: all, year: 2019, value: 45, source: TV-DEMO}\n"
        #expect(file.text.contains(anchor))
        return DataFile(name: "tinh.yaml", text: file.text.replacingOccurrences(of: anchor, with: anchor + line + "\n"))
    }

    @Test("the missing list names income for 2021 and 2022, the years the set is in force beyond 2020")
    func missingYears() throws {
        let set = try #require(try BundledData.catalog().set("commune-2016-2020"))
        #expect(set.thresholdYears(of: try #require(set.indicator("10"))) == 2016...2022)
        let missing = set.missingItems().filter { $0.indicator == "10" }.compactMap(\.year)
        #expect(Set(missing).isSuperset(of: [2021, 2022]))
        #expect(!missing.contains(2023))
    }

    @Test("an overlay may give income for 2021 but not for 2023, after the set's validity")
    func overlayYears() throws {
        let sets = try BundledData.criteriaFiles.map(BundledData.file)
        let in2021 = try Self.overlay(adding: "      - {scope: all, year: 2021, value: 50, source: TV-DEMO}")
        let catalog = try CatalogLoader.load(sets: sets, overlays: [in2021])
        let effective = catalog.effectiveSet(try #require(catalog.set("commune-2016-2020")), province: "84")
        let selector = ThresholdSelector(region: .dbscl, group: nil, year: 2021)
        guard case .found(let threshold) = try #require(effective.indicator("10")).threshold(for: selector, dimension: effective.dimension) else {
            Issue.record("no 2021 income threshold after the overlay supplied one")
            return
        }
        #expect(threshold.value == .number(FixedDecimal(50)))
        let in2023 = try Self.overlay(adding: "      - {scope: all, year: 2023, value: 50, source: TV-DEMO}")
        let error = #expect(throws: DataFileErrors.self) { try CatalogLoader.load(sets: sets, overlays: [in2023]) }
        #expect(error?.text(.vi).contains("ngưỡng của chỉ tiêu 10 ghi cho năm 2023, nằm ngoài các năm 2016–2022") == true)
    }
}
