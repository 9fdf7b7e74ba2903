import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let service: [ConformanceCase] = [
        ConformanceCase(name: "the demo loaded into the store reproduces the 2019 briefing") { store in
            try await StoreSeeder.seedDemo(store, by: "demo")
            let service = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
            let summary = try await service.summary(of: .registered(year: 2019, within: "84"), on: LocalDate(iso: "2019-06-30")!, bands: "briefing")
            #expect(summary.bands.map(\.communes) == [2, 13, 2])
            #expect(try await service.summary(of: .unit("84"), on: LocalDate(iso: "2019-12-31")!, bands: "briefing").atStandard == 55)
        },
        ConformanceCase(name: "a value counts in the official numbers the moment it is approved, not before") { store in
            try await StoreSeeder.seedDemo(store, by: "demo")
            let service = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
            let date = LocalDate(iso: "2019-08-15")!
            let scope = EvaluationScope.registered(year: 2019, within: "84")
            #expect(try await service.summary(of: scope, on: date, bands: "briefing").bands.first?.communes == 2)
            // Mỹ Hòa (29428) misses only criterion 9 in mid-2019; fix the failing indicators as of 15/08/2019.
            let evaluation = try await service.evaluate("29428", on: date)
            let failing = evaluation.criteria.filter { $0.status != .met && $0.status != .notApplicable }
            #expect(failing.map(\.number) == [9])
            var changes: [ObservationChange] = []
            for indicator in failing.flatMap(\.indicators) where indicator.status == .notMet {
                let value: ObservationValue = indicator.kind == .mustBeNone ? .count(0) : Values.ratio(95, 100)
                changes.append(Values.change(Values.slot("29428", indicator.code, on: date), value, expected: .none))
            }
            let records = try await service.write(changes, by: "xa.myhoa")
            #expect(try await service.summary(of: scope, on: date, bands: "briefing").bands.first?.communes == 2)
            let slots = records.map(\.slot)
            try await service.review(slots.map { ReviewRequest(slot: $0, action: .submit, expected: .revision(1)) }, by: "xa.myhoa")
            try await service.review(slots.map { ReviewRequest(slot: $0, action: .verify, expected: .revision(2)) }, by: "huyen.caungang")
            #expect(try await service.summary(of: scope, on: date, bands: "briefing").bands.first?.communes == 2)
            try await service.review(slots.map { ReviewRequest(slot: $0, action: .approve, expected: .revision(3)) }, by: "vpdp")
            #expect(try await service.summary(of: scope, on: date, bands: "briefing").bands.first?.communes == 3)
        },
        ConformanceCase(name: "units, registrations and criteria changed by another process reload a running service's engine") { store in
            try await Values.seedReference(store)
            let service = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
            let start = try await store.referenceRevision()
            #expect(start > 0)
            let day = LocalDate(iso: "2026-06-30")!
            #expect(await service.engine.units.unit("29999", on: day) == nil)
            let version = service.version.current
            // Another process (ntm units import) adds a commune of Vĩnh Long from 01/01/2026.
            var versions = try await store.loadUnits().allVersions
            versions.append(
                AdministrativeUnit(
                    code: "29999", name: "Xã Thử", kind: .commune, parent: "86", validity: Validity(from: LocalDate(iso: "2026-01-01"))))
            try await store.replaceUnits(try UnitHierarchy(units: versions), by: "cli", note: "thử")
            #expect(try await store.referenceRevision() > start)
            try await service.catchUp()
            #expect(await service.engine.units.unit("29999", on: day)?.name == "Xã Thử")
            #expect(service.version.current > version, "cached pages are rendered again")
            // A registration stored by another process shows too.
            try await store.addRegistrations([Registration(unit: "29305", targetYear: 2027)], by: "cli")
            try await service.catchUp()
            #expect(await service.engine.registrations.targetYear(of: "29305", on: day) == 2027)
            // Values written meanwhile are kept: a plain catch-up with nothing new changes nothing.
            let settled = service.version.current
            try await service.catchUp()
            #expect(service.version.current == settled)
        },
        ConformanceCase(name: "a second service on the same store catches up with writes it did not make") { store in
            try await Values.seedReference(store)
            let first = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
            let second = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
            try await first.importValues(
                [Values.change(Values.slot("29521", "17.6"), Values.ratio(90, 100), expected: .none)],
                status: .approved, by: "office", batch: "b")
            let evaluation = try await second.evaluate("29521", on: Values.day)
            let value = evaluation.criteria.flatMap(\.indicators).first { $0.code == "17.6" }?.value
            #expect(value == Values.ratio(90, 100))
        },
        ConformanceCase(name: "invalid values are refused before anything is stored") { store in
            try await Values.seedReference(store)
            let service = try await EvaluationService(store: store, logger: StoreHarness.quietLogger)
            await #expect(throws: EngineError.invalidValue(unit: "29521", indicator: "17.6", .zeroDenominator)) {
                try await service.write([Values.change(Values.slot(), Values.ratio(0, 0), expected: .none)], by: "xa")
            }
            #expect(try await store.latestRecordID() == 0)
        },
    ]
}
