import NTMCore
import NTMData
import Testing

@Suite("Units files")
struct UnitsLoaderTests {
    @Test("the bundled Trà Vinh units give 85 xã in 2019 and 41 units of Vĩnh Long after 1/7/2025")
    func bundledUnits() throws {
        let units = try BundledData.units()
        let mid2019 = try #require(LocalDate(iso: "2019-06-30"))
        #expect(units.communes(under: "84", on: mid2019).count == 85)
        #expect(units.descendants(of: "84", on: mid2019).filter(\.kind.isCommuneLevel).count == 106)
        #expect(units.children(of: "84", on: mid2019).count == 9)
        #expect(units.region(of: "29314", on: mid2019) == .dbscl)
        let after = try #require(LocalDate(iso: "2025-08-01"))
        #expect(units.unit("84", on: after) == nil)
        #expect(units.children(of: "86", on: after).count == 41)
        #expect(units.successors(of: "29251", after: mid2019) == ["29242"])
    }

    @Test("a bad row is refused with its line and column")
    func badRows() {
        let text = """
            # test units
            code,name,kind,parent,valid_from,valid_until,region
            1,Tỉnh Thử,province,,,,DBSCL
            10,Huyện A,district,1,,,
            100,Xã An,village,10,,,
            101,Xã Bình,commune,10,2019-02-30,,
            """
        do {
            _ = try UnitsLoader.load(units: DataFile(name: "units.csv", text: text))
            Issue.record("accepted")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "units.csv:5: column 'kind': unknown unit kind 'village' (expected province, city, town, district, urban-district, commune, ward, township, hamlet, special-zone)",
                    "units.csv:6: column 'valid_from': '2019-02-30' is not a date (write YYYY-MM-DD or DD/MM/YYYY)",
                ])
        }
    }

    @Test("a unit naming an unknown parent is located")
    func unknownParent() {
        let text = "code,name,kind,parent\n1,Tỉnh,province,\n100,Xã,commune,99\n"
        do {
            _ = try UnitsLoader.load(units: DataFile(name: "u.csv", text: text))
            Issue.record("accepted")
        } catch {
            #expect(error.errors.map(\.description) == ["u.csv:3: unit 100 names parent 99, which is not a known unit"])
        }
    }

    @Test("CSV quoting, CRLF line ends and a byte-order mark are read as spreadsheets write them")
    func csvDialect() throws {
        let text = "\u{FEFF}code,name,kind,parent\r\n1,\"Tỉnh \"\"Thử\"\", mới\",province,\r\n"
        let units = try UnitsLoader.load(units: DataFile(name: "u.csv", text: text))
        #expect(units.latestVersion("1")?.name == "Tỉnh \"Thử\", mới")
    }
}
