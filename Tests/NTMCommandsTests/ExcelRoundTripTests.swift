import Foundation
import NTMCommands
import NTMCore
import NTMData
import NTMExchange
import NTMFunds
import NTMStore
import Testing

/// The officer's loop with real files: `ntm template` → filled in openpyxl → `ntm import` → `ntm evaluate`,
/// and `ntm export` read back by openpyxl.
@Suite("Excel round trip with openpyxl", .tags(.slow, .externalTool), .enabled(if: Tools.openpyxlAvailable, Comment(rawValue: Tools.openpyxlSkipped)))
struct ExcelRoundTripTests {
    @Test("a template filled in openpyxl imports, and the evaluation shows the new values")
    func templateFillImportEvaluate() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let template = directory.appendingPathComponent("mau.xlsx").path
        try await TemplateCommand.parse(["--database", database, "--unit", "29428", "--date", "2019-08-15", "--output", template]).run()

        // Mỹ Hòa misses only criterion 9 in mid-2019: 9.1 (temporary houses) and 9.2 (standard housing) made to pass.
        let values =
            #"{"29428|9.1": {"Giá trị mới": 0, "Ghi chú": "Đã xóa nhà tạm"}, "29428|9.2": {"Tử số": 950, "Mẫu số": 1000, "Nguồn số liệu": "Điều tra hộ năm 2019"}}"#
        let filled = directory.appendingPathComponent("da-dien.xlsx").path
        let fill = try Tools.python(["fill", template, filled, values])
        #expect(fill.status == 0, "\(fill.errors)")
        #expect(fill.output.contains("\"sheet\": \"Nhập liệu\""))
        #expect(fill.output.contains("Nội dung chỉ tiêu"))

        let imported = try await ImportCommand.parse([filled, "--database", database]).output()
        #expect(imported.contains("imported 2 values"))
        let briefing = try await EvaluateCommand.parse(["--database", database, "--scope", "registered:2019", "--date", "2019-08-15"]).output()
        #expect(briefing.contains("Kết quả đến nay, có 03/17 xã đạt 19/19 tiêu chí"))

