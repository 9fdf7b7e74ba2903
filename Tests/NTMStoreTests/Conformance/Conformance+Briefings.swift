import Foundation
import NTMCore
import NTMData
import NTMStore
import NTMTasks
import Testing

extension Conformance {
    /// The demo's 17 registered xã on 30/06/2019, frozen as the 24/07/2019 briefing presented them.
    static func briefing(_ id: String = "giao-ban-2019-07-24") throws -> BriefingSession {
        let engine = try BundledData.demoEngine()
        let set = try engine.catalog.setInForce(level: .commune, on: BundledData.demoBriefingDate, for: .commune)
        let bands = BandSchemeCatalog(try BundledData.bandSchemes()).resolve(nil, for: set)
        let summary = try engine.summary(of: .registered(year: 2019, within: "84"), on: BundledData.demoBriefingDate, bands: bands)
        return BriefingSession(
            id: id, title: "Giao ban trực tuyến", heldOn: day("2019-07-24"), chair: "Phó Chủ tịch UBND tỉnh", participants: [.office],
            snapshot: BriefingSnapshot(summary, basis: "approved"))
    }

    static let briefings: [ConformanceCase] = [
        ConformanceCase(name: "a briefing is stored with its frozen figures and their hash, and read back the same") { store in
            let session = try briefing()
            try await store.createSession(session, by: "vanphong")
            let stored = try #require(try await store.sessions().first)
            #expect(stored.session == session)
            #expect(
                stored.session.snapshot.headline
                    == "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí.")
            #expect(stored.contentHash.count == 64)
            #expect(stored.createdBy == "vanphong")
            #expect(try await store.audit(AuditFilter(entity: "briefing")).first?.after?.hasSuffix("sha256:\(stored.contentHash)") == true)
        },
        ConformanceCase(name: "a briefing cannot be stored twice: the first figures stay as they were") { store in
            let session = try briefing()
            try await store.createSession(session, by: "vanphong")
            var changed = session
            changed.snapshot.headline = "Kết quả khác"
            await #expect(throws: TaskError.sessionExists("giao-ban-2019-07-24")) { try await store.createSession(changed, by: "vanphong") }
            #expect(try await store.sessions().map(\.session) == [session])
        },
    ]
}
