import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMWeb
import Testing

@Suite("Signing in")
struct LoginTests {
    /// Loads the sign-in form like a browser: the form's token and the matching double-submit cookie.
    static func loginForm(_ client: any TestClientProtocol) async throws -> (token: String, cookie: String) {
        let page = try await client.execute(uri: "/dang-nhap", method: .get)
        let token = try #require(page.text.firstMatch(of: /name="_csrf" value="([^"]+)"/)?.1)
        let cookie = try #require(page.cookie(named: "ntm_login_csrf"))
        return (String(token), "ntm_login_csrf=\(cookie)")
    }

    @Test("the sign-in form sets an HttpOnly, SameSite=Lax session cookie and sends the user on")
    func formSignInSetsProtectedCookie() async throws {
        try await WebHarness.withApp { client, _ in
            let (token, cookie) = try await Self.loginForm(client)
            let response = try await Browser(client).postForm(
                "/dang-nhap", [("username", "xa"), ("password", DemoAccounts.password), ("next", "/bo-tieu-chi")],
                token: token, cookie: cookie)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/bo-tieu-chi")
            let session = try #require(response.setCookie(named: "ntm_session"))
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Lax"))
            #expect(!session.contains("Secure"), "plain HTTP on loopback must still work")
        }
    }

    @Test("behind a trusted TLS proxy the session cookie is marked Secure (a live server on port 0)")
    func secureBehindProxy() async throws {
        try await WebHarness.withApp(trustedProxies: ["127.0.0.1"], mode: .live) { client, _ in
            let (token, cookie) = try await Self.loginForm(client)
            let body = "username=xa&password=\(DemoAccounts.password)&_csrf=\(token)"
            let response = try await client.execute(
                uri: "/dang-nhap", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded", .cookie: cookie,
                    HTTPField.Name("X-Forwarded-Proto")!: "https",
                ],
                body: ByteBuffer(string: body))
            #expect(try #require(response.setCookie(named: "ntm_session")).contains("Secure"))
        }
    }

    /// Anyone can write X-Forwarded-Proto; only a configured proxy is believed.
    @Test("X-Forwarded-Proto from a client that is not a trusted proxy is ignored")
    func untrustedForwardedProto() async throws {
        try await WebHarness.withApp(mode: .live) { client, _ in
            let (token, cookie) = try await Self.loginForm(client)
            let body = "username=xa&password=\(DemoAccounts.password)&_csrf=\(token)"
            let response = try await client.execute(
                uri: "/dang-nhap", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded", .cookie: cookie,
                    HTTPField.Name("X-Forwarded-Proto")!: "https",
                ],
                body: ByteBuffer(string: body))
            #expect(try #require(response.setCookie(named: "ntm_session")).contains("Secure") == false)
        }
    }

    @Test("a wrong password shows the form again with a message and no session")
    func wrongPasswordIsRefused() async throws {
        try await WebHarness.withApp { client, _ in
            let (token, cookie) = try await Self.loginForm(client)
            let response = try await Browser(client).postForm(
                "/dang-nhap", [("username", "xa"), ("password", "sai-mat-khau-roi")], token: token, cookie: cookie)
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("Tên đăng nhập hoặc mật khẩu không đúng"))
            #expect(response.setCookie(named: "ntm_session") == nil)
        }
    }

    @Test("the sign-in form never redirects to another site")
    func nextMustBeLocal() async throws {
        try await WebHarness.withApp { client, _ in
            let (token, cookie) = try await Self.loginForm(client)
            let response = try await Browser(client).postForm(
                "/dang-nhap", [("username", "xa"), ("password", DemoAccounts.password), ("next", "//evil.example/")],
                token: token, cookie: cookie)
            #expect(response.headers[.location] == "/")
        }
    }

    @Test("pages send anonymous visitors to sign in; the API answers 401 as problem+json")
    func anonymousVisitors() async throws {
        try await WebHarness.withApp { client, _ in
            let page = try await client.execute(uri: "/huyen/844", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/dang-nhap?next=") == true)
            let api = try await client.execute(uri: "/api/v1/summary", method: .get)
            #expect(api.status == .unauthorized)
            #expect(api.headers[.contentType] == "application/problem+json")
        }
    }

    @Test("signing out ends the session on the server")
    func signOutEndsSession() async throws {
        try await WebHarness.withApp { client, _ in
            let browser = try await Browser.signedIn("lanhdao", on: client)
            #expect(try await browser.get("/api/v1/session").status == .ok)
            let out = try await client.execute(uri: "/api/v1/session", method: .delete, headers: browser.headers())
            #expect(out.status == .noContent)
            #expect(try await browser.get("/api/v1/session").status == .unauthorized)
        }
    }

    @Test("after five failed sign-ins the account is refused for a while, even with the right password")
    func throttlesRepeatedFailures() async throws {
        try await WebHarness.withApp { client, _ in
            let anonymous = Browser(client)
            for _ in 0..<5 {
                let failed = try await anonymous.postJSON("/api/v1/session", ["username": "huyen", "password": "doan-mo-mat-khau"], csrf: false)
                #expect(failed.status == .unauthorized)
            }
            let throttled = try await anonymous.postJSON("/api/v1/session", ["username": "huyen", "password": DemoAccounts.password], csrf: false)
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.headers[.retryAfter] != nil)
            // Other accounts are unaffected.
            let other = try await anonymous.postJSON("/api/v1/session", ["username": "xa", "password": DemoAccounts.password], csrf: false)
            #expect(other.status == .created)
        }
    }
}
