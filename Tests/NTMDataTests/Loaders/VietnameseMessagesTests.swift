import NTMCore
import NTMData
import Testing

/// Provincial officers read data-file errors in Vietnamese first: every loader error carries both languages,
/// and the English wording stays as it was.
@Suite("Vietnamese data-file messages")
struct VietnameseMessagesTests {
    /// `CriteriaFileErrorTests`'s valid minimal set, with the source of 1.2's threshold (line 23) swapped.
    static func set(thresholdSource: String = "S1") -> String {
        CriteriaFileErrorTests.valid.replacingOccurrences(
            of: "{scope: DBSCL, value: 80, source: S1}", with: "{scope: DBSCL, value: 80, source: \(thresholdSource)}")
    }

    /// An overlay of `tiny` for `province`; line 4 is `province:`.
    static func overlay(province: String) -> String {
        """
        overlay: tinh
        title: {vi: "Tỉnh"}
        base: tiny
        province: "\(province)"
        """
    }

    func unitsErrors(_ text: String, file: String) -> DataFileErrors? {
        do {
            _ = try UnitsLoader.load(units: DataFile(name: file, text: text))
            return nil
        } catch {
            return error
        }
    }

    @Test("a units file with an unknown kind and an impossible date is refused in Vietnamese, English unchanged")
    func unitsKindAndDate() throws {
        let text = """
            # test units
            code,name,kind,parent,valid_from,valid_until,region
            1,Tỉnh Thử,province,,,,DBSCL
            10,Huyện A,district,1,,,
            100,Xã An,village,10,,,
            101,Xã Bình,commune,10,2019-02-30,,
            """
        let errors = try #require(unitsErrors(text, file: "units.csv"))
        #expect(
            errors.text(.vi)
                == [
                    "units.csv:5: cột 'kind': loại đơn vị 'village' không hợp lệ (dùng province, city, town, district, urban-district, commune, ward, township, hamlet, special-zone)",
                    "units.csv:6: cột 'valid_from': '2019-02-30' không phải ngày (ghi YYYY-MM-DD hoặc DD/MM/YYYY)",
                ].joined(separator: "\n"))
        #expect(
            errors.text(.en)
                == [
                    "units.csv:5: column 'kind': unknown unit kind 'village' (expected province, city, town, district, urban-district, commune, ward, township, hamlet, special-zone)",
                    "units.csv:6: column 'valid_from': '2019-02-30' is not a date (write YYYY-MM-DD or DD/MM/YYYY)",
                ].joined(separator: "\n"))
        #expect(
            errors.errors.first?.message
                == "unknown unit kind 'village' (expected province, city, town, district, urban-district, commune, ward, township, hamlet, special-zone)"
        )
    }

    @Test("a unit naming a parent that does not exist is refused in Vietnamese at its line")
    func unknownParent() throws {
        let errors = try #require(unitsErrors("code,name,kind,parent\n1,Tỉnh,province,\n100,Xã,commune,99\n", file: "u.csv"))
        #expect(errors.text(.vi) == "u.csv:3: đơn vị 100 ghi đơn vị cấp trên là 99, nhưng mã này không có trong danh sách đơn vị")
        #expect(errors.description == "u.csv:3: unit 100 names parent 99, which is not a known unit")
    }

    @Test("hierarchy errors read in Vietnamese and keep their English description")
    func hierarchyErrorText() {
        let error = UnitHierarchyError.parentNotValid(unit: "2", parent: "1", on: nil)
        #expect(error.text(.vi) == "đơn vị 2 ghi đơn vị cấp trên là 1, nhưng đơn vị này không tồn tại vào ngày đầu tiên của đơn vị")
        #expect(error.text(.en) == "unit 2 names parent 1, which does not exist on the unit's first day")
        #expect(error.description == error.text(.en))
        let dated = UnitHierarchyError.parentNotValid(unit: "2", parent: "1", on: LocalDate(iso: "2019-07-01"))
        #expect(dated.text(.vi) == "đơn vị 2 ghi đơn vị cấp trên là 1, nhưng đơn vị này không tồn tại vào ngày 01/07/2019")
    }

    @Test("an observations file with an empty unit, a bad date and an unknown unit is refused in Vietnamese")
    func observationRows() throws {
        let engine = try BundledData.demoEngine()
        let text = """
            unit,criteria_set,indicator,date,value,numerator,denominator,source,evidence
            ,commune-2016-2020,1.1,2019-07-01,Đạt,,,,
            29521,commune-2016-2020,1.1,2019-13-01,Đạt,,,,
            99999,commune-2016-2020,1.1,2019-07-01,Đạt,,,,
            """
        do {
            _ = try ObservationsLoader.parse(DataFile(name: "obs.csv", text: text), engine: engine)
            Issue.record("accepted")
        } catch {
            #expect(
                error.text(.vi)
                    == [
                        "obs.csv:2: cột 'unit': đang để trống",
                        "obs.csv:3: cột 'date': '2019-13-01' không phải ngày (ghi YYYY-MM-DD hoặc DD/MM/YYYY)",
                        "obs.csv:4: cột 'unit': không có đơn vị mã 99999 vào ngày 01/07/2019",
                    ].joined(separator: "\n"))
            #expect(error.errors.first?.description == "obs.csv:2: column 'unit': is empty")
        }
    }

    @Test("a threshold citing a source the criteria file does not list is refused in Vietnamese at its line")
    func unknownThresholdSource() throws {
        let valid = try CriteriaSetLoader.load(Self.set(), file: "tiny.yaml")
        #expect(valid.id == "tiny")
        do {
            _ = try CriteriaSetLoader.load(Self.set(thresholdSource: "S9"), file: "tiny.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.text(.vi) == "tiny.yaml:23: ngưỡng của chỉ tiêu 1.2 dẫn nguồn 'S9', nhưng tệp không liệt kê nguồn này trong sources")
            #expect(error.text(.en) == "tiny.yaml:23: threshold of 1.2 cites source 'S9', which the file does not list")
        }
    }

    @Test("an overlay naming a criterion the set lacks is refused in Vietnamese at its line")
    func overlayUnknownCriterion() {
        let overlay = """
            overlay: tinh
            title: {vi: "Tỉnh"}
            base: tiny
            province: "84"
            responsible:
              - {criterion: 7, department: SXD}
            """
        do {
            _ = try CatalogLoader.load(
                sets: [DataFile(name: "tiny.yaml", text: Self.set())], overlays: [DataFile(name: "tinh.yaml", text: overlay)])
            Issue.record("accepted")
        } catch {
            #expect(error.text(.vi) == "tinh.yaml:6: bộ tiêu chí tỉnh ghi tiêu chí 7, nhưng bộ tiêu chí tiny không có tiêu chí này")
            #expect(error.text(.en) == "tinh.yaml:6: overlay names criterion 7, which set tiny does not have")
        }
    }

    @Test("catalog errors, such as a set loaded twice, reach the officer in Vietnamese")
    func setLoadedTwice() {
        do {
            _ = try CatalogLoader.load(sets: [DataFile(name: "a.yaml", text: Self.set()), DataFile(name: "b.yaml", text: Self.set())])
            Issue.record("accepted")
        } catch {
            #expect(error.text(.vi) == "b.yaml: bộ tiêu chí 'tiny' được nạp hai lần")
            #expect(error.text(.en) == "b.yaml: criteria set 'tiny' is loaded twice")
        }
    }

    @Test("an overlay for province 6 when the units have 06 is refused with a hint at its province line")
    func provinceLeadingZeros() throws {
        let units = try UnitsLoader.load(units: DataFile(name: "units.csv", text: "code,name,kind,parent\n06,Tỉnh Sáu,province,\n"))
        let base = try CriteriaSetLoader.load(Self.set(), file: "tiny.yaml")
        let text = Self.overlay(province: "6")
        let overlay = try OverlayLoader.load(text, file: "tinh.yaml", base: base)
        let file = DataFile(name: "tinh.yaml", text: text)

        let problems = OverlayProvinceCheck.problems(overlays: [overlay], overlayFiles: [file], units: units)
        #expect(
            problems.map { $0.text(.vi) } == [
                "tinh.yaml:4: tỉnh '6' không có trong danh sách đơn vị; có phải '06'? Sửa mã tỉnh trong tệp cho đúng"
            ])
        #expect(
            problems.map(\.description) == [
                "tinh.yaml:4: province '6' is not among the units; did you mean '06'? Correct the province code in the file"
            ])

        let unplaced = OverlayProvinceCheck.problems(overlays: [overlay], overlayFiles: nil, units: units)
        #expect(unplaced.map(\.file) == ["overlays"])
        #expect(unplaced.map(\.line) == [nil])

        do {
            _ = try CatalogLoader.load(sets: [DataFile(name: "tiny.yaml", text: Self.set())], overlays: [file], units: units)
            Issue.record("accepted")
        } catch {
            #expect(error.errors.map(\.line) == [4])
        }

        let exact = try OverlayLoader.load(Self.overlay(province: "06"), file: "tinh.yaml", base: base)
        #expect(OverlayProvinceCheck.problems(overlays: [exact], overlayFiles: nil, units: units).isEmpty)

        let elsewhere = try OverlayLoader.load(Self.overlay(province: "99"), file: "tinh.yaml", base: base)
        #expect(
            OverlayProvinceCheck.problems(overlays: [elsewhere], overlayFiles: nil, units: units).map { $0.text(.vi) } == [
                "overlays: tỉnh '99' không có trong danh sách đơn vị; ghi mã tỉnh đúng như trong tệp đơn vị"
            ])
    }
}
