import Foundation
import NTMCore
import NTMData
import NTMExchange
import Testing

@Suite("CSV imports")
struct CSVImportTests {
    @Test("a CSV saved in Windows-1252 with TCVN3 text is decoded and converted")
    func legacyCSV() throws {
        let engine = try BundledData.demoEngine()
        let text =
            "unit,criteria_set,indicator,date,value,numerator,denominator,source,evidence,revision\n"
            + "29521,commune-2016-2020,1.1,2019-08-15,§¹t,,,B¸o c¸o x·,,0\n"
        let bytes = Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })  // as an old spreadsheet saves it
        let plan = try CSVImporter.plan(bytes, file: "cu.csv", engine: engine)
        #expect(plan.changes.first?.observation.value == .passFail(true))
        #expect(plan.changes.first?.observation.source == "Báo cáo xã")
        #expect(plan.changes.first?.expected == ExpectedRevision.none)
        #expect(plan.convertedCells == 2)
    }

    @Test("bad rows are reported by line and column")
    func badRows() throws {
        let engine = try BundledData.demoEngine()
        let text =
            "unit,criteria_set,indicator,date,value,numerator,denominator\n"
            + "29521,commune-2016-2020,17.6,2019-08-15,,9,8\n"
            + "29521,commune-2016-2020,17.6,2019-08-15,,9,8\n"
        do {
            _ = try CSVImporter.plan(Data(text.utf8), file: "x.csv", engine: engine)
            Issue.record("accepted")
        } catch {
            #expect(
                error.problems.map { $0.text(.en) } == [
                    "x.csv, row 2, column numerator: indicator 17.6 of unit 29521: numerator 9 is larger than denominator 8",
                    "x.csv, row 3: duplicate of line 2: the same unit, indicator and date",
                ])
        }
    }
}
