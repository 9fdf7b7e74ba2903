import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMFunds
import NTMStore
import NTMWeb
import Testing

@Suite("Funds through the API and the page")
struct APIFundsTests {
    static var transport: [String: Any] {
        [
            "unit": "29305", "year": 2019, "source": "NSTW", "capital": "DT", "criterion": 2, "phase": "GIAI-NGAN", "asOf": "2019-07-15",
            "amount": 9_000_000_000, "document": "KBNN 15/7",
        ]
    }

    @Test("the figures of a district agree with the demo book; the page states both rates, the lagging communes and the debt")
    func readsAgree() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let response = try await office.get("/api/v1/funds?unit=844&year=2019&date=2019-06-30")
            #expect(response.status == .ok)
            let json = try #require(response.json as? [String: Any])
            // The oracle: the book built from the shipped file, summed line by line for Càng Long's communes.
            let engine = try await services.evaluation.currentEngine()
            let june = LocalDate(year: 2019, month: 6, day: 30) ?? WebHarness.date
            let communes = Set(engine.units.descendants(of: "844", on: june).map(\.code))
            let book = try await services.funds.book()
            var planned: Int64 = 0, disbursed: Int64 = 0
            for line in book.lines where line.year == 2019 && (communes.contains(line.unit) || line.unit == "844") {
                planned += book.amount(of: line, phase: .planned, on: june)?.dong ?? 0
                disbursed += book.amount(of: line, phase: .disbursed, on: june)?.dong ?? 0
            }
            let total = try #require(json["total"] as? [String: Any])
            #expect((total["planned"] as? NSNumber)?.int64Value == planned)
            #expect((total["disbursed"] as? NSNumber)?.int64Value == disbursed)
            #expect((json["sentence"] as? String)?.contains("tính cả vốn chuyển nguồn") == true)
            let page = try await office.get("/nguon-von?unit=84&year=2019&date=2019-06-30")
            #expect(page.status == .ok)
            #expect(page.text.contains("Giải ngân 53,2% kế hoạch năm 2019; 54,8% tính cả vốn chuyển nguồn"))
            #expect(page.text.contains("Xã Hiệp Hòa"), "the slowest commune is listed")
            #expect(page.text.contains("Xã Mỹ Cẩm</a>: 620 triệu đồng"))
            #expect(try await office.get("/nguon-von?unit=99999").status == .notFound)
        }
    }

    @Test("a commune records its own disbursement, gets an advance warning, and cannot write another commune's")
    func writes() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            let written = try await commune.postJSON("/api/v1/funds", ["amounts": [Self.transport]])
            #expect(written.status == .created)
            let body = try #require(written.json as? [String: Any])
            #expect(body["written"] as? Int == 1)
            let warnings = try #require(body["warnings"] as? [[String: Any]])
            #expect(warnings.first?["unit"] as? String == "29305")
            #expect((warnings.first?["message"] as? String)?.hasPrefix("giải ngân 9.000.000.000 đồng vượt phân bổ") == true)
            let again = try await commune.postJSON("/api/v1/funds", ["amounts": [Self.transport]])
            #expect((again.json as? [String: Any])?["unchanged"] as? Int == 1)
            let before = try await services.store.fundAmounts().count
            var other = Self.transport
            other["unit"] = "29269"
            let refused = try await commune.postJSON("/api/v1/funds", ["amounts": [Self.transport, other]])
            #expect(refused.status == .forbidden)
            var negative = Self.transport
            negative["amount"] = -5
            let invalid = try await commune.postJSON("/api/v1/funds", ["amounts": [negative]])
            #expect(invalid.status == .unprocessableContent)
            var outside = Self.transport
            outside["asOf"] = "2020-01-02"
            let late = try await commune.postJSON("/api/v1/funds", ["amounts": [outside]])
            #expect(late.status == .unprocessableContent)
            let errors = try #require((late.json as? [String: Any])?["errors"] as? [[String: Any]])
            #expect(errors.first?["field"] as? String == "amounts[0].asOf")
            #expect(try await services.store.fundAmounts().count == before, "nothing of the refused batches was stored")
            // Integrated funds name a listed programme; a new one only the office introduces.
            var integrated = Self.transport
            integrated["source"] = "LONG-GHEP"
            integrated["programme"] = "Chương trình mới (e2e)"
            let unknown = try await commune.postJSON("/api/v1/funds", ["amounts": [integrated]])
            #expect(unknown.status == .unprocessableContent)
            let fields = try #require((unknown.json as? [String: Any])?["errors"] as? [[String: Any]])
            #expect(fields.map { $0["field"] as? String } == ["amounts[0].programme"])
            let office = try await Browser.signedIn("vanphong", on: client)
            #expect(try await office.postJSON("/api/v1/funds", ["amounts": [integrated]]).status == .created)
            integrated["asOf"] = "2019-07-20"
            #expect(
                try await commune.postJSON("/api/v1/funds", ["amounts": [integrated]]).status == .created, "once the office used it, communes may")
            integrated["programme"] = "giảm nghèo bền vững"
            #expect(try await commune.postJSON("/api/v1/funds", ["amounts": [integrated]]).status == .created, "an alias of a listed one")
            let stored = try await services.store.fundAmounts().compactMap(\.entry.line.programme)
            #expect(Set(stored).isSuperset(of: ["Chương trình mới (e2e)", "Chương trình MTQG giảm nghèo bền vững"]))
            let department = try await Browser.signedIn("so-nnptnt", on: client)
            #expect(try await department.postJSON("/api/v1/funds", ["amounts": [Self.transport]]).status == .forbidden)
        }
    }
}

