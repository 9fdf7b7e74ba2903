import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

@Suite("API reads")
struct APIReadTests {
    @Test("the summary of the communes registered for 2019 reads 02/17, 13, 02 on 30/06/2019")
    func briefingSummary() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let summary = try #require(try await viewer.get("/api/v1/summary?scope=registered:2019@84&date=2019-06-30").json as? [String: Any])
            #expect(summary["communes"] as? Int == 17)
            let bands = try #require(summary["bands"] as? [[String: Any]])
            #expect(bands.compactMap { $0["communes"] as? Int } == [2, 13, 2])
        }
    }

    @Test("a commune's evaluation explains every indicator with its threshold's source")
    func evaluationExplains() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let evaluation = try #require(try await viewer.get("/api/v1/evaluations/\(Fixture.commune)?date=2019-06-30").json as? [String: Any])
            #expect(evaluation["criteriaMet"] as? Int == 18)
            let criteria = try #require(evaluation["criteria"] as? [[String: Any]])
            let poverty = try #require(criteria.first { $0["number"] as? Int == 11 }?["indicators"] as? [[String: Any]]).first
            #expect((poverty?["status"] as? [String: Any])?["status"] as? String == "not-met")
            #expect(poverty?["thresholdSource"] != nil)
        }
    }

    @Test("unknown units and bad parameters answer with problem details naming the field")
    func badRequests() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let unknown = try await viewer.get("/api/v1/evaluations/99999")
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType] == "application/problem+json")
            let badDate = try await viewer.get("/api/v1/summary?date=2019-13-45")
            #expect(badDate.status == .badRequest)
            #expect(badDate.text.contains("2019-13-45"))
            let badScope = try await viewer.get("/api/v1/summary?scope=somewhere")
            #expect(badScope.status == .badRequest)
        }
    }

    @Test("a value's history lists every revision with who made it")
    func historyListsRevisions() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            _ = try await commune.postJSON("/api/v1/observations", ["changes": [APIWriteTests.change(numerator: 150)]])
            _ = try await commune.postJSON("/api/v1/reviews", ["reviews": [APIWriteTests.review("submit", revision: 1)]])
            let uri = "/api/v1/observations/history?unit=\(Fixture.commune)&criteriaSet=\(Fixture.set)&indicator=11&date=\(Fixture.july.iso)"
            let history = try #require(try await commune.get(uri).json as? [[String: Any]])
            #expect(history.compactMap { $0["status"] as? String } == ["draft", "submitted"])
            #expect(history.allSatisfy { $0["actor"] as? String == "xa" })
        }
    }

    @Test("units, criteria sets and what a set is missing are listed")
    func referenceData() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let communes = try #require(try await viewer.get("/api/v1/units?parent=844&kind=commune&date=2019-06-30").json as? [[String: Any]])
            #expect(communes.contains { $0["code"] as? String == Fixture.commune.rawValue })
            let sets = try #require(try await viewer.get("/api/v1/criteria-sets").json as? [[String: Any]])
            #expect(sets.contains { $0["id"] as? String == "commune-2026-2030" && $0["complete"] as? Bool == false })
            let missing = try #require(try await viewer.get("/api/v1/criteria-sets/commune-2026-2030/missing").json as? [[String: Any]])
            #expect(!missing.isEmpty)
        }
    }

    @Test("the OpenAPI document is served and names every route group")
    func openAPIServed() async throws {
        try await WebHarness.withApp { client, _ in
            let response = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            for path in [
                "/session:", "/units:", "/criteria-sets:", "/observations:", "/reviews:", "/evaluations/preview:", "/summary:", "/users:", "/audit:",
            ] {
                #expect(response.text.contains(path), "openapi.yaml lacks \(path)")
            }
            #expect(response.text.hasPrefix("openapi: 3.1"))
        }
    }
}

@Suite("HTTP semantics")
struct HTTPSemanticsTests {
    @Test("a method an API path does not take is answered 405 with the allowed methods")
    func methodNotAllowed() async throws {
        try await WebHarness.withApp { client, _ in
            let response = try await client.execute(uri: "/api/v1/evaluations/preview", method: .put)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "POST")
            let session = try await client.execute(uri: "/api/v1/session", method: .patch)
            #expect(session.headers[.allow] == "POST, GET, DELETE")
        }
    }

    @Test("empty or malformed parameters are refused, not read as absent")
    func malformedParameters() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            #expect(try await viewer.get("/api/v1/summary?date=").status == .badRequest)
            #expect(try await viewer.get("/api/v1/summary?communes=maybe").status == .badRequest)
            #expect(try await viewer.get("/api/v1/units?kind=village").status == .badRequest)
            #expect(try await viewer.get("/api/v1/units?kind=").status == .badRequest, "an empty kind is not \"any kind\"")
            #expect(try await viewer.get("/api/v1/audit").status == .forbidden)
        }
    }
}
