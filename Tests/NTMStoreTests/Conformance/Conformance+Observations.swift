import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let observations: [ConformanceCase] = [
        ConformanceCase(name: "every change is a new revision with who, when, source and evidence") { store in
            let slot = Values.slot()
            let first = try await store.write(
                [Values.change(slot, Values.ratio(10, 20), expected: .none, evidence: "BC-1")],
                status: .draft, by: "xa.longkhanh", batch: nil)
            #expect(first.map(\.revision) == [1])
            try await store.write(
                [Values.change(slot, Values.ratio(12, 20), expected: .revision(1), source: "Điều tra hộ")],
                status: .draft, by: "xa.longkhanh", batch: nil)
            let history = try await store.history(slot)
            #expect(history.map(\.revision) == [1, 2])
            #expect(history.map(\.value) == [Values.ratio(10, 20), Values.ratio(12, 20)])
            #expect(history.map(\.actor) == ["xa.longkhanh", "xa.longkhanh"])
            #expect(history[0].evidence == "BC-1")
            #expect(history[1].source == "Điều tra hộ")
            #expect(history[1].recordedAt >= history[0].recordedAt)
            #expect(try await store.currentRecords(RecordFilter(units: ["29521"])).map(\.revision) == [2])
        },
        ConformanceCase(name: "a stale write is refused with a conflict and changes nothing") { store in
            let slot = Values.slot()
            try await store.write([Values.change(slot, Values.ratio(10, 20), expected: .none)], status: .draft, by: "a", batch: nil)
            try await store.write([Values.change(slot, Values.ratio(11, 20), expected: .revision(1))], status: .draft, by: "a", batch: nil)
            await #expect(throws: StoreError.conflict(slot, expected: .revision(1), current: 2)) {
                try await store.write([Values.change(slot, Values.ratio(15, 20), expected: .revision(1))], status: .draft, by: "b", batch: nil)
            }
            await #expect(throws: StoreError.conflict(slot, expected: .none, current: 2)) {
                try await store.write([Values.change(slot, Values.ratio(15, 20), expected: .none)], status: .draft, by: "b", batch: nil)
            }
            #expect(try await store.history(slot).count == 2)
        },
        ConformanceCase(name: "a batch is all or nothing: one stale change keeps every other out") { store in
            let stale = Values.slot("29521", "17.6")
            try await store.write([Values.change(stale, Values.ratio(1, 2), expected: .none)], status: .draft, by: "a", batch: nil)
            let fresh = Values.slot("29521", "17.2")
            await #expect(throws: StoreError.conflict(stale, expected: .none, current: 1)) {
                try await store.write(
                    [
                        Values.change(fresh, Values.ratio(5, 10), expected: .none),
                        Values.change(stale, Values.ratio(2, 2), expected: .none),
                    ], status: .draft, by: "b", batch: "form-1")
            }
            #expect(try await store.history(fresh).isEmpty)
            await #expect(throws: StoreError.duplicateInBatch(fresh)) {
                try await store.write(
                    [
                        Values.change(fresh, Values.ratio(5, 10), expected: .none),
                        Values.change(fresh, Values.ratio(6, 10), expected: .none),
                    ], status: .draft, by: "b", batch: nil)
            }
        },
        ConformanceCase(name: "a bulk import stores every value and audits it once") { store in
            let units = (0..<40).map { UnitCode("u\($0)") }
            let codes: [IndicatorCode] = ["11", "12", "14.2", "14.3", "15.1"]
            let changes = units.flatMap { unit in codes.map { Values.change(Values.slot(unit, $0), Values.ratio(3, 4), expected: .latest) } }
            #expect(try await store.importValues(changes, status: .approved, by: "office", batch: "import-1") == 200)
            #expect(try await store.currentRecords(RecordFilter(statuses: [.approved])).count == 200)
            let entries = try await store.audit(AuditFilter(action: "import"))
            #expect(entries.count == 1)
            #expect(entries.first?.key == "import-1")
            #expect(entries.first?.after?.contains("\"count\":200") == true)
        },
        ConformanceCase(name: "records after an id come back in order, for catching up") { store in
            let before = try await store.latestRecordID()
            try await store.write(
                [
                    Values.change(Values.slot("29521", "11"), Values.ratio(1, 100), expected: .none),
                    Values.change(Values.slot("29521", "12"), Values.ratio(90, 100), expected: .none),
                ],
                status: .draft, by: "a", batch: nil)
            let records = try await store.records(after: before, limit: 10)
            #expect(records.map(\.slot.indicator) == ["11", "12"])
            #expect(records.map(\.id) == records.map(\.id).sorted())
            #expect(try await store.latestRecordID() == records.last?.id)
        },
    ]
}
