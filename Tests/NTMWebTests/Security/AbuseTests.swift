import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMWeb
import Testing

/// The findings of the attack review of `ntm serve`, each as a request that once stopped, filled or fooled the
/// server, now answered and refused.
@Suite("Abuse and limits")
struct AbuseTests {
    /// Int64.min made `abs()` trap while validating: one request stopped the process.
    @Test("extreme numbers in every JSON value path are refused with 422, and the server keeps answering")
    func extremeNumbersDoNotTrap() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            let nasty: [Any] = [Int64.min, Int64.max, -1, 0, 1e300, -1e300, 9.9e13, 1e-300]
            for value in nasty {
                let ratio: [String: Any] = ["type": "ratio", "numerator": value, "denominator": 1]
                let count: [String: Any] = ["type": "count", "value": value]
                let amount: [String: Any] = ["type": "amount", "value": value]
                for (indicator, typed) in [("11", ratio), ("17.5", count), ("10", amount)] {
                    let preview = try await commune.postJSON(
                        "/api/v1/evaluations/preview",
                        ["unit": Fixture.commune.rawValue, "date": Fixture.july.iso, "values": [["indicator": indicator, "value": typed]]])
                    #expect([200, 400, 422].contains(preview.status.code), "preview \(indicator) \(value): \(preview.status)")
                    let write = try await commune.postJSON(
                        "/api/v1/observations",
                        [
                            "changes": [
                                [
                                    "unit": Fixture.commune.rawValue, "criteriaSet": Fixture.set.rawValue, "indicator": indicator,
                                    "date": Fixture.july.iso, "value": typed, "expectedRevision": 0,
                                ]
                            ]
                        ])
                    // 409 once an earlier, valid value took the slot.
                    #expect([201, 400, 409, 422].contains(write.status.code), "write \(indicator) \(value): \(write.status)")
                }
            }
            let tooLarge = try await commune.postJSON(
                "/api/v1/evaluations/preview",
                [
                    "unit": Fixture.commune.rawValue, "date": Fixture.july.iso,
                    "values": [["indicator": "11", "value": ["type": "ratio", "numerator": Int64.min, "denominator": 1]]],
                ])
            #expect(tooLarge.status == .unprocessableContent)
            #expect(tooLarge.text.contains("-9223372036854775808"))
            #expect(try await client.execute(uri: "/health", method: .get).text == "ok")
        }
    }

    @Test("extreme numbers typed in the entry form are named at their field, never trap")
    func extremeNumbersInTheForm() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            for typed in ["-9223372036854775808", "9223372036854775807", "1e300", "99999999999999999999", "-0", "１２"] {
                let response = try await commune.postForm(
                    "/nhap-lieu/\(Fixture.commune)", [("date", Fixture.july.iso), ("n:11", typed), ("d:11", "2927")])
                #expect([200, 302, 422].contains(response.status.code), "\(typed): \(response.status)")
            }
            #expect(try await client.execute(uri: "/health", method: .get).text == "ok")
        }
    }

    /// Three 8 MB usernames once added 50 MB to the store.
    @Test("an oversized sign-in body is refused with 413, and a long username is never stored")
    func longUsernames() async throws {
        try await WebHarness.withApp { client, services in
            let huge = String(repeating: "a", count: 8 << 20)
            let body = try JSONSerialization.data(withJSONObject: ["username": huge, "password": "x"])
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body))
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
            let long = String(repeating: "b", count: 500_000)
            let refused = try await Browser(client).postJSON("/api/v1/session", ["username": long, "password": "x"], csrf: false)
            #expect(refused.status == .unauthorized)
            let stored = try await services.store.audit(AuditFilter(action: "sign-in-failed"))
            #expect(stored.count == 1)
            #expect(stored.allSatisfy { ($0.key ?? "").count <= 64 && $0.actor.count <= 64 })
        }
    }

    /// Forty parallel guesses were all checked against a limit of five: the count was read before the password check.
    @Test("parallel wrong passwords from one client are checked at most five times")
    func parallelGuesses() async throws {
        try await WebHarness.withApp { client, _ in
            let codes = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await Browser(client).postJSON(
                            "/api/v1/session", ["username": "huyen", "password": "sai-mat-khau-\(index)"], csrf: false
                        )
                        .status.code
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(codes.filter { $0 == 401 }.count == 5)
            #expect(codes.filter { $0 == 429 }.count == 35)
        }
    }

    @Test("sign-in, sign-out and failed sign-ins are in the audit log")
    func signInsAreAudited() async throws {
        try await WebHarness.withApp { client, services in
            _ = try await Browser(client).postJSON("/api/v1/session", ["username": "huyen", "password": "khong-dung-mat-khau"], csrf: false)
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            _ = try await viewer.postJSON("/api/v1/session", [:], method: .delete)
            let actions = try await services.store.audit(AuditFilter(entity: "session")).map { "\($0.action) \($0.key ?? "")" }
            #expect(actions == ["sign-out lanhdao", "sign-in lanhdao", "sign-in-failed huyen"])
        }
    }

    /// `next=/%09/evil.host/x` passed the old check, and browsers drop the tab and leave the site.
    @Test(
        "after sign-in only paths of this application are followed",
        arguments: [
            "/%09/evil.host/x", "//evil.host", "/\\evil.host", "https://evil.host/", "/%2F%2Fevil.host", "/\t/evil.host", "javascript:alert(1)",
            " /x", "/%0d%0aSet-Cookie:x=y",
        ])
    func openRedirect(next: String) async throws {
        try await WebHarness.withApp { client, _ in
            let (token, cookie) = try await LoginTests.loginForm(client)
            let body = "username=xa&password=\(DemoAccounts.password)&_csrf=\(token)&next=\(Browser.encode(next))"
            let response = try await client.execute(
                uri: "/dang-nhap", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookie],
                body: ByteBuffer(string: body))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/", "\(next) → \(response.headers[.location] ?? "")")
        }
    }

    @Test("a local next path is followed after sign-in")
    func localRedirect() async throws {
        try await WebHarness.withApp { client, _ in
            let (token, cookie) = try await LoginTests.loginForm(client)
            let body = "username=xa&password=\(DemoAccounts.password)&_csrf=\(token)&next=\(Browser.encode("/ma-tran?date=2019-06-30"))"
            let response = try await client.execute(
                uri: "/dang-nhap", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookie],
                body: ByteBuffer(string: body))
            #expect(response.headers[.location] == "/ma-tran?date=2019-06-30")
        }
    }

    @Test("the CSRF token is taken from the header or the form body, never from the query string")
    func csrfNotFromQuery() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            let token = try #require(commune.csrf)
            var headers: HTTPFields = [.contentType: "text/plain"]
            if let cookie = commune.cookie { headers[.cookie] = cookie }
            let response = try await client.execute(
                uri: "/nhap-lieu/\(Fixture.commune)?_csrf=\(token)&date=\(Fixture.july.iso)", method: .post, headers: headers,
                body: ByteBuffer(string: "n:11=1&d:11=2"))
            #expect(response.status == .forbidden)
        }
    }

    @Test("status messages are built from a count, not from the query's text")
    func statusMessagesFromCodes() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            let injected = try await commune.get(
                "/nhap-lieu/\(Fixture.commune)?date=\(Fixture.july.iso)&saved=\(Browser.encode("3 giá trị. Hãy gọi 0900"))")
            #expect(!injected.text.contains("Hãy gọi 0900"))
            #expect(!injected.text.contains("Đã lưu"))
            let honest = try await commune.get("/nhap-lieu/\(Fixture.commune)?date=\(Fixture.july.iso)&saved=3")
            #expect(honest.text.contains("Đã lưu 3 giá trị (nháp)."))
        }
    }

    /// Three 15 MB sources made a 63 MB history page.
    @Test("text fields longer than their limit are refused naming the field; the form shows the limit")
    func textLimits() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            let long = String(repeating: "x", count: ObservationText.sourceLimit + 1)
            let response = try await commune.postJSON(
                "/api/v1/observations",
                [
                    "changes": [
                        [
                            "unit": Fixture.commune.rawValue, "criteriaSet": Fixture.set.rawValue, "indicator": "11", "date": Fixture.july.iso,
                            "value": ["type": "ratio", "numerator": 1, "denominator": 10], "expectedRevision": 0, "source": long,
                        ]
                    ]
                ])
            #expect(response.status == .unprocessableContent)
            let errors = try #require((response.json as? [String: Any])?["errors"] as? [[String: Any]])
            #expect(errors.first?["field"] as? String == "changes[0].source")
            #expect(try await services.store.currentRecords(.init(units: [Fixture.commune], date: Fixture.july)).isEmpty)
            let form = try await commune.get("/nhap-lieu/\(Fixture.commune)?date=\(Fixture.july.iso)")
            #expect(form.text.contains("maxlength=\"\(ObservationText.evidenceLimit)\""))
        }
    }

    @Test("every response says nosniff; API answers, errors included, are never cached")
    func headers() async throws {
        try await WebHarness.withApp { client, _ in
            let anonymous = try await client.execute(uri: "/api/v1/units", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(anonymous.headers[.cacheControl] == "no-store")
            let asset = try await client.execute(uri: "/static/app.css", method: .get)
            #expect(asset.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            let document = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(document.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(anonymous.headers[HTTPField.Name("Strict-Transport-Security")!] == nil, "no HSTS over plain HTTP")
        }
    }

    @Test("behind a trusted TLS proxy responses carry HSTS")
    func hstsBehindTLS() async throws {
        try await WebHarness.withApp(trustedProxies: ["127.0.0.1"], mode: .live) { client, _ in
            let response = try await client.execute(
                uri: "/health", method: .get, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            #expect(response.headers[HTTPField.Name("Strict-Transport-Security")!] == "max-age=31536000")
        }
    }

    @Test("a commune reads its own drafts; another commune and viewers see approved values only, without evidence")
    func draftsAreNotPublic() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            let written = try await commune.postJSON(
                "/api/v1/observations",
                [
                    "changes": [
                        [
                            "unit": Fixture.commune.rawValue, "criteriaSet": Fixture.set.rawValue, "indicator": "11", "date": Fixture.july.iso,
                            "value": ["type": "ratio", "numerator": 100, "denominator": 2927], "expectedRevision": 0,
                            "evidence": "so-ho-ngheo-2019.pdf",
                        ]
                    ]
                ])
            #expect(written.status == .created)
            let history = "/api/v1/observations/history?unit=\(Fixture.commune)&criteriaSet=\(Fixture.set)&indicator=11&date=\(Fixture.july.iso)"
            #expect((try await commune.get(history).json as? [Any])?.count == 1)
            let district = try await Browser.signedIn("huyen", on: client)
            #expect((try await district.get(history).json as? [Any])?.count == 1)
            for outsider in ["xa-khac", "lanhdao"] {
                let browser = try await Browser.signedIn(outsider, on: client)
                #expect((try await browser.get(history).json as? [Any])?.count == 0, "\(outsider) sees no draft")
                let current = try await browser.get("/api/v1/observations?unit=\(Fixture.commune)&date=\(Fixture.july.iso)")
                #expect((current.json as? [Any])?.count == 0, "\(outsider) lists no draft")
                #expect(
                    !(try await browser.get("/xa/\(Fixture.commune)/lich-su?indicator=11&set=\(Fixture.set)").text.contains("so-ho-ngheo-2019.pdf")))
            }
        }
    }
}

