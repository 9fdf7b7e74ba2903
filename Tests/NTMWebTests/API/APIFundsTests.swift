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
            let department = try await Browser.signedIn("so-nnptnt", on: client)
            #expect(try await department.postJSON("/api/v1/funds", ["amounts": [Self.transport]]).status == .forbidden)
        }
    }
}
