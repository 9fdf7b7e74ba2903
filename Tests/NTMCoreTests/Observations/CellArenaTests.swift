import Testing

@testable import NTMCore

@Suite("Observation storage (cell arena)")
struct CellArenaTests {
    static func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2019, month: month, day: day)! }

    static func entry(_ month: Int, _ day: Int, _ value: ObservationValue, provenance: Int32 = -1) -> ObservationIndex.Entry {
        ObservationIndex.Entry(date: Self.day(month, day), provenance: provenance, value: value)
    }

    static func described(_ entries: [ObservationIndex.Entry]) -> [String] {
        entries.map { "\($0.date.iso) \($0.value) \($0.provenance)" }
    }

    @Test("entries inserted out of order read back in date order, a later same-day value after the earlier one")
    func dateOrder() {
        var arena = CellArena()
        arena.appendCells(2)
        arena.insert(Self.entry(9, 30, .count(3)), into: 1)
        arena.insert(Self.entry(6, 30, .count(1)), into: 1)
        arena.insert(Self.entry(9, 30, .count(4), provenance: 7), into: 1)
        arena.insert(Self.entry(7, 1, .count(2)), into: 1)
        #expect(
            Self.described(arena.entries(1)) == [
                "2019-06-30 count(1) -1", "2019-07-01 count(2) -1", "2019-09-30 count(3) -1", "2019-09-30 count(4) 7",
            ])
        #expect(arena.entries(0).isEmpty)
        #expect(arena.latest(1, onOrBefore: Self.day(9, 30))?.value == .count(4))
        #expect(arena.latest(1, onOrBefore: Self.day(8, 15))?.value == .count(2))
        #expect(arena.latest(1, onOrBefore: Self.day(6, 29)) == nil)
        #expect(arena.latest(0, onOrBefore: Self.day(12, 31)) == nil)
    }

    @Test("every kind of value comes back exactly as it went in")
    func kindsRoundTrip() {
        let values: [ObservationValue] = [
            .passFail(true), .passFail(false), .ratio(numerator: 9_000_000_001, denominator: 9_000_000_002),
            .percent(FixedDecimal("21.8")!), .amount(FixedDecimal("45000000.25")!), .count(0), .count(Int64.max),
        ]
        var arena = CellArena()
        arena.appendCells(values.count)
        for (cell, value) in values.enumerated() { arena.insert(Self.entry(1, 1, value), into: cell) }
        #expect(values.indices.map { arena.latest($0, onOrBefore: Self.day(1, 1))?.value } == values)
    }

    @Test("cells that grow and are compacted keep every entry, and so does compaction that starts by itself")
    func growthAndCompaction() {
        var arena = CellArena()
        arena.appendCells(300)
        // Interleaved writes make every cell move several times: holes pile up until compaction runs by itself.
        for round in 0..<12 {
            for cell in 0..<300 { arena.insert(Self.entry(1 + round, 1, .count(Int64(cell * 100 + round))), into: cell) }
        }
        let expected = (0..<300).map { cell in (0..<12).map { Int64(cell * 100 + $0) } }
        func counts() -> [[Int64]] {
            (0..<300).map { cell in
                arena.entries(cell).map { if case .count(let count) = $0.value { count } else { -1 } }
            }
        }
        #expect(counts() == expected)
        arena.compact()
        #expect(counts() == expected)
        #expect(arena.spans.map(\.start) == (0..<300).map { Int32($0 * 12) })
        arena.insert(Self.entry(12, 31, .count(-5)), into: 0)
        #expect(arena.latest(0, onOrBefore: Self.day(12, 31))?.value == .count(-5))
        #expect(arena.entries(1).count == 12)
    }
}