@Suite("Own password")
struct OwnPasswordTests {
    @Test("every user changes their own password; the old one stops working and other sessions end")
    func changeOwnPassword() async throws {
        try await WebHarness.withApp { client, services in
            let elsewhere = try await Browser.signedIn("xa", on: client)
            var commune = try await Browser.signedIn("xa", on: client)
            let weak = try await commune.postJSON(
                "/api/v1/session/password", ["currentPassword": DemoAccounts.password, "newPassword": "aaaaaaaaaaaa"])
            #expect(weak.status == .unprocessableContent)
            let wrong = try await commune.postJSON(
                "/api/v1/session/password", ["currentPassword": "khong-phai", "newPassword": "Lua-chin-vang-2026"])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("currentPassword"))
            let changed = try await commune.postJSON(
                "/api/v1/session/password", ["currentPassword": DemoAccounts.password, "newPassword": "Lua-chin-vang-2026"])
            #expect(changed.status == .ok)
            commune.cookie = changed.cookie(named: "ntm_session").map { "ntm_session=\($0)" }
            #expect(try await commune.get("/api/v1/session").status == .ok, "the new session works")
            #expect(try await elsewhere.get("/api/v1/session").status == .unauthorized, "other sessions ended")
            let old = try await Browser(client).postJSON("/api/v1/session", ["username": "xa", "password": DemoAccounts.password], csrf: false)
            #expect(old.status == .unauthorized)
            _ = try await Browser.signedIn("xa", on: client, password: "Lua-chin-vang-2026")
            #expect(try await services.store.audit(AuditFilter(action: "change-password")).first?.key == "xa")
        }
    }

    @Test("the account page shows the organisation and changes the password through the form")
    func accountPage() async throws {
        try await WebHarness.withApp { client, _ in
            let department = try await Browser.signedIn("so-nnptnt", on: client)
            let page = try await department.get("/tai-khoan")
            #expect(page.status == .ok)
            #expect(page.text.contains("Sở Nông nghiệp và Phát triển nông thôn"))
            let response = try await department.postForm(
                "/tai-khoan/mat-khau", [("currentPassword", DemoAccounts.password), ("newPassword", "Nuoc-ca-2026-tra-vinh")])
            #expect(response.status == .seeOther || response.status == .found)
            #expect(response.headers[.location] == "/tai-khoan?changed=1")
        }
    }

    @Test("a password with a NUL byte or beyond bcrypt's 72 bytes is refused, never truncated")
    func passwordBytes() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            for password in [String(repeating: "\u{0}", count: 10), "mat-khau-\u{0}-sau", String(repeating: "dài-quá-", count: 10)] {
                let response = try await office.postJSON(
                    "/api/v1/users", ["username": "thu-nghiem", "role": "viewer", "password": password])
                #expect(response.status == .unprocessableContent, "\(password.debugDescription)")
            }
            #expect(try await Passwords.verify(String(repeating: "\u{0}", count: 10), hash: try await Passwords.hash("", cost: 4)) == false)
        }
    }
}
