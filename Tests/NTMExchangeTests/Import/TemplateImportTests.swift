import Foundation
import NTMCore
import NTMData
import Testing

@testable import NTMExchange

/// Templates are written, filled (here in memory, as an officer would in Excel) and read back.
@Suite("Data-entry templates")
struct TemplateImportTests {
    let engine: EvaluationEngine
    let date = LocalDate(iso: "2019-08-15")!

    init() throws {
        engine = try BundledData.demoEngine()
    }

    func template(_ unit: UnitCode = "29521", records: [ObservationRecord] = []) throws -> XLSXWorkbook {
        try TemplateWriter.workbook(
            for: unit, on: date, engine: engine, records: records, language: .vi,
            generatedAt: Date(timeIntervalSince1970: 0))
    }

    /// 0-based index of the first indicator row.
    let first = TemplateWriter.headingRows

    /// Fills cells of the rows for `indicator` (all communes) and writes the workbook out.
    func filled(
        _ workbook: XLSXWorkbook, _ entries: [(unit: UnitCode, indicator: IndicatorCode, column: TemplateColumn, value: XLSXValue)],
        meta: [(String, String)] = []
    ) throws -> Data {
        var workbook = workbook
        for entry in entries {
            let row = try #require(
                workbook.sheets[0].rows.firstIndex {
                    $0.count > TemplateColumn.indicator.rawValue && $0[TemplateColumn.unit.rawValue].value == .text(entry.unit.rawValue)
                        && $0[TemplateColumn.indicator.rawValue].value == .text(entry.indicator.rawValue)
                })
            workbook.sheets[0].rows[row][entry.column.rawValue].value = entry.value
        }
        let metadata = try #require(workbook.sheets.firstIndex { $0.name == "_ntm" })
        for (key, value) in meta {
            let row = try #require(workbook.sheets[metadata].rows.firstIndex { $0.first?.value == .text(key) })
            workbook.sheets[metadata].rows[row][1].value = .text(value)
        }
        return try XLSXWriter.write(workbook)
    }

    func problems(_ data: Data) -> [String] {
        do {
            _ = try TemplateImporter.plan(data, file: "mau.xlsx", engine: engine)
            return []
        } catch {
            return error.problems.map { $0.text(.en) }
        }
    }

    @Test("one row per indicator and condition, protected, with only the entry cells unlocked")
    func layout() throws {
        let workbook = try template()
        let sheet = workbook.sheets[0]
        #expect(sheet.rows.count == first + 50 + 1)
        #expect(sheet.isProtected)
        #expect(sheet.rows[first - 1].map(\.value) == TemplateColumn.allCases.map { .text($0.header(.vi)) })
        #expect(sheet.rows[first].filter { !$0.style.locked }.count == 6)
        #expect(sheet.frozenRows == first)
        #expect(workbook.sheets.map(\.name) == ["Nhập liệu", "Hướng dẫn", "_ntm"])
        #expect(workbook.sheets[2].isHidden && !workbook.sheets[1].isHidden)
        #expect(sheet.rows.contains { $0.count > 6 && $0[TemplateColumn.threshold.rawValue].value == .text("≥ 70%") })
        #expect(try template("849").sheets[0].rows.count == first + 15 * 51)
    }

    @Test("filled values become changes naming the revision they replace")
    func readsValues() throws {
        let data = try filled(
            template(),
            [
                ("29521", "9.2", .numerator, .number("950")), ("29521", "9.2", .denominator, .number("1000")),
                ("29521", "9.2", .source, .text("Điều tra hộ 2019")),
                ("29521", "10", .newValue, .text("46,5")), ("29521", "9.1", .newValue, .number("0")),
                ("29521", "1.1", .newValue, .text("Đạt")), ("29521", "no-commercial-infrastructure-in-plan", .newValue, .text("Không")),
            ])
        let plan = try TemplateImporter.plan(data, file: "mau.xlsx", engine: engine)
        let values = Dictionary(uniqueKeysWithValues: plan.changes.map { ($0.observation.indicator, $0.observation.value) })
        #expect(values["9.2"] == .ratio(numerator: 950, denominator: 1000))
        #expect(values["10"] == .amount(FixedDecimal("46.5")!))
        #expect(values["9.1"] == .count(0))
        #expect(values["1.1"] == .passFail(true))
        #expect(values["no-commercial-infrastructure-in-plan"] == .passFail(false))
        #expect(plan.changes.allSatisfy { $0.expected == ExpectedRevision.none })
        #expect(plan.changes.first { $0.observation.indicator == "9.2" }?.observation.source == "Điều tra hộ 2019")
    }

    @Test("text in TCVN3 or VNI is converted to Unicode")
    func legacyText() throws {
        let data = try filled(
            template(),
            [
                ("29521", "1.1", .newValue, .text("§¹t")),  // "Đạt" typed with a .VnTime font
                ("29521", "1.2", .newValue, .text("Ñaït")),  // "Đạt" typed with a VNI font
                ("29521", "2.1", .newValue, .text("Kh«ng ®¹t")),  // "Không đạt" in TCVN3
            ])
        let plan = try TemplateImporter.plan(data, file: "mau.xlsx", engine: engine)
        #expect(plan.changes.map(\.observation.value) == [.passFail(true), .passFail(true), .passFail(false)])
        #expect(plan.convertedCells == 3)
    }

    @Test("every bad cell is reported with sheet, row, column and what to do; nothing is planned")
    func badCells() throws {
        let data = try filled(
            template(),
            [
                ("29521", "9.2", .numerator, .number("1200")), ("29521", "9.2", .denominator, .number("1000")),
                ("29521", "14.3", .newValue, .text("130%")),
                ("29521", "10", .newValue, .text("năm mươi")),
                ("29521", "17.6", .numerator, .number("5")), ("29521", "17.6", .denominator, .number("0")),
                ("29521", "1.1", .newValue, .text("có lẽ")),
            ])
        #expect(
            problems(data) == [
                "mau.xlsx, sheet 'Nhập liệu', row 7, column L (Giá trị mới): indicator 1.1: 'có lẽ' is not Đạt/Không đạt (met/not met, or Có/Không) — pick Đạt or Không đạt from the list",
                "mau.xlsx, sheet 'Nhập liệu', row 27, column M (Tử số): numerator 1200 is larger than denominator 1000 — the numerator counts part of the denominator; check both numbers",
                "mau.xlsx, sheet 'Nhập liệu', row 28, column L (Giá trị mới): indicator 10: 'năm mươi' is not a number (e.g. 45, 45.5 or 1,250.5) — enter a number such as 45 or 45,5",
                "mau.xlsx, sheet 'Nhập liệu', row 35, column L (Giá trị mới): percentage 130% is outside 0–100 — enter a percentage between 0 and 100",
                "mau.xlsx, sheet 'Nhập liệu', row 46, column N (Mẫu số): the denominator is zero, so no percentage can be computed; enter a total above 0 — enter the total (denominator) above 0",
            ])
    }

    @Test("an unknown commune, an unknown indicator and a duplicated row are refused")
    func unknownsAndDuplicates() throws {
        var workbook = try template()
        var extra = workbook.sheets[0].rows[first + 1]
        workbook.sheets[0].rows.append(extra)  // row 58: duplicate of row 8 (1.2)
        extra[TemplateColumn.unit.rawValue].value = .text("99999")
        workbook.sheets[0].rows.append(extra)  // row 59: unknown commune
        extra[TemplateColumn.unit.rawValue].value = .text("29521")
        extra[TemplateColumn.indicator.rawValue].value = .text("42.1")
        workbook.sheets[0].rows.append(extra)  // row 60: unknown indicator
        for row in [first + 1, 57, 58, 59] { workbook.sheets[0].rows[row][TemplateColumn.newValue.rawValue].value = .text("Đạt") }
        let messages = problems(try XLSXWriter.write(workbook))
        #expect(messages.count == 3)
        #expect(messages[0].contains("row 58, column D (Mã chỉ tiêu): commune 29521 indicator 1.2 is also filled in on row 8"))
        #expect(messages[1].contains("row 59, column A (Mã xã): unknown commune code '99999'"))
        #expect(messages[2].contains("row 60, column D (Mã chỉ tiêu): criteria set commune-2016-2020 has no indicator '42.1'"))
    }

    @Test("a template for another criteria set, or a date outside every set, is refused")
    func wrongSetOrDate() throws {
        let wrongSet = try filled(template(), [("29521", "1.1", .newValue, .text("Đạt"))], meta: [("criteria-set", "commune-2021-2025")])
        #expect(problems(wrongSet).first?.contains("this template is for criteria set 'commune-2021-2025', but 'commune-2016-2020'") == true)
        let oldDate = try filled(template(), [("29521", "1.1", .newValue, .text("Đạt"))], meta: [("date", "2015-06-30")])
        #expect(problems(oldDate).first?.contains("outside every criteria set's validity") == true)
        #expect(problems(Data("not a workbook".utf8)).first?.contains("save the file as an Excel workbook") == true)
    }

    func record(_ indicator: IndicatorCode, on day: String, value: ObservationValue, revision: Int, status: ReviewStatus) -> ObservationRecord {
        ObservationRecord(
            id: Int64(revision),
            slot: ObservationSlot(unit: "29521", criteriaSet: "commune-2016-2020", indicator: indicator, date: LocalDate(iso: day)!),
            revision: revision, kind: .value, value: value, status: status, source: nil, evidence: nil, comment: nil, actor: "xa",
            recordedAt: Date(timeIntervalSince1970: 0), batch: nil)
    }

    func row(_ sheet: XLSXSheet, _ indicator: IndicatorCode) throws -> [XLSXCell] {
        try #require(sheet.rows.first { $0.count > 3 && $0[TemplateColumn.indicator.rawValue].value == .text(indicator.rawValue) })
    }

    @Test("the value in force on the date is shown with its date; only a value dated that day gives a revision to replace")
    func valuesInForce() throws {
        let records = [
            record("9.2", on: "2019-06-30", value: .ratio(numerator: 90, denominator: 100), revision: 3, status: .approved),
            record("9.2", on: "2018-12-31", value: .ratio(numerator: 80, denominator: 100), revision: 1, status: .approved),
            record("10", on: "2019-08-15", value: .amount(FixedDecimal("41.5")!), revision: 2, status: .returned),
            record("1.1", on: "2019-12-31", value: .passFail(true), revision: 1, status: .draft),  // after the date: not in force
        ]
        let sheet = try template(records: records).sheets[0]
        let ratio = try row(sheet, "9.2")
        #expect(ratio[TemplateColumn.currentValue.rawValue].value == .text("90/100 (90%)"))
        #expect(ratio[TemplateColumn.valueDate.rawValue].value == .number(String(LocalDate(iso: "2019-06-30")!.spreadsheetSerial)))
        #expect(ratio[TemplateColumn.status.rawValue].value == .text("Đã phê duyệt"))
        #expect(ratio[TemplateColumn.revision.rawValue].value == .number("0"))
        let income = try row(sheet, "10")
        #expect(income[TemplateColumn.status.rawValue].value == .text("Trả lại"))
        #expect(income[TemplateColumn.revision.rawValue].value == .number("2"))
        #expect(try row(sheet, "1.1")[TemplateColumn.currentValue.rawValue].value == .text(""))
    }

    @Test("the heading names the unit and date, pass/fail cells offer a list, and the sheet prints landscape on A4 pages")
    func headingListsAndPrint() throws {
        let workbook = try template()
        let sheet = workbook.sheets[0]
        #expect(sheet.rows[1].first?.value == .text("Đơn vị: Xã Long Khánh – Huyện Duyên Hải (1 xã) — Số liệu đến ngày 15/08/2019"))
        let passFail = try #require(sheet.validations.first { $0.choices == ["Đạt", "Không đạt"] })
        let yesNo = try #require(sheet.validations.first { $0.choices == ["Có", "Không"] })
        let passFailRows = sheet.rows.indices.filter { sheet.rows[$0].count > 5 && sheet.rows[$0][5].value == .text("Chọn Đạt / Không đạt") }
        #expect(passFail.ranges.map(\.firstRow) == passFailRows)
        #expect(passFail.ranges.allSatisfy { $0.firstColumn == TemplateColumn.newValue.rawValue })
        #expect(yesNo.ranges.count == 1)
        #expect(
            sheet.page
                == XLSXPageSetup(orientation: .landscape, fitToWidth: true, repeatRows: first, footer: "&LXã Long Khánh — 15/08/2019&RTrang &P/&N"))
        let instructions = workbook.sheets[1].rows.compactMap { $0.last?.value }
        #expect(instructions.contains(.text("Số liệu đến ngày: 15/08/2019")))
    }

    @Test("the heading rows may be deleted or added to: the importer finds the column headings")
    func headerFoundAnywhere() throws {
        var workbook = try template()
        workbook.sheets[0].rows.removeFirst(3)
        workbook.sheets[0].rows.insert([.text("Ghi chú của xã")], at: 0)
        let data = try filled(workbook, [("29521", "1.1", .newValue, .text("Đạt"))])
        let plan = try TemplateImporter.plan(data, file: "mau.xlsx", engine: engine)
        #expect(plan.changes.map(\.observation.value) == [.passFail(true)])
        let bad = try filled(workbook, [("29521", "10", .newValue, .text("x"))])
        #expect(problems(bad).first?.hasPrefix("mau.xlsx, sheet 'Nhập liệu', row 26, column L (Giá trị mới)") == true)
    }
}
