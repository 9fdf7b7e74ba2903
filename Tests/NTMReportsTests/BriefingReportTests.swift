import Foundation
import NTMCore
import NTMOOXML
import NTMStore
import Testing

@testable import NTMReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The briefing report of the demo, read back with python-docx and LibreOffice, the tools an office opens it with.
@Suite("Briefing report", .serialized)
struct BriefingReportTests {
    static func report(sections: Set<ReportSection> = Set(ReportSection.allCases), date: LocalDate = DemoReports.briefingDate) async throws
        -> BriefingReport
    {
        try await DemoReports.demo.value.desk.briefing(.init(scope: DemoReports.briefingScope, date: date, sections: sections))
    }

    @Test(
        "the 30/06/2019 report of the 17 registered xã reads back in python-docx: header block, headline, tables, page",
        .enabled(if: ReportTools.pythonDocxAvailable, "python3 with python-docx is not installed (pip install python-docx==1.2.0)"))
    func readsBack() async throws {
        let report = try await Self.report()
        let dump = try await ReportTools.dump(try report.data(), name: "briefing")
        // The header block: issuer and number on the left, the motto and the place and date on the right.
        let header = try #require(dump.tables.first)
        #expect(
            header.rows == [
                [
                    "UBND TỈNH TRÀ VINH\nVĂN PHÒNG ĐIỀU PHỐI NTM\n________\nSố:        /BC-VPĐP",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n____________________\nTrà Vinh, ngày 30 tháng 6 năm 2019",
                ]
            ])
        #expect(
            Array(dump.paragraphs.prefix(3)) == [
                "BÁO CÁO", "Kết quả rà soát, đánh giá thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới",
                "đến ngày 30/06/2019 - Các xã đăng ký đạt chuẩn năm 2019 - Tỉnh Trà Vinh",
            ])
        #expect(dump.paragraphs.contains(DemoReports.headline))
        #expect(dump.paragraphs.contains("Tổng số 17 xã; 02 xã đạt chuẩn (11,76%); bình quân 15,94 tiêu chí/xã."))
        #expect(dump.paragraphs.contains("Cảnh báo: 01 xã đạt dưới 12 tiêu chí: Xã Long Khánh (Huyện Duyên Hải, 11 tiêu chí)."))
        // The per-commune table: its header repeats on every page; Xã Đức Mỹ misses only TC11 (the fixture's fact).
        let communes = try #require(dump.tables.first { $0.rows.first?.contains("Tiêu chí chưa đạt") == true })
        #expect(communes.headerRows == 1)
        #expect(communes.rows.count == 18)
        #expect(communes.rows.contains(["3", "Xã Đức Mỹ", "Huyện Càng Long", "18", "TC11", "2019"]))
        #expect(communes.rows.contains(["17", "Xã Long Khánh", "Huyện Duyên Hải", "11", "TC2, TC5, TC6, TC7, TC8, TC10, TC18, TC19", "2019"]))
        // Independent check of the headline's average: the commune rows' criteria summed by hand.
        let met = communes.rows.dropFirst().compactMap { Int($0[3]) }
        #expect(met.count == 17 && met.reduce(0, +) == 271, "271 / 17 = 15,94")
        let districts = try #require(dump.tables.first { $0.rows.first?.contains("BQ tiêu chí/xã") == true })
        #expect(districts.rows.last == ["", "Tổng", "17", "2", "11,76%", "15,94", "2", "13", "2", "0"])
        // A4 with NĐ 30's margins, Times New Roman as the body font.
        #expect(dump.page == .init(width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15))
        #expect(dump.font == "Times New Roman")
        #expect(dump.author == "VĂN PHÒNG ĐIỀU PHỐI NTM")
        #expect(dump.subject == "Các xã đăng ký đạt chuẩn năm 2019 - Tỉnh Trà Vinh")
        // The footer states the cut-off and the data hash.
        let footer = try #require(dump.footer.first)
        #expect(footer.hasPrefix("Số liệu đến ngày 30/06/2019 (số liệu đã phê duyệt) · mã dữ liệu "))
        // The closing sentence and the recipients.
        #expect(dump.paragraphs.contains { $0.hasSuffix("của Văn phòng Điều phối nông thôn mới tỉnh Trà Vinh./.") })
        let closing = try #require(dump.tables.last?.rows.first?.first)
        #expect(closing.hasPrefix("Nơi nhận:\n- Như trên;") && closing.hasSuffix("- Lưu: VT, VPĐP."))
    }

    @Test("the same cut-off gives byte-identical files with their cut-off in the properties; another day changes the hash")
    func reproducible() async throws {
        let first = try await Self.report().data()
        let second = try await Self.report().data()
        #expect(first == second)
        let package = try OOXMLPackage(first)
        let custom = String(decoding: try #require(try package.data("docProps/custom.xml")), as: UTF8.self)
        #expect(custom.contains("name=\"ntm.cutOff\"><vt:lpwstr>2019-06-30</vt:lpwstr>"))
        #expect(custom.contains("name=\"ntm.basis\"><vt:lpwstr>approved</vt:lpwstr>"))
        #expect(custom.contains("name=\"ntm.scope\"><vt:lpwstr>registered:2019@84</vt:lpwstr>"))
        let core = String(decoding: try #require(try package.data("docProps/core.xml")), as: UTF8.self)
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-06-30T00:00:00Z</dcterms:created>"))
        // Every part is well-formed XML.
        for part in ["word/document.xml", "word/styles.xml", "word/footer1.xml", "word/settings.xml", "word/fontTable.xml", "[Content_Types].xml"] {
            let parser = XMLParser(data: try #require(try package.data(part)))
            #expect(parser.parse(), "\(part) is well-formed")
        }
        let hash = { (data: Data) throws -> String? in
            let text = String(decoding: try OOXMLPackage(data).data("docProps/custom.xml") ?? Data(), as: UTF8.self)
            return text.components(separatedBy: "name=\"ntm.dataHash\"><vt:lpwstr>").last?.components(separatedBy: "<").first
        }
        let later = try await Self.report(date: LocalDate(year: 2019, month: 12, day: 31)!).data()
        let (before, after) = (try hash(first), try hash(later))
        #expect(before != nil)
        #expect(before != after)
    }

    @Test("at the end of 2019 the tasks part names the directive and lists the overdue tasks; the funds part states both rates")
    func tasksAndFunds() async throws {
        let december = try await Self.report(date: LocalDate(year: 2019, month: 12, day: 31)!).document().body.map(\.text)
        #expect(december.contains { $0.hasPrefix("Kết luận giao ban trực tuyến NTM ngày 24/07/2019 — ") && $0.contains(": 28 nhiệm vụ") })
        #expect(december.contains("Các nhiệm vụ quá hạn:"))
        // The oracle: TasksCommandTests reads the same task as 77 days overdue on 31/12/2019 (due 15/10/2019).
        let overdue = try #require(december.first { $0.hasPrefix("TT\tNhiệm vụ\tChủ trì\tThời hạn") })
        #expect(overdue.contains("\tHuyện Càng Long\t15/10/2019\t77"))
        let june = try await Self.report().document().body.map(\.text)
        // The funds page's sentence for the province (APIFundsTests), with its two denominators.
        #expect(june.contains("Nguồn vốn năm 2019: giải ngân 53,2% kế hoạch năm 2019; 54,8% tính cả vốn chuyển nguồn."))
    }

    @Test("only the parts asked for are printed, numbered from I")
    func sections() async throws {
        let report = try await Self.report(sections: [.summary, .lagging])
        let texts = report.document().body.map(\.text)
        #expect(texts.contains("I. KẾT QUẢ CHUNG"))
        #expect(texts.contains("II. CÁC TIÊU CHÍ ĐẠT THẤP"))
        #expect(!texts.contains { $0.contains("KẾT QUẢ TỪNG XÃ") })
        #expect(!texts.contains { $0.contains("NGUỒN VỐN") })
    }

    @Test(
        "LibreOffice converts the report to PDF; its text has the headline with Vietnamese letters intact",
        .enabled(if: PDFConverter.installed() != nil && ReportTools.popplerAvailable, "LibreOffice (soffice) or poppler-utils is not installed"))
    func pdf() async throws {
        let converter = try #require(PDFConverter.installed())
        let pdf = try await converter.pdf(from: try await Self.report().data())
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let directory = ReportTools.artefacts
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("bao-cao-giao-ban-2019-06-30.pdf")
        try pdf.write(to: path)
        let text = try await ReportTools.run("/usr/bin/pdftotext", ["-enc", "UTF-8", path.path, "-"]).outputText
        let flattened = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flattened.contains(DemoReports.headline))
        #expect(flattened.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        // The first page as a picture, kept for people to look at.
        let picture = directory.appendingPathComponent("bao-cao-giao-ban-trang-1").path
        #expect(
            try await ReportTools.run("/usr/bin/pdftoppm", ["-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", path.path, picture]).status == 0)
        #expect(FileManager.default.fileExists(atPath: picture + ".png"))
    }
}
