import Foundation
import NTMCore
import NTMData
import NTMExchange
import Testing

@Suite("Exports")
struct ResultsExportTests {
    func data() throws -> ExportData {
        let engine = try BundledData.demoEngine()
        let bands = try #require(try BundledData.bandSchemes().first { $0.id == "briefing" })
        return try ExportData.collect(
            engine: engine, scope: .registered(year: 2019, within: "84"), on: LocalDate(iso: "2019-06-30")!,
            bands: bands, language: .vi)
    }

    @Test("the workbook holds the summary, one row per commune, the criteria matrix and the values, readable back")
    func workbook() throws {
        let data = try data()
        let sheets = try XLSXReader.read(XLSXWriter.write(ResultsExporter.workbook(data, language: .vi)))
        #expect(sheets.map(\.name) == ["Tổng hợp", "Xã", "Ma trận tiêu chí", "Số liệu"])
        #expect(
            sheets[0].value(row: 3, column: 0)
                == .text("Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."))
        // Title, three notes, a blank row and the headings above the 17 communes.
        #expect(sheets[1].rowCount == 6 + 17)
        #expect(sheets[2].rowCount == 6 + 17)
        #expect(sheets[3].rowCount == 1 + data.observations.count)
    }

    @Test("headings are Vietnamese, numbers and shares are typed cells, and no-data communes say so")
    func typedCells() throws {
        let data = try data()
        let sheets = try XLSXReader.read(XLSXWriter.write(ResultsExporter.workbook(data, language: .vi)))
        let summary = sheets[0]
        #expect(
            (0..<5).map { summary.value(row: 5, column: $0) } == [
                .text("Đơn vị"), .text("Số xã"), .text("Đạt chuẩn"), .text("Tỷ lệ đạt chuẩn"), .text("BQ tiêu chí/xã"),
            ])
        let total = summary.rowCount - 1
        #expect(summary.value(row: total, column: 0) == .text("Tổng"))
        #expect(summary.value(row: total, column: 1) == .number("17"))
        // 2 of 17 at the standard: 11,76 % as the overview shows it, stored as the fraction Excel keeps for a percent cell.
        #expect(summary.value(row: total, column: 3) == .number("0.1176"))
        #expect(summary.numberFormat(row: total, column: 3) == .percent)
        let communes = sheets[1]
        #expect(communes.value(row: 5, column: 0) == .text("Mã xã"))
        #expect(communes.value(row: 5, column: 3) == .text("Số tiêu chí đạt"))
        #expect(!(6..<communes.rowCount).map { communes.value(row: $0, column: 1) }.contains(.empty))
    }

    @Test("the people's CSV starts with a byte order mark and Vietnamese headings")
    func peopleCSV() throws {
        let text = ResultsExporter.resultsCSV(try data(), language: .vi)
        #expect(text.hasPrefix("\u{FEFF}Mã xã,Tên xã,Huyện,Số tiêu chí đạt"))
        #expect(text.split(separator: "\n").count == 1 + 17)
    }

    @Test("the observations CSV re-imports as the same values")
    func observationsRoundTrip() throws {
        let data = try data()
        let engine = try BundledData.demoEngine()
        let plan = try CSVImporter.plan(Data(ResultsExporter.observationsCSV(data).utf8), file: "o.csv", engine: engine)
        #expect(plan.changes.map(\.observation) == data.observations)
    }
}
