import Foundation
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMWeb
import Testing

@Suite("Criteria in the store: upload, versions, diff and the threshold editor")
struct CriteriaManagementTests {
    static let editor = "/bo-tieu-chi/commune-2026-2030/nhap-nguong?province=86"

    static let overlay = """
        overlay: vinhlong-2021-2025
        title: {vi: "Vĩnh Long thử"}
        base: commune-2021-2025
        province: "086"
        sources: [{id: VL, title: "QĐ thử tỉnh Vĩnh Long"}]
        indicators:
          - {code: "11", thresholds: [{scope: all, value: 40, source: VL}]}
        """

    @Test("the editor is the office's: it lists the set's indicators for the province; others are refused")
    func editorIsOffices() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let page = try await office.get(Self.editor)
            #expect(page.status == .ok)
            #expect(page.text.contains("Tốc độ tăng thu nhập bình quân đầu người"))
            #expect(page.text.contains("name=\"v|3.a|G1|\""))
            for username in ["huyen", "xa", "lanhdao"] {
                let browser = try await Browser.signedIn(username, on: client)
                #expect(try await browser.get(Self.editor).status == .forbidden, "\(username)")
            }
        }
    }

    @Test("a value of the wrong form and a missing source come back at their fields, and nothing is stored")
    func editorRefusesBadInput() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            // The demo's illustrative overlay (version 1) gives 3.a a kind and G1–G3 levels.
            let response = try await office.postForm(Self.editor, [("basedOn", "1"), ("v|3.a|G1|", "8"), ("v|3.a|G2|", "tám")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("&#39;tám&#39; không phải là số") || response.text.contains("'tám' không phải là số"))
            #expect(response.text.contains("ghi văn bản nguồn của các giá trị"))
            #expect(response.text.contains("value=\"tám\""), "the form comes back as typed")
            // 3.2 of the 2016–2020 set has no kind nationally, and Vĩnh Long has no overlay on that set.
            let noKind = try await office.postForm(
                "/bo-tieu-chi/commune-2016-2020/nhap-nguong?province=86", [("basedOn", "0"), ("sourceTitle", "QĐ"), ("v|3.2|all|", "Đạt")])
            #expect(noKind.status == .unprocessableContent)
            #expect(noKind.text.components(separatedBy: "chọn cách đo trước khi nhập ngưỡng").count == 3, "once at the top, once at 3.2")
            #expect(try await services.store.documentVersions("vinhlong-2026-2030-demo").count == 1)
            #expect(try await services.store.documentVersions("commune-2016-2020-86").isEmpty)
        }
    }

    @Test("saved values become the province's overlay version, judged with at once; a stale form is refused")
    func editorSaves() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let fields = [
                ("basedOn", "1"), ("sourceTitle", "QĐ 12/QĐ-UBND tỉnh Vĩnh Long (thử)"), ("v|3.a|G1|", "8"), ("v|3.a|G2|", "7,5"),
                ("i|3.a|G2|", "1"),
            ]
            let saved = try await office.postForm(Self.editor, fields)
            #expect(saved.status == .found)
            #expect(saved.headers[.location] == "/bo-tieu-chi/commune-2026-2030?province=86&saved=vinhlong-2026-2030-demo@2")
            let engine = try await services.evaluation.currentEngine()
            let set = try #require(engine.catalog.set("commune-2026-2030"))
            let indicator = try #require(engine.catalog.effectiveSet(set, province: "86").allIndicators.first { $0.code == "3.a" })
            let byGroup = Dictionary(uniqueKeysWithValues: indicator.thresholds.map { ($0.scope, $0) })
            #expect(byGroup[.group(.g1)]?.value == .number(FixedDecimal(8)))
            #expect(byGroup[.group(.g1)]?.illustrative == false, "entered from a decision, unticked")
            #expect(byGroup[.group(.g2)]?.value == .number(FixedDecimal(scaled: 75_000)))
            #expect(byGroup[.group(.g2)]?.illustrative == true)
            #expect(byGroup[.group(.g3)]?.value == .number(FixedDecimal(6)), "a cell not typed keeps its value")
            let setPage = try await office.get("/bo-tieu-chi/commune-2026-2030?province=86&saved=vinhlong-2026-2030-demo@2")
            #expect(setPage.text.contains("QĐ 12/QĐ-UBND tỉnh Vĩnh Long (thử)"))
            #expect(setPage.text.contains("Đã lưu phiên bản mới của bộ tiêu chí của tỉnh:"))
            // A second officer still holding the form read at version 1.
            let stale = try await office.postForm(Self.editor, fields.map { $0.0 == "v|3.a|G1|" ? ($0.0, "9") : $0 })
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("đã được người khác lưu phiên bản 2"))
            let versions = try await office.get("/van-ban-tieu-chi/vinhlong-2026-2030-demo?compare=1")
            #expect(versions.status == .ok)
            #expect(versions.text.contains("~ Chỉ tiêu 3.a G2: ngưỡng: 7 (Giá trị minh họa"))
        }
    }

    @Test("an uploaded overlay with a leading-zero province comes back with file:line and a hint; fixed, it is stored and diffed")
    func uploadAndDiff() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let refused = try await office.postMultipart(
                "/van-ban-tieu-chi", [], file: ("file", "vinhlong.yaml", Data(Self.overlay.utf8)))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("vinhlong.yaml:4: tỉnh &#39;086&#39; không có trong danh sách đơn vị; có phải &#39;86&#39;?"))
            #expect(try await services.store.documentVersions("vinhlong-2021-2025").isEmpty)
            let fixed = Self.overlay.replacingOccurrences(of: "\"086\"", with: "\"86\"")
            let first = try await office.postJSON("/api/v1/criteria-documents", ["content": fixed, "fileName": "vinhlong.yaml", "basedOn": 0])
            #expect(first.status == .created)
            #expect((first.json as? [String: Any])?["version"] as? Int == 1)
            let stored = try await office.postMultipart(
                "/van-ban-tieu-chi", [], file: ("file", "vinhlong.yaml", Data(fixed.replacingOccurrences(of: "value: 40", with: "value: 45").utf8)))
            #expect(stored.status == .found)
            let changes = try #require(
                try await office.get("/api/v1/criteria-documents/vinhlong-2021-2025/changes").json as? [[String: Any]])
            #expect(changes.map { $0["text"] as? String } == ["~ Chỉ tiêu 11: ngưỡng: 40 (QĐ thử tỉnh Vĩnh Long) → 45 (QĐ thử tỉnh Vĩnh Long)"])
            let page = try await office.get("/van-ban-tieu-chi/vinhlong-2021-2025?version=2&compare=1")
            #expect(page.text.contains("→ 45 (QĐ thử tỉnh Vĩnh Long)"))
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            #expect(try await viewer.postJSON("/api/v1/criteria-documents", ["content": fixed]).status == .forbidden)
            #expect(try await office.get("/api/v1/criteria-documents/khong-co/versions").status == .notFound)
        }
    }
}

