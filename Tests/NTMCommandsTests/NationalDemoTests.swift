import ArgumentParser
import Foundation
import NTMCommands
import NTMCore
import NTMData
import NTMStore
import NTMSynthetic
import Testing

@Suite("Synthetic national store", .tags(.slow))
struct NationalDemoTests {
    @Test("generated overlays written as YAML load back to the same thresholds")
    func overlayYAMLRoundTrip() throws {
        let dataset = try NationalDataset(sets: BundledData.catalog().sets, provinces: 3, communesPerProvince: 4)
        let overlays = dataset.catalog.overlays.filter { $0.id.hasPrefix("bench-") }
        let files = overlays.map { DataFile(name: "\($0.id).yaml", text: OverlayWriter.text($0, header: NationalDataset.overlayHeader)) }
        let loaded = try CatalogLoader.load(sets: BundledData.criteriaFiles.map(BundledData.file), overlays: files)
        for province in ["P1", "P2", "P3"].map({ UnitCode($0) }) {
            let expected = dataset.catalog.effectiveSet(dataset.commune, province: province)
            let actual = loaded.effectiveSet(dataset.commune, province: province)
            for indicator in expected.allIndicators {
                let thresholds = actual.indicator(indicator.code)?.thresholds.map { [$0.value.text(.en), $0.scope.label, String($0.year ?? 0)] }
                #expect(
                    thresholds == indicator.thresholds.map { [$0.value.text(.en), $0.scope.label, String($0.year ?? 0)] },
                    "\(province) \(indicator.code)")
            }
        }
    }

    @Test("ntm demo national fills a store that evaluates like the dataset in memory")
    func nationalCommandFillsStore() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nation.sqlite").path
        try await NationalDemoCommand.parse([
            "--database", path, "--provinces", "2", "--communes-per-province", "6",
            "--dates", "2019-06-30",
        ]).run()
        let date = try #require(LocalDate(iso: "2019-06-30"))
        let dataset = try NationalDataset(sets: BundledData.catalog().sets, provinces: 2, communesPerProvince: 6, dates: [date])
        var engine = try EvaluationEngine(units: dataset.units, catalog: dataset.catalog)
        try dataset.forEachObservation { try engine.record($0) }
        let expected = try engine.summary(of: .everything, on: date, bands: .standardOnly)
        let stored = try await StoreLocation(path).withStore(logger: .init(label: "test")) { store in
            try await EvaluationService(store: store).summary(of: .everything, on: date, bands: "standard")
        }
        #expect(stored.communes == 12)
        #expect(stored.atStandard == expected.atStandard)
        #expect(stored.criteria.map(\.communesMeeting) == expected.criteria.map(\.communesMeeting))
        let refused = await #expect(throws: ValidationError.self) {
            try await NationalDemoCommand.parse(["--database", path, "--provinces", "1", "--communes-per-province", "1"]).run()
        }
        #expect(refused?.message == "the store already holds units; the national dataset needs an empty store")
    }
}
