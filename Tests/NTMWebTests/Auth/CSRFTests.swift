import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

@Suite("CSRF protection")
struct CSRFTests {
    static var change: [String: Any] {
        [
            "changes": [
                [
                    "unit": Fixture.commune.rawValue, "criteriaSet": Fixture.set.rawValue, "indicator": Fixture.poverty.rawValue,
                    "date": Fixture.july.iso, "value": ["type": "ratio", "numerator": 100, "denominator": 2900], "expectedRevision": 0,
                ]
            ]
        ]
    }

    @Test("an API write without the token is refused and stores nothing")
    func apiWriteWithoutToken() async throws {
        try await WebHarness.withApp { client, services in
            let browser = try await Browser.signedIn("xa", on: client)
            let response = try await browser.postJSON("/api/v1/observations", Self.change, csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.text.contains("csrf"))
            #expect(try await services.store.currentRecords(.init(units: [Fixture.commune], date: Fixture.july)).isEmpty)
        }
    }

    @Test("an API write with another session's token is refused")
    func apiWriteWithForeignToken() async throws {
        try await WebHarness.withApp { client, _ in
            var browser = try await Browser.signedIn("xa", on: client)
            browser.csrf = try await Browser.signedIn("vanphong", on: client).csrf
            #expect(try await browser.postJSON("/api/v1/observations", Self.change).status == .forbidden)
        }
    }

    @Test("an API write with the session's token is accepted")
    func apiWriteWithToken() async throws {
        try await WebHarness.withApp { client, _ in
            let browser = try await Browser.signedIn("xa", on: client)
            #expect(try await browser.postJSON("/api/v1/observations", Self.change).status == .created)
        }
    }

    @Test("a form post without the token is refused, like one from another site")
    func formWithoutToken() async throws {
        try await WebHarness.withApp { client, services in
            var browser = try await Browser.signedIn("xa", on: client)
            browser.csrf = nil
            let response = try await browser.postForm(
                "/nhap-lieu/\(Fixture.commune)", [("date", Fixture.july.iso), ("n:11", "100"), ("d:11", "2900")])
            #expect(response.status == .forbidden)
            #expect(try await services.store.currentRecords(.init(units: [Fixture.commune], date: Fixture.july)).isEmpty)
        }
    }

    @Test("the sign-in form needs its double-submit cookie")
    func loginNeedsCookie() async throws {
        try await WebHarness.withApp { client, _ in
            let (token, _) = try await LoginTests.loginForm(client)
            let response = try await Browser(client).postForm("/dang-nhap", [("username", "xa"), ("password", DemoAccounts.password)], token: token)
            #expect(response.status == .forbidden)
        }
    }

    @Test("a JSON sign-in must be sent as JSON, which other sites' forms cannot do")
    func jsonLoginNeedsJSON() async throws {
        try await WebHarness.withApp { client, _ in
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "username=xa&password=\(DemoAccounts.password)"))
            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test("signing out needs the token too")
    func logoutNeedsToken() async throws {
        try await WebHarness.withApp { client, _ in
            var browser = try await Browser.signedIn("xa", on: client)
            browser.csrf = nil
            #expect(try await browser.postForm("/dang-xuat", []).status == .forbidden)
        }
    }
}
