import Foundation
import HTTPTypes
import HummingbirdTesting
import NTMCore
import NTMStore
import NTMWeb
import Testing

@testable import NTMExchange

/// The Excel cycle in the web: template download, upload with preview and confirmation, and exports of the tables.
@Suite("Excel in the web")
struct ExcelPagesTests {
    static let july = Fixture.july.iso

    /// The commune's template on the July date with `cells` typed into it, as the officer's Excel would save it.
    static func filledTemplate(
        _ services: WebServices, unit: UnitCode = Fixture.commune, _ cells: [(IndicatorCode, TemplateColumn, XLSXValue)]
    ) async throws -> Data {
        let engine = try await services.evaluation.currentEngine()
        var workbook = try await TemplateWriter.workbook(
            for: unit, on: Fixture.july, engine: engine, store: services.store, language: .vi, generatedAt: Date(timeIntervalSince1970: 0))
        for (indicator, column, value) in cells {
            let row = try #require(
                workbook.sheets[0].rows.firstIndex {
                    $0.count > TemplateColumn.indicator.rawValue && $0[TemplateColumn.indicator.rawValue].value == .text(indicator.rawValue)
                })
            workbook.sheets[0].rows[row][column.rawValue].value = value
        }
        return try XLSXWriter.write(workbook)
    }

    static func hiddenField(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    @Test("the officer downloads their commune's template with the values in force; others' templates are refused")
    func templateDownload() async throws {
        try await WebHarness.withApp { client, _ in
            let commune = try await Browser.signedIn("xa", on: client)
            let response = try await commune.get("/xa/\(Fixture.commune)/mau-excel?date=\(Self.july)")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(
                response.headers[.contentDisposition]
                    == "attachment; filename=\"mau-nhap-lieu_29305_2019-07-31.xlsx\"; filename*=UTF-8''mau-nhap-lieu_29305_2019-07-31.xlsx")
            let sheets = try XLSXReader.read(Data(buffer: response.body))
            #expect(sheets.map(\.name) == ["Nhập liệu", "Hướng dẫn", "_ntm"])
            let data = sheets[0]
            let poverty = try #require(
                (0..<data.rowCount).first { data.value(row: $0, column: TemplateColumn.indicator.rawValue) == .text("11") })
            // Nothing is dated 31/07: the June value is in force, shown with its date, and there is no revision to replace.
            #expect(data.value(row: poverty, column: TemplateColumn.currentValue.rawValue) != .empty)
            #expect(data.value(row: poverty, column: TemplateColumn.valueDate.rawValue) == .number(String(WebHarness.date.spreadsheetSerial)))
            #expect(data.value(row: poverty, column: TemplateColumn.revision.rawValue) == .number("0"))
            #expect(try await commune.get("/xa/\(Fixture.otherCommune)/mau-excel").status == .forbidden)
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            #expect(try await viewer.get("/xa/\(Fixture.commune)/mau-excel").status == .forbidden)
            let district = try await Browser.signedIn("huyen", on: client)
            let districtTemplate = try await district.get("/huyen/\(Fixture.district)/mau-excel?date=\(Self.july)")
            #expect(districtTemplate.status == .ok)
        }
    }

    @Test("an upload is previewed with each commune's criteria before and after; nothing is stored until it is confirmed")
    func uploadPreviewConfirm() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            // Poverty 5 of 100 households (≤ 6 % in the Mekong Delta) closes the commune's last gap: 18/19 → 19/19.
            let file = try await Self.filledTemplate(
                services, [("11", .numerator, .number("5")), ("11", .denominator, .number("100")), ("11", .source, .text("Rà soát 2019"))])
            let preview = try await commune.postMultipart("/nhap-file", [("status", "submitted")], file: ("file", "mau.xlsx", file))
            #expect(preview.status == .ok)
            let html = preview.text
            #expect(html.contains("mau.xlsx: 1 giá trị hợp lệ cho 1 đơn vị, trong đó 1 giá trị khác số liệu đang áp dụng. Chưa có gì được lưu."))
            #expect(html.contains("<td data-label=\"Trước\">18/19</td><td data-label=\"Sau\">19/19</td>"))
            #expect(html.contains("5/100 (5%)"))
            #expect(try await services.store.currentRecords(RecordFilter(units: [Fixture.commune], date: Fixture.july)).isEmpty)
            let content = try #require(Self.hiddenField("content", in: html))
            let confirmed = try await commune.postMultipart(
                "/nhap-file/xac-nhan", [("fileName", "mau.xlsx"), ("status", "submitted"), ("content", content)])
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers[.location] == "/nhap-file?done=1&status=submitted")
            let stored = try await services.store.currentRecords(RecordFilter(units: [Fixture.commune], date: Fixture.july))
            #expect(stored.map(\.value) == [.ratio(numerator: 5, denominator: 100)])
            #expect(stored.map(\.status) == [.submitted])
            #expect(stored.first?.source == "Rà soát 2019")
            #expect(try await commune.get("/nhap-file?done=1&status=submitted").text.contains("Đã nhập 1 giá trị, trạng thái &quot;Đã gửi&quot;."))
            // Confirming the same file again is a conflict: the slot now has a revision the template did not know.
            let again = try await commune.postMultipart(
                "/nhap-file/xac-nhan", [("fileName", "mau.xlsx"), ("status", "submitted"), ("content", content)])
            #expect(again.status == .conflict)
            #expect(again.text.contains("số liệu đã thay đổi từ khi xem trước, chưa lưu gì"))
        }
    }

    @Test("a file with mistakes lists each at its row and column, in Vietnamese, and writes nothing")
    func uploadErrors() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            let file = try await Self.filledTemplate(
                services, [("11", .numerator, .number("120")), ("11", .denominator, .number("100")), ("10", .newValue, .text("năm mươi"))])
            let response = try await commune.postMultipart("/nhap-file", [], file: ("file", "mau.xlsx", file))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Tệp có 2 lỗi; chưa có số liệu nào được lưu."))
            #expect(response.text.contains("mau.xlsx, trang &#39;Nhập liệu&#39;, dòng"))
            #expect(response.text.contains("cột M (Tử số): tử số 120 lớn hơn mẫu số 100"))
            #expect(try await services.store.currentRecords(RecordFilter(units: [Fixture.commune], date: Fixture.july)).isEmpty)
            let old = try await commune.postMultipart("/nhap-file", [], file: ("file", "so-lieu.xls", Data([0xD0, 0xCF, 0x11, 0xE0, 0, 0])))
            #expect(old.status == .unprocessableContent)
            #expect(old.text.contains("tệp Excel 97–2003 (.xls) không được hỗ trợ"))
            let none = try await commune.postMultipart("/nhap-file", [])
            #expect(none.status == .unprocessableContent)
            #expect(none.text.contains("Chưa chọn tệp"))
        }
    }

    @Test("an upload outside the account's rights is refused whole: another commune's rows, or approving as a commune")
    func uploadRights() async throws {
        try await WebHarness.withApp { client, services in
            let commune = try await Browser.signedIn("xa", on: client)
            let csv = """
                unit,criteria_set,indicator,date,value,numerator,denominator,source,evidence
                \(Fixture.commune),\(Fixture.set),10,\(Self.july),45,,,,
                \(Fixture.otherCommune),\(Fixture.set),10,\(Self.july),45,,,,
                """
            let foreign = try await commune.postMultipart("/nhap-file", [], file: ("file", "so-lieu.csv", Data(csv.utf8)))
            #expect(foreign.status == .forbidden)
            #expect(foreign.text.contains("tài khoản xa không được nhập số liệu cho đơn vị \(Fixture.otherCommune)"))
            let own = csv.split(separator: "\n").prefix(2).joined(separator: "\n")
            let approving = try await commune.postMultipart("/nhap-file", [("status", "approved")], file: ("file", "so-lieu.csv", Data(own.utf8)))
            #expect(approving.status == .forbidden)
            #expect(try await services.store.currentRecords(RecordFilter(date: Fixture.july)).isEmpty)
            let office = try await Browser.signedIn("vanphong", on: client)
            let preview = try await office.postMultipart("/nhap-file", [("status", "approved")], file: ("file", "so-lieu.csv", Data(csv.utf8)))
            #expect(preview.status == .ok)
            #expect(preview.text.contains("2 giá trị hợp lệ cho 2 đơn vị"))
        }
    }

    @Test("every table page exports what it shows: Excel with Vietnamese headings, CSV with a byte order mark")
    func exports() async throws {
        try await WebHarness.withApp { client, _ in
            let viewer = try await Browser.signedIn("lanhdao", on: client)
            let date = WebHarness.date.iso
            let overview = try await viewer.get("/?date=\(date)&scope=registered:2019@84&format=xlsx")
            #expect(overview.status == .ok)
            #expect(overview.headers[.contentDisposition]?.contains("tong-quan_2019-06-30.xlsx") == true)
            let sheets = try XLSXReader.read(Data(buffer: overview.body))
            #expect(sheets.map(\.name) == ["Tổng hợp", "Theo tiêu chí"])
            #expect(
                sheets[0].value(row: 3, column: 0)
                    == .text("Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."))
            let district = try await viewer.get("/huyen/\(Fixture.district)?date=\(date)&format=csv")
            #expect(district.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(district.text.hasPrefix("\u{FEFF}Mã xã,Tên xã,Huyện,Số tiêu chí đạt"))
            let matrix = try XLSXReader.read(Data(buffer: try await viewer.get("/ma-tran?date=\(date)&scope=\(Fixture.district)&format=xlsx").body))
            #expect(matrix.first?.value(row: 5, column: 2) == .text("TC1 Quy hoạch"))
            let commune = try XLSXReader.read(Data(buffer: try await viewer.get("/xa/\(Fixture.commune)?date=\(date)&format=xlsx").body))
            #expect(commune.first?.value(row: 2, column: 0) == .text("Bộ tiêu chí: 1980/QĐ-TTg ngày 17/10/2016"))
            let page = try await viewer.get("/huyen/\(Fixture.district)?date=\(date)")
            #expect(page.text.contains("href=\"/huyen/\(Fixture.district)?date=\(date)&amp;format=xlsx\""))
            #expect(!page.text.contains("mau-excel"), "a viewer is not offered the template")
            #expect(try await viewer.get("/?format=pdf").status == .badRequest)
        }
    }

    @Test("error pages are titled in Vietnamese and keep the menu")
    func errorPages() async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            let missing = try await office.get("/khong-co-trang-nay")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("<h1>404 · Không tìm thấy</h1>"))
            #expect(missing.text.contains("Không có trang nào ở địa chỉ này."))
            #expect(missing.text.contains(">Tổng quan</a>"))
            let english = try await office.get("/khong-co-trang-nay?lang=en")
            #expect(english.text.contains("<h1>404 · Not found</h1>"))
        }
    }
}
