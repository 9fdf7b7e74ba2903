import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

@Suite("Users and audit")
struct APIAdminTests {
    @Test("the office creates a user who can then sign in; the audit log records it without the password")
    func officeCreatesUser() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let created = try await office.postJSON(
                "/api/v1/users",
                [
                    "username": "so-yte", "displayName": "Sở Y tế", "role": "department",
                    "organisation": "department:SYT", "password": "mat-khau-so-y-te",
                ])
            #expect(created.status == .created)
            _ = try await Browser.signedIn("so-yte", on: client, password: "mat-khau-so-y-te")
            let audit = try #require(try await office.get("/api/v1/audit?action=create-user&actor=vanphong").json as? [[String: Any]])
            #expect(audit.count == 1)
            #expect(audit.first?["key"] as? String == "so-yte")
            let after = try #require(audit.first?["after"] as? String)
            #expect(after.contains("so-yte"))
            #expect(!after.contains("$2b$"), "no password hash in the audit trail")
        }
    }

    @Test("bad user data is refused with each field named")
    func invalidUser() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let response = try await office.postJSON("/api/v1/users", ["username": "X", "role": "commune", "password": "short"])
            #expect(response.status == .unprocessableContent)
            let errors = try #require((response.json as? [String: Any])?["errors"] as? [[String: Any]]).compactMap { $0["field"] as? String }
            #expect(Set(errors) == ["username", "password", "organisation"])
        }
    }

    @Test("disabling a user ends their sessions at once")
    func disablingEndsSessions() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            #expect(try await viewer.get("/api/v1/session").status == .ok)
            #expect(try await office.postJSON("/api/v1/users/lanhdao", ["active": false], method: .patch).status == .ok)
            #expect(try await viewer.get("/api/v1/session").status == .unauthorized)
        }
    }

    @Test("the audit log is the office's: others get 403")
    func auditIsOfficeOnly() async throws {
        try await WebHarness.withApp { client, _ in
            for role in ["lanhdao", "huyen", "xa", "so-nnptnt"] {
                let browser = try await Browser.signedIn(role, on: client)
                #expect(try await browser.get("/api/v1/audit").status == .forbidden)
                #expect(try await browser.get("/nhat-ky").status == .forbidden)
            }
        }
    }

    @Test("every value change is in the audit log with before and after")
    func writesAreAudited() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            _ = try await commune.postJSON("/api/v1/observations", ["changes": [APIWriteTests.change(numerator: 150)]])
            _ = try await commune.postJSON("/api/v1/observations", ["changes": [APIWriteTests.change(numerator: 140, revision: 1)]])
            let office = try await Browser.signedIn("vanphong", on: client)
            let entries = try #require(try await office.get("/api/v1/audit?actor=xa&entity=observation").json as? [[String: Any]])
            #expect(entries.count == 2)
            let latest = try #require(entries.first)
            #expect((latest["before"] as? String)?.contains("150") == true)
            #expect((latest["after"] as? String)?.contains("140") == true)
        }
    }
}
