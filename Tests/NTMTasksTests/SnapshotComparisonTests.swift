import Foundation
import NTMCore
import NTMTasks
import Testing

@Suite("Compare a briefing's frozen figures with now")
struct SnapshotComparisonTests {
    static func commune(_ code: String, met: Int, unmet: [Int], band: String) -> BriefingSnapshot.Commune {
        BriefingSnapshot.Commune(
            code: code, name: "Xã \(code)", district: "Huyện", criteriaMet: met, unmet: unmet, reachedStandard: met == 19, band: band, hasData: true)
    }

    static func snapshot(_ communes: [BriefingSnapshot.Commune]) throws -> BriefingSnapshot {
        // A snapshot is made from a roll-up; its figures are set here by hand for the comparison.
        var snapshot = try JSONRoundTrip.empty()
        snapshot.communes = communes
        return snapshot
    }

    @Test("criteria newly met and lost are listed per xã, xã that moved band first, unchanged xã left out")
    func changes() throws {
        let then = try Self.snapshot([
            Self.commune("a", met: 18, unmet: [11], band: "14-18"), Self.commune("b", met: 13, unmet: [2, 5, 6, 7, 8, 9], band: "<14"),
            Self.commune("c", met: 17, unmet: [13, 17], band: "14-18"), Self.commune("d", met: 19, unmet: [], band: "19"),
        ])
        let now = try Self.snapshot([
            Self.commune("a", met: 19, unmet: [], band: "19"), Self.commune("b", met: 13, unmet: [2, 5, 6, 7, 8, 15], band: "<14"),
            Self.commune("c", met: 17, unmet: [13, 17], band: "14-18"), Self.commune("d", met: 19, unmet: [], band: "19"),
        ])
        let comparison = SnapshotComparison(then: then, now: now)
        #expect(comparison.changes.map(\.code) == ["a", "b"])
        #expect(comparison.changes[0].movedBand)
        #expect(comparison.changes[0].newlyMet == [11])
        #expect(comparison.changes[1].movedBand == false)
        #expect(comparison.changes[1].newlyMet == [9])
        #expect(comparison.changes[1].lost == [15])
    }
}

/// An empty snapshot read from JSON, since snapshots are otherwise only made from a roll-up.
enum JSONRoundTrip {
    static func empty() throws -> BriefingSnapshot {
        let json = """
            {"evaluatedOn":"2019-06-30","basis":"approved","scope":"registered:2019@84","scopeName":"17 xã","criteriaSet":"commune-2016-2020",
             "totalCriteria":19,"bandScheme":"giao-ban","headline":"","bands":[],"communes":[]}
            """
        return try JSONDecoder().decode(BriefingSnapshot.self, from: Data(json.utf8))
    }
}
