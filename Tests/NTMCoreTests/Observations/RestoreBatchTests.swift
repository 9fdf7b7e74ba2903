import NTMCore
import Testing

@Suite("Restoring stored values in batches")
struct RestoreBatchTests {
    @Test("a batch restores what the criteria know, counts what they do not, and equals restoring one by one")
    func batchEqualsOneByOne() throws {
        let known = Fixtures.allMet("100") + Fixtures.allMet("110") + [Fixtures.observation("101", "1.1", .passFail(false))]
        let unknownCode = Fixtures.observation("101", "9.9", .passFail(true))
        let unknownSet = Observation(unit: "100", criteriaSet: "retired-set", indicator: "1.1", date: Fixtures.day, value: .passFail(true))
        let batch = Array(known.prefix(3)) + [unknownCode, unknownSet] + Array(known.dropFirst(3))

        var batched = try Fixtures.engine(observations: [])
        #expect(batched.restore(contentsOf: batch) == 2)
        batched.compactObservations()
        var single = try Fixtures.engine(observations: [])
        let skipped = batch.filter { !single.restore($0) }.count
        #expect(skipped == 2)
        #expect(batched.observations.count == known.count)
        #expect(batched.observations.allObservations() == single.observations.allObservations())
        let summary = try batched.summary(of: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(summary.atStandard == 2)
    }
}