@Suite("Registrations and commune groups")
struct RegistrationsTests {
    @Test("a ward, a year out of range and another district's xã are refused; a valid registration counts at once")
    func registrationsAPI() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let ward = try await office.postJSON(
                "/api/v1/registrations", [["unit": "29305", "targetYear": 2027], ["unit": "29242", "targetYear": 2027]])
            #expect(ward.status == .unprocessableContent)
            let errors = try #require((ward.json as? [String: Any])?["errors"] as? [[String: Any]])
            #expect(errors.map { $0["field"] as? String } == ["[1].unit"])
            #expect((errors.first?["message"] as? String)?.contains("không phải xã") == true)
            #expect(try await office.postJSON("/api/v1/registrations", [["unit": "29305", "targetYear": 1990]]).status == .unprocessableContent)
            let district = try await Browser.signedIn("huyen", on: client)
            #expect(
                try await district.postJSON("/api/v1/registrations", [["unit": "29521", "targetYear": 2020, "registeredOn": "2019-07-01"]]).status
                    == .forbidden)
            let own = try await district.postJSON(
                "/api/v1/registrations", [["unit": "29305", "targetYear": 2020, "registeredOn": "2019-07-01", "source": "QĐ huyện"]])
            #expect(own.status == .created)
            let engine = try await services.evaluation.currentEngine()
            #expect(engine.registrations.targetYear(of: "29305", on: LocalDate(iso: "2019-07-02")!) == 2020)
            let listed = try #require(try await office.get("/api/v1/registrations?within=844").json as? [[String: Any]])
            #expect(listed.contains { $0["unit"] as? String == "29305" && $0["source"] as? String == "QĐ huyện" })
            #expect(!listed.contains { $0["unit"] as? String == "29521" })
        }
    }

    @Test("a group outside G1–G3 or a commune that does not exist yet is refused; a valid group is stored and listed")
    func communeGroupsAPI() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let bad = try await office.postJSON(
                "/api/v1/commune-groups",
                [["unit": "29305", "group": "G4", "effectiveFrom": "2026-02-15"], ["unit": "29242", "group": "G1", "effectiveFrom": "2026-02-15"]])
            #expect(bad.status == .unprocessableContent)
            let errors = try #require((bad.json as? [String: Any])?["errors"] as? [[String: Any]])
            #expect(errors.map { $0["field"] as? String } == ["[0].group", "[1].unit"])
            let stored = try await office.postJSON(
                "/api/v1/commune-groups", [["unit": "29308", "group": "2", "effectiveFrom": "2026-02-15", "source": "QĐ xếp nhóm (thử)"]])
            #expect(stored.status == .created)
            #expect(try await services.evaluation.currentEngine().units.communeGroup(of: "29308", on: LocalDate(iso: "2026-03-01")!) == .g2)
            let listed = try #require(try await office.get("/api/v1/commune-groups").json as? [[String: Any]])
            #expect(listed.contains { $0["unit"] as? String == "29308" && $0["group"] as? String == "G2" })
            let huyen = try await Browser.signedIn("huyen", on: client)
            #expect(
                try await huyen.postJSON("/api/v1/commune-groups", [["unit": "29308", "group": "G1", "effectiveFrom": "2026-02-15"]]).status
                    == .forbidden)
        }
    }

    @Test("the page lists each xã's registration and group; the office adds one through the form")
    func registrationsPage() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let page = try await office.get("/dang-ky?within=844&date=2019-06-30")
            #expect(page.status == .ok)
            #expect(page.text.contains("Xã Đức Mỹ"))
            let refused = try await office.postForm("/dang-ky?within=844&date=2019-06-30", [("unit", "29305"), ("year", "hai nghìn")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("ghi năm, ví dụ 2027"))
            let added = try await office.postForm(
                "/dang-ky?within=844&date=2019-06-30", [("unit", "29305"), ("year", "2021"), ("on", "2019-06-01"), ("source", "QĐ thử 99")])
            #expect(added.status == .found)
            let after = try await office.get("/dang-ky?within=844&date=2019-06-30")
            #expect(after.text.contains("QĐ thử 99"))
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            #expect(try await viewer.postForm("/dang-ky?within=844", [("unit", "29305"), ("year", "2021")]).status == .forbidden)
        }
    }
}
