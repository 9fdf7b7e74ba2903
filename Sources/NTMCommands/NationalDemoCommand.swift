import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMStore
import NTMSynthetic

/// `ntm demo national`: fills a store with the synthetic national dataset (63 provinces, 8,883 xã), for
/// benchmarks of the server at the nation's scale.
public struct NationalDemoCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "national",
        abstract: "Load the synthetic national dataset (63 provinces, 8,883 xã, four dates, illustrative thresholds) into an empty store.")

    @OptionGroup var store: StoreOptions

    @Option(parsing: .upToNextOption, help: "Assessment dates (default: 2018-06-30 2018-12-31 2019-06-30 2019-12-31).")
    var dates: [LocalDate] = NationalDataset.defaultDates

    @Option(help: "Provinces to generate (63 in 2019).")
    var provinces = 63

    @Option(help: "Communes per province (141 gives the nation's 8,883).")
    var communesPerProvince = 141

    public init() {}

    public func run() async throws {
        guard (1...99).contains(provinces), (1...2_000).contains(communesPerProvince) else {
            throw ValidationError("--provinces must be 1–99 and --communes-per-province 1–2000")
        }
        let dataset = try NationalDataset(
            sets: BundledData.catalog().sets, provinces: provinces,
            communesPerProvince: communesPerProvince, dates: dates)
        let actor = store.actor
        let count = try await store.withStore { store -> Int in
            guard try await store.loadUnits().allCodes.isEmpty else {
                throw ValidationError("the store already holds units; the national dataset needs an empty store")
            }
            try await StoreSeeder.seedReferenceData(store, by: actor)
            try await store.replaceUnits(dataset.units, by: actor, note: "synthetic national dataset (\(dataset.communes.count) xã)")
            for overlay in dataset.catalog.overlays where overlay.id.hasPrefix("bench-") {
                try await store.saveDocument(
                    NewCriteriaDocument(
                        name: overlay.id, kind: .overlay, content: OverlayWriter.text(overlay, header: NationalDataset.overlayHeader)), by: actor)
            }
            let feed = ChangeFeed()
            let producer = Thread {
                var chunk: [ObservationChange] = []
                chunk.reserveCapacity(20_000)
                do {
                    try dataset.forEachObservation { observation in
                        chunk.append(ObservationChange(observation, expected: .latest))
                        if chunk.count == 20_000 {
                            feed.send(chunk)
                            chunk.removeAll(keepingCapacity: true)
                        }
                    }
                    feed.send(chunk)
                    feed.finish()
                } catch {
                    feed.finish(throwing: error)
                }
            }
            producer.start()
            return try await store.importValues(feed, status: .approved, by: actor, batch: "national-synthetic")
        }
        print("loaded \(dataset.communes.count) xã in \(provinces) provinces and \(count) approved values into \(try store.location())")
    }
}
