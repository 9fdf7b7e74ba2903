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
        #expect(sheets[1].rowCount == 18)
        #expect(sheets[2].rowCount == 18)
        #expect(sheets[3].rowCount == 1 + data.observations.count)
    }

    @Test("the observations CSV re-imports as the same values")
    func observationsRoundTrip() throws {
        let data = try data()
        let engine = try BundledData.demoEngine()
        let plan = try CSVImporter.plan(Data(ResultsExporter.observationsCSV(data).utf8), file: "o.csv", engine: engine)
        #expect(plan.changes.map(\.observation) == data.observations)
    }
}
