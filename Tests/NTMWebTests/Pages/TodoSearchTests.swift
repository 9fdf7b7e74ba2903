import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

/// What an officer sees first: their to-do page after signing in, and the search box on every page.
@Suite("To-do page and search")
struct TodoSearchTests {
    @Test("signing in without a destination lands officers on their to-do page and leaders on the overview")
    func landing() async throws {
        try await WebHarness.withApp { client, _ in
            for (username, home) in [("xa", "/viec-can-lam"), ("vanphong", "/viec-can-lam"), ("lanhdao", "/")] {
                let (token, cookie) = try await LoginTests.loginForm(client)
                let response = try await Browser(client).postForm(
                    "/dang-nhap", [("username", username), ("password", DemoAccounts.password), ("next", "")], token: token, cookie: cookie)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == home, "\(username)")
            }
        }
    }

    @Test("a value the district returns appears on the commune's to-do page with the comment and a link to correct it")
    func returnedValueOnTodo() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            #expect(try await commune.get("/viec-can-lam").text.contains("Không có việc nào đang chờ bạn."))
            let saved = try await commune.postForm(
                "/nhap-lieu/\(Fixture.commune)",
                [("date", Fixture.july.iso), ("n:11", "150"), ("d:11", "2927"), ("r:11", "0"), ("action", "submit")])
            #expect(saved.status == .found)

            let district = try await Browser.signedIn("huyen", on: client)
            let todo = try await district.get("/viec-can-lam").text
            #expect(todo.contains("Chờ bạn thẩm định (1)"))
            let key = "\(Fixture.commune)|\(Fixture.set)|11|\(Fixture.july.iso)|2"
            let returned = try await district.postForm(
                "/tham-dinh", [("item", key), ("action", "return"), ("comment", "Kiểm tra lại số hộ nghèo")])
            #expect(returned.status == .found)

            let page = try await commune.get("/viec-can-lam").text
            #expect(page.contains("Giá trị bị trả lại (1)"))
            #expect(page.contains("Kiểm tra lại số hộ nghèo"))
            #expect(page.contains("href=\"/nhap-lieu/\(Fixture.commune)?date=\(Fixture.july.iso)#row-11\""))
            #expect(page.contains("31/07/2019"))
            #expect(try await district.get("/viec-can-lam").text.contains("Chờ bạn thẩm định (0)"))
        }
    }

    @Test("drafts are listed by date until they are submitted")
    func draftsListed() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            _ = try await commune.postForm(
                "/nhap-lieu/\(Fixture.commune)", [("date", Fixture.july.iso), ("n:11", "150"), ("d:11", "2927"), ("action", "save")])
            let page = try await commune.get("/viec-can-lam").text
            #expect(page.contains("Nháp chưa gửi thẩm định (1)"))
            #expect(page.contains("31/07/2019</a>: 1 giá trị"))
        }
    }

    @Test("the search box finds a commune typed without diacritics and links to its page")
    func searchByName() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let page = try await viewer.get("/tim-kiem?q=duc%20my").text
            #expect(page.contains("href=\"/xa/\(Fixture.commune)\">Xã Đức Mỹ</a>"))
            #expect(page.contains("1 đơn vị khớp với “duc my”."))
            #expect(try await viewer.get("/").text.contains("action=\"/tim-kiem\""), "every page has the search box")
            let district = try await viewer.get("/tim-kiem?q=cang%20long").text
            #expect(district.contains("href=\"/huyen/\(Fixture.district)\""))
            // A province opens the overview of its xã, not a commune page that cannot judge it.
            let province = try await viewer.get("/tim-kiem?q=tra%20vinh").text
            #expect(province.contains("href=\"/?scope=84\">Tỉnh Trà Vinh</a>"))
            #expect(try await viewer.get("/tim-kiem?q=xa").text.contains("Hơn 50 đơn vị khớp với “xa”"))
        }
    }
}