        let source = try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            try await store.history(
                ObservationSlot(
                    unit: "29428", criteriaSet: "commune-2016-2020", indicator: "9.2",
                    date: LocalDate(iso: "2019-08-15")!)
            ).last?.source
        }
        #expect(source == "Điều tra hộ năm 2019")
    }

    /// Regression: Excel stores a typed "7,5%" as 0.075 in a percent-formatted cell. Read as 0.075 %, a poverty rate
    /// of 7.5 % passed the ≤ 6 % threshold; read by the cell's format it is 7.5 % and fails it.
    @Test("percent-formatted cells are read as the percentage they show, in every format an officer can produce")
    func percentFormattedCellsImportAsShown() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let date = "2019-08-15"
        // One template per form of typing: the same commune and indicator (11, poverty ≤ 6 %), expected value.
        let cases: [(typed: String, percent: String)] = [
            (#"{"value": 0.075, "format": "0.0%"}"#, "7.5"),
            (#"{"value": 0.075, "format": "0%"}"#, "7.5"),
            (#"{"value": 0.0575, "format": "0.00%"}"#, "5.75"),
            (#""7,5%""#, "7.5"),
            (#""7.5%""#, "7.5"),
            (#"7.5"#, "7.5"),
            (#""7,5""#, "7.5"),
            (#""0,8""#, "0.8"),
        ]
        for (index, entry) in cases.enumerated() {
            let template = directory.appendingPathComponent("mau-\(index).xlsx").path
            try await TemplateCommand.parse(["--database", database, "--unit", "29521", "--date", date, "--output", template]).run()
            let filled = directory.appendingPathComponent("da-dien-\(index).xlsx").path
            let fill = try Tools.python(["fill", template, filled, #"{"29521|11": {"Giá trị mới": "# + entry.typed + #"}}"#])
            #expect(fill.status == 0, "\(fill.errors)")
            _ = try await ImportCommand.parse([filled, "--database", database, "--status", "draft"]).output()
            let stored = try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
                try await store.history(
                    ObservationSlot(unit: "29521", criteriaSet: "commune-2016-2020", indicator: "11", date: LocalDate(iso: date)!)
                ).last?.value
            }
            #expect(stored == .percent(FixedDecimal(entry.percent)!), "typed \(entry.typed)")
        }
        let evaluation = try await EvaluateCommand.parse(["--database", database, "--unit", "29521", "--date", date, "--basis", "latest"]).output()
        #expect(evaluation.contains("0,8"))

        // An amount typed with Vietnamese separators reads right; a date-formatted cell is refused at its cell.
        let template = directory.appendingPathComponent("mau-thu-nhap.xlsx").path
        try await TemplateCommand.parse(["--database", database, "--unit", "29521", "--date", date, "--output", template]).run()
        let amount = directory.appendingPathComponent("thu-nhap.xlsx").path
        #expect(try Tools.python(["fill", template, amount, #"{"29521|10": {"Giá trị mới": "1.250,5"}}"#]).status == 0)
        _ = try await ImportCommand.parse([amount, "--database", database, "--status", "draft"]).output()
        let income = try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            try await store.history(
                ObservationSlot(unit: "29521", criteriaSet: "commune-2016-2020", indicator: "10", date: LocalDate(iso: date)!)
            ).last?.value
        }
        #expect(income == .amount(FixedDecimal("1250.5")!))
        let dated = directory.appendingPathComponent("ngay.xlsx").path
        #expect(try Tools.python(["fill", template, dated, #"{"29521|5": {"Giá trị mới": {"date": "2019-08-15"}}}"#]).status == 0)
        let refused = await #expect(throws: ImportFailure.self) { try await ImportCommand.parse([dated, "--database", database]).output() }
        #expect(refused?.message.contains("ô đang định dạng ngày tháng") == true, "\(String(describing: refused))")
    }

    /// Numbers typed as text in either convention are read right or refused with the cell named, never misread.
    @Test("text numbers in Vietnamese and English notation import right, and ambiguous ones are refused at their cell")
    func textNumbersImportOrAreRefusedClearly() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let template = directory.appendingPathComponent("mau.xlsx").path
        try await TemplateCommand.parse(["--database", database, "--unit", "29521", "--date", "2019-08-15", "--output", template]).run()
        let ambiguous = directory.appendingPathComponent("mo-ho.xlsx").path
        #expect(try Tools.python(["fill", template, ambiguous, #"{"29521|9.2": {"Tử số": "1.250", "Mẫu số": "1.300,0"}}"#]).status == 0)
        do {
            _ = try await ImportCommand.parse([ambiguous, "--database", database]).output()
            Issue.record("an ambiguous number was imported")
        } catch let failure as ImportFailure {
            let lines = failure.message.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.contains("cột M (Tử số): chỉ tiêu 9.2, tử số: '1.250' có thể hiểu hai cách") == true, "\(failure.message)")
        }
        let clear = directory.appendingPathComponent("ro-rang.xlsx").path
        #expect(try Tools.python(["fill", template, clear, #"{"29521|9.2": {"Tử số": "1.250.000", "Mẫu số": "1,300,000"}}"#]).status == 0)
        _ = try await ImportCommand.parse([clear, "--database", database, "--status", "draft"]).output()
        let stored = try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            try await store.history(
                ObservationSlot(unit: "29521", criteriaSet: "commune-2016-2020", indicator: "9.2", date: LocalDate(iso: "2019-08-15")!)
            ).last?.value
        }
        #expect(stored == .ratio(numerator: 1_250_000, denominator: 1_300_000))
    }

    @Test("a stale template is refused as a conflict and a broken one writes nothing")
    func staleAndBrokenImports() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let template = directory.appendingPathComponent("mau.xlsx").path
        try await TemplateCommand.parse(["--database", database, "--unit", "29521", "--date", "2019-08-15", "--output", template]).run()
        let first = directory.appendingPathComponent("a.xlsx").path, second = directory.appendingPathComponent("b.xlsx").path
        #expect(try Tools.python(["fill", template, first, #"{"29521|1.1": {"Giá trị mới": "Đạt"}}"#]).status == 0)
        #expect(
            try Tools.python(["fill", template, second, #"{"29521|1.1": {"Giá trị mới": "Không đạt"}, "29521|1.2": {"Giá trị mới": "Đạt"}}"#]).status
                == 0)
        _ = try await ImportCommand.parse([first, "--database", database, "--status", "draft"]).output()
        let before = try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.latestRecordID() }
        // The second template still names revision 0 for 1.1, which the first import has replaced.
        await #expect(
            throws: StoreError.conflict(
                ObservationSlot(unit: "29521", criteriaSet: "commune-2016-2020", indicator: "1.1", date: LocalDate(iso: "2019-08-15")!),
                expected: .none, current: 1)
        ) {
            try await ImportCommand.parse([second, "--database", database, "--status", "draft"]).output()
        }
        let broken = directory.appendingPathComponent("c.xlsx").path
        #expect(
            try Tools.python(["fill", template, broken, #"{"29521|1.2": {"Giá trị mới": "Đạt"}, "29521|9.2": {"Tử số": 9, "Mẫu số": 0}}"#]).status
                == 0)
        let failure = await #expect(throws: ImportFailure.self) { try await ImportCommand.parse([broken, "--database", database]).output() }
        #expect(failure?.message.contains("cột N (Mẫu số)") == true, "\(String(describing: failure))")
        let after = try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.latestRecordID() }
        #expect(after == before)
    }

    @Test("an export opens in openpyxl with the same values and Vietnamese text")
    func exportReadsInOpenpyxl() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let output = directory.appendingPathComponent("ket-qua.xlsx").path
        try await ExportCommand.parse(["--database", database, "--scope", "registered:2019", "--date", "2019-06-30", "--output", output]).run()
        let dump = try Tools.python(["dump", output])
        #expect(dump.status == 0, "\(dump.errors)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [[String: Any]])
        // The 17 registered xã have funding figures: their sheet follows the values.
        #expect(sheets.compactMap { $0["name"] as? String } == ["Tổng hợp", "Xã", "Ma trận tiêu chí", "Số liệu", "Nguồn vốn"])
        let summary = try #require(sheets[0]["cells"] as? [String: Any])
        #expect(
            summary["A4"] as? String == "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí.")
        let communes = try #require(sheets[1]["cells"] as? [String: Any])
        let longKhanhRow = try #require(communes.first { $0.value as? String == "Xã Long Khánh" }?.key.dropFirst())
        #expect(communes["D\(longKhanhRow)"] as? Int == 11)
        // The headings stay on screen while scrolling: frozen below row 6.
        #expect(sheets[1]["frozen"] as? String == "A7")
        #expect(communes["A6"] as? String == "Mã xã")
        let values = try #require(sheets[3]["cells"] as? [String: Any])
        #expect(values.values.contains { ($0 as? String)?.contains("không phải số liệu thật") == true })
    }

    @Test("a province's export carries its goals: status, reading and the forecast as a percent cell, headed as a forecast")
    func exportCarriesTargets() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("ntm.sqlite").path
        try await InitCommand.parse(["--demo", "--database", database]).run()
        let output = directory.appendingPathComponent("tinh.xlsx").path
        try await ExportCommand.parse(["--database", database, "--scope", "84", "--date", "2019-06-30", "--output", output]).run()
        let dump = try Tools.python(["dump", output])
        #expect(dump.status == 0, "\(dump.errors)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [[String: Any]])
        // The goals, then the funding figures in the funding CSV's own columns.
        #expect(sheets.suffix(2).map { $0["name"] as? String } == ["Mục tiêu", "Nguồn vốn"])
        let funds = try #require(sheets.last?["cells"] as? [String: Any])
        #expect(funds.first { $0.value as? String == "as_of" } != nil)
        #expect(funds.first { $0.value as? String == "NO-DONG" } != nil, "Mỹ Cẩm's construction debt")
        let cells = try #require(sheets.first { $0["name"] as? String == "Mục tiêu" }?["cells"] as? [String: Any])
        #expect(cells.first { $0.value as? String == "Khả năng đạt đúng hạn (dự báo)" }?.key.hasPrefix("H") == true)
        let row = try #require(cells.first { $0.value as? String == "cang-long-70-2019" }?.key.dropFirst())
        #expect(cells["E\(row)"] as? String == "Đúng tiến độ")
        #expect(cells["F\(row)"] as? String == "53,85% / 70%")
        #expect(cells["G\(row)"] as? Int == 3)
        let chance = try #require(cells["H\(row)"] as? Double)
        #expect(chance > 0 && chance < 1, "a fraction with a percent format, as Excel stores 8%")
        let csv = directory.appendingPathComponent("csv").path
        try await ExportCommand.parse(["--database", database, "--scope", "84", "--date", "2019-06-30", "--output", csv]).run()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv + "/targets.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte order mark: opens in Excel by double-click")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("cang-long-70-2019"))
        // funds.csv reads back as the funding file it is: every figure of the province by 30/06/2019.
        let fundsCSV = try Data(contentsOf: URL(fileURLWithPath: csv + "/funds.csv"))
        #expect(Array(fundsCSV.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let (engine, stored) = try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            (try await EvaluationService(store: store, basis: .approved).engine, try await store.fundAmounts())
        }
        let reread = try FundsFile.read(
            fundsCSV, name: "funds.csv", units: engine.units, catalog: engine.catalog,
            programmes: FundProgrammes(listed: try BundledData.fundProgrammes()))
        let june = LocalDate(year: 2019, month: 6, day: 30) ?? LocalDate(dayNumber: 0)
        #expect(reread.amounts.count == stored.filter { $0.entry.asOf <= june }.count)
        #expect(reread.debts.map(\.amount) == [Money(dong: 850_000_000), Money(dong: 620_000_000)])
    }
}