@Suite("Funds exchange in the browser")
struct FundsPagesTests {
    static let header = "unit,year,source,programme,contribution,capital,origin,criterion,project,phase,as_of,amount,document"

    @Test("a commune downloads its template and uploads a CSV: stored whole, or refused with every row named and nothing stored")
    func templateAndUpload() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            let page = try await commune.get("/nguon-von?unit=29305&year=2019&date=2019-08-31")
            #expect(page.text.contains("/nguon-von/mau-excel?"))
            let template = try await commune.get("/nguon-von/mau-excel?unit=29305&year=2019&date=2019-08-31")
            #expect(template.status == .ok)
            #expect(template.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(template.headers[.contentDisposition]?.contains("mau-nguon-von-29305-2019.xlsx") == true)
            let before = try await services.store.fundAmounts().count
            let bad = [Self.header, "29305,2019,NS-XA,,,SN,NAM,,,GIAI-NGAN,2019-08-31,1.500,", "29269,2019,NS-XA,,,SN,NAM,,,GIAI-NGAN,2019-08-31,5,"]
            let refused = try await commune.postMultipart(
                "/nguon-von/nhap-file", [("unit", "29305"), ("year", "2019"), ("date", "2019-08-31")],
                file: ("file", "von.csv", Data(bad.joined(separator: "\n").utf8)))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("von.csv:2: cột &#39;amount&#39;") || refused.text.contains("von.csv:2: cột 'amount'"))
            #expect(try await services.store.fundAmounts().count == before)
            let other = try await commune.postMultipart(
                "/nguon-von/nhap-file", [("unit", "29305")], file: ("file", "von.csv", Data([Self.header, bad[2]].joined(separator: "\n").utf8)))
            #expect(other.status == .forbidden)
            let good = [Self.header, "29305,2019,NS-XA,,,SN,NAM,,,GIAI-NGAN,2019-08-31,\"1,500,000\",BC 31/8"]
            let stored = try await commune.postMultipart(
                "/nguon-von/nhap-file", [("unit", "29305"), ("year", "2019"), ("date", "2019-08-31")],
                file: ("file", "von.csv", Data(good.joined(separator: "\n").utf8)))
            #expect(stored.status == .seeOther)
            #expect(stored.headers[.location]?.contains("saved=1") == true)
            #expect(try await services.store.fundAmounts().count == before + 1)
            let leader = try await Browser.signedIn("lanhdao", on: client)
            #expect(!(try await leader.get("/nguon-von?unit=29305&year=2019&date=2019-08-31")).text.contains("/nguon-von/mau-excel?"))
        }
    }

    @Test("the commune page states its year's rates and its construction debt; briefing mode has a funds step")
    func elsewhere() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let myCam = try await office.get("/xa/29269?date=2019-06-30")
            #expect(myCam.text.contains("Nợ đọng XDCB 620 triệu đồng (30/06/2019)"))
            #expect(myCam.text.contains("kế hoạch năm 2019"))
            let district = try await office.get("/huyen/844?date=2019-06-30")
            let brief = try #require(district.text.firstMatch(of: /class="funds-brief">.*?<\/a>: ([^<]*)</)?.1)
            #expect(brief.hasSuffix("; 59,3% tính cả vốn chuyển nguồn"), "the district's overall rate, as on the province's funds page")
            var found = false
            for step in 0..<6 {
                let page = try await office.get("/giao-ban?date=2019-06-30&step=\(step)")
                if page.text.contains("step-funds") {
                    found = true
                    #expect(page.text.contains("Giải ngân 53,2% kế hoạch năm 2019; 54,8% tính cả vốn chuyển nguồn"))
                }
            }
            #expect(found, "briefing mode has a funds step")
        }
    }
}
