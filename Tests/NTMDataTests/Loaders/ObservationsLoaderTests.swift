import NTMCore
import NTMData
import Testing

/// Observation files are all-or-nothing, and every bad cell is named by line and column.
@Suite("Observation files")
struct ObservationsLoaderTests {
    static let header = "unit,criteria_set,indicator,date,value,numerator,denominator,source,evidence\n"

    func load(_ rows: String) throws -> (EvaluationEngine, [String]) {
        let engine = try BundledData.demoEngine()
        do {
            let updated = try ObservationsLoader.load(DataFile(name: "obs.csv", text: Self.header + rows), into: engine)
            return (updated, [])
        } catch {
            return (engine, error.errors.map(\.description))
        }
    }

    @Test("a valid file is recorded and changes the evaluation")
    func validFileRecords() throws {
        let (engine, errors) = try load("29521,commune-2016-2020,1.1,2019-07-01,Đạt,,,Báo cáo xã,BC-01\n")
        #expect(errors.isEmpty)
        let latest = engine.observations.latest(unit: "29521", set: "commune-2016-2020", code: "1.1", on: LocalDate(iso: "2019-07-02")!)
        #expect(latest?.value == .passFail(true))
        #expect(latest?.evidence == "BC-01")
    }

    @Test("each bad row is reported with its line and column, and nothing is written")
    func badRows() throws {
        let rows = """
            29521,commune-2016-2020,17.6,2019-07-01,,5,0,,
            29521,commune-2016-2020,17.6,2019-07-02,,120,100,,
            29521,commune-2016-2020,14.3,2019-07-01,130,,,,
            29521,commune-2016-2020,10,2019-07-01,năm mươi,,,,
            99999,commune-2016-2020,1.1,2019-07-01,Đạt,,,,
            29521,commune-2016-2020,42.1,2019-07-01,Đạt,,,,
            29521,commune-2016-2020,1.1,2023-07-01,Đạt,,,,
            29521,commune-2016-2020,1.2,2019-07-01,Đạt,,,,
            29521,commune-2016-2020,1.2,2019-07-01,Không đạt,,,,

            """
        let before = try BundledData.demoEngine().observations.count
        let (engine, errors) = try load(rows)
        #expect(
            errors == [
                "obs.csv:2: column 'denominator': indicator 17.6 of unit 29521: the denominator is zero, so no percentage can be computed; enter a total above 0",
                "obs.csv:3: column 'numerator': indicator 17.6 of unit 29521: numerator 120 is larger than denominator 100",
                "obs.csv:4: column 'value': indicator 14.3 of unit 29521: percentage 130% is outside 0–100",
                "obs.csv:5: column 'value': indicator 10: 'năm mươi' is not a number (e.g. 45, 45.5 or 1,250.5)",
                "obs.csv:6: column 'unit': no unit with code 99999 exists on 2019-07-01",
                "obs.csv:7: column 'indicator': criteria set commune-2016-2020 has no indicator or condition '42.1'",
                "obs.csv:8: date 2023-07-01 is outside the validity of criteria set commune-2016-2020 (01/12/2016 – 07/03/2022)",
                "obs.csv:10: duplicate of line 9: the same unit, indicator and date",
            ])
        #expect(engine.observations.count == before)
    }

    @Test("a header without the required columns is refused")
    func missingColumns() throws {
        do {
            _ = try ObservationsLoader.parse(DataFile(name: "o.csv", text: "unit,indicator,date\n"), engine: BundledData.demoEngine())
            Issue.record("accepted")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "o.csv:1: missing column 'criteria_set' (the header must name: unit, criteria_set, indicator, date)"
                ])
        }
    }
}
