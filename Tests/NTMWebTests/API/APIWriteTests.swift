import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

@Suite("API writes and reviews")
struct APIWriteTests {
    static func change(numerator: Int, revision: Int = 0, date: LocalDate = Fixture.july) -> [String: Any] {
        [
            "unit": Fixture.commune.rawValue, "criteriaSet": Fixture.set.rawValue, "indicator": Fixture.poverty.rawValue, "date": date.iso,
            "value": ["type": "ratio", "numerator": numerator, "denominator": 2927], "expectedRevision": revision,
            "source": "Báo cáo rà soát hộ nghèo", "evidence": "QĐ 12/QĐ-UBND",
        ]
    }

    static func review(_ action: String, revision: Int, comment: String? = nil) -> [String: Any] {
        var review: [String: Any] = [
            "unit": Fixture.commune.rawValue, "criteriaSet": Fixture.set.rawValue, "indicator": Fixture.poverty.rawValue,
            "date": Fixture.july.iso, "action": action, "expectedRevision": revision,
        ]
        if let comment { review["comment"] = comment }
        return review
    }

    @Test("a value goes draft → submitted → verified → approved, and only then counts in the official summary")
    func reviewWorkflowChangesSummary() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            let district = try await Browser.signedIn("huyen", on: client)
            let office = try await Browser.signedIn("vanphong", on: client)
            let summaryURI = "/api/v1/summary?scope=registered:2019@84&date=\(Fixture.july.iso)&communes=false"
            let before = try #require(try await office.get(summaryURI).json as? [String: Any])
            #expect(before["atStandard"] as? Int == 2)

            #expect(try await commune.postJSON("/api/v1/observations", ["changes": [Self.change(numerator: 150)]]).status == .created)
            #expect(try await commune.postJSON("/api/v1/reviews", ["reviews": [Self.review("submit", revision: 1)]]).status == .created)
            #expect(try await district.postJSON("/api/v1/reviews", ["reviews": [Self.review("verify", revision: 2)]]).status == .created)
            let unchanged = try #require(try await office.get(summaryURI).json as? [String: Any])
            #expect(unchanged["atStandard"] as? Int == 2, "verified values are not official yet")
            #expect(try await office.postJSON("/api/v1/reviews", ["reviews": [Self.review("approve", revision: 3)]]).status == .created)

            let after = try #require(try await office.get(summaryURI).json as? [String: Any])
            #expect(after["atStandard"] as? Int == 3, "the very next request shows the approved value")
        }
    }

    @Test("a stale write is refused with 409 and the first write stays")
    func staleWriteConflicts() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            #expect(try await commune.postJSON("/api/v1/observations", ["changes": [Self.change(numerator: 150)]]).status == .created)
            let stale = try await commune.postJSON("/api/v1/observations", ["changes": [Self.change(numerator: 160)]])
            #expect(stale.status == .conflict)
            #expect(stale.headers[.contentType] == "application/problem+json")
            let slot = ObservationSlot(unit: Fixture.commune, criteriaSet: Fixture.set, indicator: Fixture.poverty, date: Fixture.july)
            let history = try await services.store.history(slot)
            #expect(history.map(\.value) == [.ratio(numerator: 150, denominator: 2927)])
        }
    }

    @Test("an invalid value is refused with 422 naming the problem, and nothing is stored")
    func invalidValueRefused() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            var change = Self.change(numerator: 3000)
            change["value"] = ["type": "ratio", "numerator": 3000, "denominator": 2927]
            let response = try await commune.postJSON("/api/v1/observations", ["changes": [Self.change(numerator: 10), change]])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("3000"))
            #expect(try await services.store.currentRecords(.init(units: [Fixture.commune], date: Fixture.july)).isEmpty)
        }
    }

    @Test("returning a value needs a comment")
    func returnNeedsComment() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            let district = try await Browser.signedIn("huyen", on: client)
            _ = try await commune.postJSON("/api/v1/observations", ["changes": [Self.change(numerator: 150)]])
            _ = try await commune.postJSON("/api/v1/reviews", ["reviews": [Self.review("submit", revision: 1)]])
            let missing = try await district.postJSON("/api/v1/reviews", ["reviews": [Self.review("return", revision: 2)]])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("reviews[0].comment"))
            let returned = try await district.postJSON(
                "/api/v1/reviews", ["reviews": [Self.review("return", revision: 2, comment: "Thiếu danh sách hộ nghèo")]])
            #expect(returned.status == .created)
        }
    }

    @Test("approved values are locked until the office reopens them")
    func approvedValuesAreLocked() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            // The demo's June values are approved.
            let locked = try await commune.postJSON(
                "/api/v1/observations", ["changes": [Self.change(numerator: 100, revision: 1, date: WebHarness.date)]])
            #expect(locked.status == .conflict)
            #expect(locked.text.contains("khóa"))
        }
    }

    @Test("the preview evaluates typed values without storing them")
    func previewDoesNotStore() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            let body: [String: Any] = [
                "unit": Fixture.commune.rawValue, "date": Fixture.july.iso,
                "values": [["indicator": "11", "value": ["type": "ratio", "numerator": 150, "denominator": 2927]]],
            ]
            let response = try await commune.postJSON("/api/v1/evaluations/preview", body)
            #expect(response.status == .ok)
            let evaluation = try #require(response.json as? [String: Any])
            #expect(evaluation["criteriaMet"] as? Int == 19)
            #expect(evaluation["reachedStandard"] as? Bool == true)
            #expect(try await services.store.currentRecords(.init(units: [Fixture.commune], date: Fixture.july)).isEmpty)

            let invalid: [String: Any] = [
                "unit": Fixture.commune.rawValue, "date": Fixture.july.iso,
                "values": [["indicator": "11", "value": ["type": "ratio", "numerator": 1, "denominator": 0]]],
            ]
            let refused = try await commune.postJSON("/api/v1/evaluations/preview", invalid)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("values[0]"))
        }
    }
}
