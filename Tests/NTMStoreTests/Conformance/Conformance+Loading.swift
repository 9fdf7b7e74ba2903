import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let loading: [ConformanceCase] = [
        ConformanceCase(name: "an engine loads approved values, or the latest values, as asked") { store in
            try await Values.seedReference(store)
            let approvedSlot = Values.slot("29521", "17.6"), draftSlot = Values.slot("29521", "17.2")
            try await store.importValues(
                [Values.change(approvedSlot, Values.ratio(90, 100), expected: .none)], status: .approved,
                by: "office", batch: "b1")
            try await store.write([Values.change(draftSlot, Values.ratio(95, 100), expected: .none)], status: .draft, by: "xa", batch: nil)
            let official = try await EvaluationService(store: store, basis: .approved, logger: StoreHarness.quietLogger)
            let working = try await EvaluationService(store: store, basis: .latest, logger: StoreHarness.quietLogger)
            #expect(await official.engine.observations.count == 1)
            #expect(await working.engine.observations.count == 2)
            let value = await official.engine.observations.latest(unit: "29521", set: Values.set, code: "17.6", on: Values.day)?.value
            #expect(value == Values.ratio(90, 100))
        },
        ConformanceCase(name: "criteria, band schemes and units load from the store") { store in
            try await Values.seedReference(store)
            let service = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
            #expect(await service.engine.catalog.sets.count == 4)
            #expect(await service.engine.catalog.overlays.map(\.id) == ["travinh-2016-2020"])
            #expect(await service.bandSchemes.schemes.map(\.id) == ["briefing", "briefing", "central", "standard"])
            #expect(await service.engine.units.communes(under: "84", on: Values.day).count == 85)
        },
    ]
}
