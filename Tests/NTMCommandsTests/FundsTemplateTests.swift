import Foundation
import NTMCommands
import NTMCore
import NTMFunds
import NTMStore
import Testing

/// The officer's loop for funds with a real client: `ntm funds template` → filled in openpyxl → `ntm funds import`.
@Suite("Funding template with openpyxl", .tags(.slow, .externalTool), .enabled(if: Tools.openpyxlAvailable, Comment(rawValue: Tools.openpyxlSkipped)))
struct FundsTemplateTests {
    /// Opens the template, prints its sheets, header, validations and Đức Mỹ's prefilled 2019 rows, then types two
    /// amounts the way officers do (a number, and text with Vietnamese thousands dots) into the blank rows of two
    /// sources and saves it as `filled`.
    static let fill = #"""
        import json, sys, openpyxl
        template, filled = sys.argv[1], sys.argv[2]
        book = openpyxl.load_workbook(template)
        sheet = book.worksheets[0]
        header = [c.value for c in sheet[1]]
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
        col = {name: i for i, name in enumerate(header)}
        prefilled = [r for r in rows if r[col["amount"]] is not None]
        typed = {"NS-XA": 1500000000, "DOANH-NGHIEP": "2.000.000"}
        for index, row in enumerate(sheet.iter_rows(min_row=2), start=2):
            values = [c.value for c in row]
            source = values[col["source"]]
            if values[col["unit"]] == "29305" and values[col["amount"]] is None and source in typed:
                row[col["amount"]].value = typed.pop(source)
                row[col["document"]].value = "BC KBNN 31/8"
        book.save(filled)
        print(json.dumps({"sheets": book.sheetnames, "header": header, "frozen": sheet.freeze_panes,
                          "validations": len(sheet.data_validations.dataValidation), "prefilled": len(prefilled),
                          "dateFormat": sheet.cell(row=2, column=col["as_of"] + 1).number_format, "left": list(typed)}, ensure_ascii=False))
        """#

    @Test("a commune's template opens in openpyxl with its 2019 figures; two amounts typed there import as the commune")
    func roundTrip() async throws {
        let (directory, database) = try await TasksCommandTests.demoStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            try await store.saveAccount(
                Account(username: "xa-duc-my", displayName: "Xã Đức Mỹ", role: .commune, unit: "29305"), passwordHash: "not-used", by: "test")
        }
        let template = directory.appendingPathComponent("mau-von.xlsx").path
        let written = try await FundsCommand.Template.parse(
            ["--database", database, "--unit", "29305", "--date", "2019-08-31", "--output", template]
        ).output()
        #expect(written.hasPrefix("đã ghi \(template): "))
        let filled = directory.appendingPathComponent("da-dien.xlsx").path
        let result = try Tools.run("/usr/bin/env", ["python3", "-c", Self.fill, template, filled])
        #expect(result.status == 0, "\(result.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(report["sheets"] as? [String] == ["Nguồn vốn", "Hướng dẫn"])
        #expect(
            report["header"] as? [String] == [
                "unit", "year", "source", "programme", "contribution", "capital", "origin", "criterion", "project", "phase", "as_of", "amount",
                "document",
            ])
        #expect(report["frozen"] as? String == "A2")
        #expect(report["validations"] as? Int == 5)
        #expect(report["dateFormat"] as? String == "dd/mm/yyyy")
        #expect(report["left"] as? [String] == [], "both sources had a blank row to fill")
        // Đức Mỹ is registered for 2019: the demo gives it 9 lines (one carried over), each planned, allocated and disbursed by 31/08.
        #expect(report["prefilled"] as? Int == 9 * 3)

        let before = try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.fundAmounts().count }
        let output = try await FundsCommand.Import.parse(["--database", database, "--user", "xa-duc-my", filled]).output()
        #expect(output == "đã lưu 2 số liệu từ \(filled) (27 dòng không đổi)", "the prefilled rows are what is stored already")
        let stored = try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.fundAmounts() }
        #expect(stored.count == before + 2)
        let new = stored.filter { $0.by == "xa-duc-my" }.map(\.entry)
        #expect(Set(new.map(\.amount)) == [Money(dong: 1_500_000_000), Money(dong: 2_000_000)])
        #expect(new.allSatisfy { $0.asOf == LocalDate(year: 2019, month: 8, day: 31) && $0.phase == .disbursed && $0.document == "BC KBNN 31/8" })
    }
}
