import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMWeb
import Testing

/// The office manages users in the browser with the same rules and audit trail as the API and the CLI.
@Suite("Users page")
struct UsersPageTests {
    @Test("the office creates a commune officer, who can then sign in; the creation is audited")
    func createsUser() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let list = try await office.get("/nguoi-dung").text
            #expect(list.contains("href=\"/nguoi-dung/xa\">xa</a>"))
            #expect(try await office.get("/nguoi-dung/moi").text.contains("name=\"username\""))
            let created = try await office.postForm(
                "/nguoi-dung",
                [
                    ("username", "xa-my-cam"), ("displayName", "Cán bộ Xã Mỹ Cẩm"), ("role", "commune"), ("department", ""),
                    ("unit", Fixture.neighbour.rawValue), ("password", "ruong-lua-my-cam-2019"),
                ])
            #expect(created.status == .found)
            #expect(created.headers[.location] == "/nguoi-dung?created=xa-my-cam")
            #expect(try await office.get("/nguoi-dung?created=xa-my-cam").text.contains("Đã tạo người dùng xa-my-cam."))
            let stored = try #require(try await services.store.account("xa-my-cam")?.account)
            #expect(stored.role == .commune)
            #expect(stored.unit == Fixture.neighbour)
            _ = try await Browser.signedIn("xa-my-cam", on: client, password: "ruong-lua-my-cam-2019")
            let audit = try await services.store.audit(AuditFilter(action: "create-user", entity: "user", keyPrefix: "xa-my-cam"))
            #expect(audit.map(\.actor) == ["vanphong"])
        }
    }

    @Test("a commune officer without a unit, or a short password, is refused at the field and nothing is stored")
    func refusedAtTheField() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let response = try await office.postForm(
                "/nguoi-dung", [("username", "xa-moi"), ("role", "commune"), ("unit", "99999"), ("password", "ngan")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("id=\"err-unit\">không có đơn vị mã 99999"))
            #expect(response.text.contains("id=\"err-password\">"))
            #expect(response.text.contains("value=\"xa-moi\""), "what was typed is kept")
            #expect(try await services.store.account("xa-moi") == nil)
        }
    }

    @Test("disabling a user and resetting a password take effect at once")
    func disableAndReset() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let reset = try await office.postForm(
                "/nguoi-dung/xa",
                [
                    ("displayName", "Cán bộ Xã Đức Mỹ"), ("role", "commune"), ("unit", Fixture.commune.rawValue), ("active", "1"),
                    ("password", "mat-khau-moi-duc-my-2019"),
                ])
            #expect(reset.status == .found)
            _ = try await Browser.signedIn("xa", on: client, password: "mat-khau-moi-duc-my-2019")
            let disabled = try await office.postForm(
                "/nguoi-dung/xa", [("displayName", "Cán bộ Xã Đức Mỹ"), ("role", "commune"), ("unit", Fixture.commune.rawValue)])
            #expect(disabled.status == .found)
            #expect(try await services.store.account("xa")?.account.active == false)
            await #expect(throws: BrowserError.self) {
                _ = try await Browser.signedIn("xa", on: client, password: "mat-khau-moi-duc-my-2019")
            }
            #expect(try await office.get("/nguoi-dung").text.contains("Đã khóa"))
        }
    }

    @Test("only the office sees the users page")
    func officeOnly() async throws {
        try await WebHarness.withApp { client, _ in
            for username in ["xa", "huyen", "lanhdao"] {
                let browser = try await Browser.signedIn(username, on: client)
                #expect(try await browser.get("/nguoi-dung").status == .forbidden, "\(username)")
                let post = try await browser.postForm("/nguoi-dung", [("username", "x1"), ("role", "office"), ("password", "mot-mat-khau-dai")])
                #expect(post.status == .forbidden, "\(username)")
            }
        }
    }
}
