import Foundation
import NTMCore
import NTMData
import NTMStore

/// Small values for store tests, on the demo's units and the 2016–2020 set.
enum Values {
    static let set: CriteriaSetID = "commune-2016-2020"
    static let day = LocalDate(iso: "2019-08-15")!

    static func slot(_ unit: UnitCode = "29521", _ indicator: IndicatorCode = "17.6", on date: LocalDate = day) -> ObservationSlot {
        ObservationSlot(unit: unit, criteriaSet: set, indicator: indicator, date: date)
    }

    static func change(
        _ slot: ObservationSlot, _ value: ObservationValue, expected: ExpectedRevision,
        source: String? = "Báo cáo xã", evidence: String? = nil
    ) -> ObservationChange {
        ObservationChange(
            Observation(
                unit: slot.unit, criteriaSet: slot.criteriaSet, indicator: slot.indicator, date: slot.date,
                value: value, source: source, evidence: evidence), expected: expected)
    }

    static func ratio(_ numerator: Int64, _ denominator: Int64) -> ObservationValue { .ratio(numerator: numerator, denominator: denominator) }

    /// The demo's reference data in the store (criteria documents, units), so engines can be built from it.
    static func seedReference(_ store: any NTMStore) async throws {
        try await StoreSeeder.seedReferenceData(store, by: "test")
    }
}
