import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMReports
import NTMWeb
import Testing

@Suite("Reports page and API")
struct ReportsPageTests {
    static let query = "scope=registered:2019@84&date=2019-06-30"

    @Test("the page offers the report and the demo briefing's notice; the download is the desk's report byte for byte")
    func downloads() async throws {
        try await WebHarness.withApp { client, services in
            let office = try await Browser.signedIn("vanphong", on: client)
            let page = try await office.get("/bao-cao?\(Self.query)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Báo cáo</h1>"))
            #expect(page.text.contains("name=\"sections\" value=\"funds\" checked"))
            #expect(page.text.contains("href=\"/bao-cao/thong-bao-ket-luan/giao-ban-2019-07-24\""))
            // Without LibreOffice (conversion is off in these tests) the page says why there is no PDF.
            #expect(page.text.contains("Máy chủ chưa cài LibreOffice nên chưa tạo được PDF"))
            #expect(!page.text.contains("value=\"pdf\""))
            let file = try await office.get("/bao-cao/bao-cao-giao-ban?\(Self.query)&sections=summary&sections=communes")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            let disposition = try #require(file.headers[.contentDisposition])
            #expect(
                disposition.hasPrefix(
                    "attachment; filename=\"Bao cao ket qua NTM - Cac xa dang ky dat chuan nam 2019 - Tinh Tra Vinh - 30-06-2019.docx\""))
            #expect(disposition.contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3%20NTM"))
            let expected = try await services.reports.briefing(
                .init(scope: .registered(year: 2019, within: "84"), date: LocalDate(year: 2019, month: 6, day: 30)!, sections: [.summary, .communes]))
            #expect(Data(buffer: file.body) == (try expected.data()))
            // The same document through the API.
            let api = try await office.get("/api/v1/reports/briefing?\(Self.query)&sections=summary,communes")
            #expect(Data(buffer: api.body) == Data(buffer: file.body))
            // The report of a session's frozen figures, offered beside each session.
            #expect(page.text.contains("href=\"/bao-cao/bao-cao-giao-ban?session=giao-ban-2019-07-24\""))
            let frozen = try await office.get("/bao-cao/bao-cao-giao-ban?session=giao-ban-2019-07-24")
            #expect(frozen.status == .ok)
            #expect(Data(buffer: frozen.body) == (try await services.reports.frozenBriefing(session: "giao-ban-2019-07-24").data()))
            #expect(try await office.get("/api/v1/reports/briefing?session=khong-co").status == .notFound)
            let notice = try await office.get("/api/v1/reports/conclusions/giao-ban-2019-07-24")
            #expect(notice.status == .ok)
            #expect(notice.headers[.contentDisposition]?.contains("filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o%20k%E1%BA%BFt%20lu%E1%BA%ADn") == true)
        }
    }

    @Test("bad requests name their field; PDF on a server without conversion is 501 with the reason; unknown sessions are 404")
    func refusals() async throws {
        try await WebHarness.withApp { client, _ in
            let leader = try await Browser.signedIn("lanhdao", on: client)
            let section = try await leader.get("/api/v1/reports/briefing?\(Self.query)&sections=xa")
            #expect(section.status == .badRequest)
            #expect(
                (section.json as? [String: Any])?["detail"] as? String
                    == "không có phần báo cáo 'xa'; dùng: summary, districts, communes, lagging, alerts, targets, tasks, funds")
            let format = try await leader.get("/api/v1/reports/briefing?\(Self.query)&format=odt")
            #expect(format.status == .badRequest)
            let pdf = try await leader.get("/api/v1/reports/briefing?\(Self.query)&format=pdf")
            #expect(pdf.status == .notImplemented)
            #expect(((pdf.json as? [String: Any])?["detail"] as? String)?.hasPrefix("không tạo được PDF: máy này chưa cài LibreOffice") == true)
            #expect(try await leader.get("/api/v1/reports/conclusions/khong-co").status == .notFound)
            let anonymous = try await client.execute(uri: "/api/v1/reports/briefing?\(Self.query)", method: .get)
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test("briefing mode offers the report of what is on screen")
    func briefingMode() async throws {
        try await WebHarness.withApp { client, _ in
            let leader = try await Browser.signedIn("lanhdao", on: client)
            let page = try await leader.get("/giao-ban?\(Self.query)")
            #expect(page.text.contains("href=\"/bao-cao/bao-cao-giao-ban?date=2019-06-30&amp;scope=registered:2019@84\""))
        }
    }

    @Test(
        "with LibreOffice the server gives the PDF, and the page offers it",
        .enabled(if: PDFConverter.installed() != nil, "LibreOffice (soffice) is not installed"))
    func pdf() async throws {
        try await WebHarness.withApp(pdfConversion: true) { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            #expect(try await office.get("/bao-cao?\(Self.query)").text.contains("value=\"pdf\""))
            let pdf = try await office.get("/bao-cao/bao-cao-giao-ban?\(Self.query)&sections=summary&format=pdf")
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(Data(buffer: pdf.body).starts(with: Data("%PDF".utf8)))
        }
    }
}
