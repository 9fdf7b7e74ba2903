import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMWeb
import Testing

@Suite("Targets API")
struct APITargetsTests {
    static var newTarget: [String: Any] {
        [
            "id": "chau-thanh-50", "title": ["vi": "Châu Thành: ≥ 50% số xã đạt chuẩn"], "scope": "847",
            "measure": ["kind": "share-at-standard", "value": "50"], "deadline": "2019-12-31",
            "source": ["document": "Kế hoạch 2019", "date": "2019-01-15"], "owner": "unit:847",
        ]
    }

    @Test("the list gives each target's computed status and the reading of its judged day")
    func list() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let targets = try #require(try await viewer.get("/api/v1/targets?date=2019-12-31").json as? [[String: Any]])
            #expect(targets.count == 7)
            let cangLong = try #require(targets.first { ($0["definition"] as? [String: Any])?["id"] as? String == "cang-long-70-2019" })
            #expect((cangLong["status"] as? [String: Any])?["code"] as? String == "met")
            let reading = try #require(cangLong["reading"] as? [String: Any])
            #expect(reading["date"] as? String == "2019-10-15")
            #expect(reading["text"] as? String == "76,92% / 70%")
            let registered = try #require(targets.first { ($0["definition"] as? [String: Any])?["id"] as? String == "dang-ky-2019-19-19" })
            #expect((registered["status"] as? [String: Any])?["code"] as? String == "missed")
        }
    }

    @Test("one target carries its gap path")
    func detail() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let target = try #require(try await viewer.get("/api/v1/targets/cang-long-70-2019?date=2019-06-30&lang=en").json as? [String: Any])
            let gap = try #require(target["gap"] as? [String: Any])
            #expect(gap["needed"] as? Int == 3)
            #expect(gap["counted"] as? String == "communes")
            let first = try #require((gap["candidates"] as? [[String: Any]])?.first)
            #expect(first["unit"] as? String == "29305")
            let missing = try #require((first["missing"] as? [[String: Any]])?.first)
            #expect(missing["criterion"] as? Int == 11)
            #expect(missing["department"] as? String == "Department of Labour, Invalids and Social Affairs")
            let forecast = try #require(target["forecast"] as? [String: Any])
            let probability = try #require(forecast["probability"] as? Double)
            #expect(probability > 0 && probability < 1)
            #expect((forecast["communes"] as? [[String: Any]])?.first?["unit"] as? String == "29305")
            #expect((forecast["basis"] as? String)?.hasPrefix("Based on 3 recording days from 2018-06-30 to 2019-06-30") == true)
            #expect(try await viewer.get("/api/v1/targets/khong-co").status == .notFound)
        }
    }

    @Test("the office creates then replaces a target, audited; others are refused")
    func officeSaves() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            #expect(try await office.postJSON("/api/v1/targets", Self.newTarget).status == .created)
            var changed = Self.newTarget
            changed["measure"] = ["kind": "share-at-standard", "value": "60"]
            #expect(try await office.postJSON("/api/v1/targets", changed).status == .ok)
            #expect(try await services.store.targets().first { $0.id == "chau-thanh-50" }?.measure.value == "60")
            let audit = try await services.store.audit(AuditFilter(entity: "target", keyPrefix: "chau-thanh-50"))
            #expect(Set(audit.map(\.action)) == ["create-target", "update-target"])
            for username in ["xa", "huyen", "lanhdao", "so-nnptnt"] {
                let browser = try await Browser.signedIn(username, on: client)
                #expect(try await browser.postJSON("/api/v1/targets", Self.newTarget).status == .forbidden, "\(username)")
            }
        }
    }

    @Test("a share of 140%, an unknown unit, a district measure on a commune: 422 naming the field, nothing stored")
    func badInput() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let cases: [(String, Any, String)] = [
                ("measure", ["kind": "share-at-standard", "value": "140"], "measure"),
                ("scope", "99999", "scope"),
                ("measure", ["kind": "district-criteria-at-least", "value": "6"], "measure"),
                ("measure", ["kind": "share-of-everything", "value": "6"], "measure"),
            ]
            for (key, value, field) in cases {
                var body = Self.newTarget
                body[key] = value
                if field == "measure", (value as? [String: String])?["kind"] == "district-criteria-at-least" { body["scope"] = "29305" }
                let response = try await office.postJSON("/api/v1/targets", body)
                #expect(response.status == .unprocessableContent, "\(value)")
                let errors = (response.json as? [String: Any])?["errors"] as? [[String: Any]]
                #expect(errors?.first?["field"] as? String == field, "\(value)")
            }
            #expect(try await services.store.targets().contains { $0.id == "chau-thanh-50" } == false)
        }
    }
}
