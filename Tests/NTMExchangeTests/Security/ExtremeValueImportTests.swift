import Foundation
import NTMCore
import NTMData
import NTMExchange
import Testing

/// The CSV and Excel paths get the same extreme numbers the API tests send: each is read or refused at its
/// cell, and nothing traps.
@Suite("Extreme values in files")
struct ExtremeValueImportTests {
    static let extremes = [
        "-9223372036854775808", "9223372036854775807", "-0", "0", "1e300", "-1e300", "1E-300", "99999999999999.9999",
        "123456789012345", "0.00001", "NaN", "inf", "-",
    ]

    @Test("every extreme number in a CSV ratio, count or amount is either read or refused at its row and column")
    func csv() throws {
        let engine = try BundledData.demoEngine()
        for text in Self.extremes {
            let rows =
                "unit,criteria_set,indicator,date,value,numerator,denominator\n"
                + "29521,commune-2016-2020,17.6,2019-08-15,,\(text),1\n"
                + "29521,commune-2016-2020,5,2019-08-15,\(text),,\n"
                + "29521,commune-2016-2020,10,2019-08-15,\(text),,\n"
            do {
                let plan = try CSVImporter.plan(Data(rows.utf8), file: "x.csv", engine: engine)
                for change in plan.changes { #expect(throws: Never.self) { try engine.validate(change.observation) } }
            } catch {
                #expect(!error.problems.isEmpty, "\(text)")
                #expect(error.problems.allSatisfy { $0.row != nil && $0.column != nil }, "\(text): \(error.text(.en))")
            }
        }
    }

    @Test("Int64.min as a CSV numerator is refused as too large, naming the indicator")
    func int64Min() throws {
        let engine = try BundledData.demoEngine()
        let rows = "unit,criteria_set,indicator,date,value,numerator,denominator\n29521,commune-2016-2020,17.6,2019-08-15,,-9223372036854775808,1\n"
        let error = #expect(throws: ImportProblems.self) { try CSVImporter.plan(Data(rows.utf8), file: "x.csv", engine: engine) }
        #expect(error?.problems.first?.text(.en) == "x.csv, row 2, column numerator: indicator 17.6, numerator: '-9223372036854775808' is too large")
    }
}
