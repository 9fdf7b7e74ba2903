import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let concurrency: [ConformanceCase] = [
        ConformanceCase(name: "concurrent writers: every accepted write is in the history, every stale one refused, nothing lost") { store in
            let shared = Values.slot("29521", "17.6")
            try await store.write([Values.change(shared, Values.ratio(0, 1000), expected: .none)], status: .draft, by: "setup", batch: nil)
            let writers = 8, attempts = 12
            let outcomes = try await withThrowingTaskGroup(of: (accepted: [Int64], refused: Int).self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var accepted: [Int64] = [], refused = 0
                        for attempt in 0..<attempts {
                            let current = try await store.currentRecords(RecordFilter(units: ["29521"], indicators: ["17.6"])).first?.revision ?? 0
                            let numerator = Int64(writer * 100 + attempt + 1)
                            do {
                                try await store.write(
                                    [Values.change(shared, Values.ratio(numerator, 1000), expected: .revision(current))],
                                    status: .draft, by: "writer-\(writer)", batch: nil)
                                accepted.append(numerator)
                            } catch StoreError.conflict {
                                refused += 1
                            }
                            let own = Values.slot(UnitCode("w\(writer)"), "17.6", on: LocalDate(year: 2019, month: 7, day: attempt + 1)!)
                            try await store.write(
                                [Values.change(own, Values.ratio(numerator, 1000), expected: .none)],
                                status: .draft, by: "writer-\(writer)", batch: nil)
                        }
                        return (accepted, refused)
                    }
                }
                var all: [(accepted: [Int64], refused: Int)] = []
                for try await outcome in group { all.append(outcome) }
                return all
            }
            let accepted = outcomes.flatMap(\.accepted)
            let refused = outcomes.map(\.refused).reduce(0, +)
            #expect(accepted.count + refused == writers * attempts)
            #expect(!accepted.isEmpty)
            let history = try await store.history(shared)
            #expect(history.count == accepted.count + 1)
            #expect(history.map(\.revision) == Array(1...history.count))
            let stored = Set(history.dropFirst().compactMap { if case .ratio(let n, _) = $0.value { n } else { nil } })
            #expect(stored == Set(accepted))
            #expect(try await store.currentRecords(RecordFilter(units: (0..<writers).map { UnitCode("w\($0)") })).count == writers * attempts)
        }
    ]
}
