import Foundation
import NTMCommands
import NTMCore
import NTMData
import NTMFunds
import NTMStore
import Testing

@Suite("ntm funds")
struct FundsCommandTests {
    @Test("summary prints a district's rates with both denominators, its communes and the lagging ones")
    func summary() async throws {
        let (_, database) = try await TasksCommandTests.demoStore()
        let output = try await FundsCommand.Summary.parse(["--database", database, "--unit", "84", "--date", "30/06/2019"]).output()
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Tỉnh Trà Vinh · năm 2019 · 30/06/2019 · triệu đồng")
        #expect(lines[1] == "giải ngân 53,2% kế hoạch năm 2019; 54,8% tính cả vốn chuyển nguồn")
        #expect(lines.contains { $0.hasPrefix("Huyện Càng Long") && $0.hasSuffix("59,3%") })
        #expect(lines.contains("  Xã Hiệp Hòa (29341): 15,7%") || lines.contains { $0.hasPrefix("  Xã Hiệp Hòa (") && $0.hasSuffix("15,7%") })
        #expect(lines.contains { $0.hasPrefix("  Xã Mỹ Cẩm (29269): 620 ") })
        let early = try await FundsCommand.Summary.parse(["--database", database, "--unit", "84", "--date", "2017-06-30"]).output()
        #expect(early == "Tỉnh Trà Vinh: chưa có số liệu nguồn vốn năm 2017 đến ngày 30/06/2017")
        // --format json: the API's document, whose rates are the text's, unrounded.
        let json = try await FundsCommand.Summary.parse(["--database", database, "--unit", "84", "--date", "30/06/2019", "--format", "json"])
            .output()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["scope"] as? String == "84")
        #expect(document["sentence"] as? String == "giải ngân 53,2% kế hoạch năm 2019; 54,8% tính cả vốn chuyển nguồn")
        let rate = try #require((document["currentYear"] as? [String: Any])?["disbursementRate"] as? String)
        #expect(rate.hasPrefix("53.2"))
    }

    @Test("import stores a commune's rows as the commune; a file with a mistake or another commune's row stores nothing")
    func importFile() async throws {
        let (directory, database) = try await TasksCommandTests.demoStore()
        try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            try await store.saveAccount(
                Account(username: "xa-duc-my", displayName: "Xã Đức Mỹ", role: .commune, unit: "29305"), passwordHash: "not-used", by: "test")
        }
        let header = "unit,year,source,programme,contribution,capital,origin,criterion,project,phase,as_of,amount,document"
        func write(_ name: String, _ rows: [String]) throws -> String {
            let path = directory.appendingPathComponent(name).path
            // With a BOM, as Excel saves "CSV UTF-8".
            try Data(("\u{FEFF}" + ([header] + rows).joined(separator: "\r\n")).utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let count = { try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.fundAmounts().count } }
        let before = try await count()
        let good = try write("von.csv", ["29305,2019,NS-XA,,,SN,NAM,,,GIAI-NGAN,2019-07-31,\"1.500.000\",BC 7"])
        let output = try await FundsCommand.Import.parse(["--database", database, "--user", "xa-duc-my", good]).output()
        #expect(output == "đã lưu 1 số liệu từ \(good) (0 dòng không đổi)")
        #expect(try await count() == before + 1)
        let bad = try write(
            "sai.csv", ["29305,2019,NS-XA,,,SN,NAM,,,GIAI-NGAN,2019-08-31,1.500,", "29305,2019,NSTW,,,DT,NAM,,,GIAI-NGAN,2019-08-31,5,"])
        do {
            _ = try await FundsCommand.Import.parse(["--database", database, "--user", "xa-duc-my", bad]).output()
            Issue.record("a file with a mistake was imported")
        } catch let error as DataFileErrors {
            #expect(error.errors.map { "\($0.line ?? 0) \($0.column ?? "")" } == ["2 amount"])
            #expect(error.text(.vi).hasPrefix("\(bad):2: cột 'amount': '1.500' có thể hiểu hai cách"))
        }
        let other = try write("khac.csv", ["29269,2019,NS-XA,,,SN,NAM,,,GIAI-NGAN,2019-08-31,5,"])
        await #expect(
            throws: FundError.forbidden(
                unit: "29269",
                LocalizedText(
                    vi: "tài khoản xa-duc-my không được ghi nguồn vốn của đơn vị 29269", en: "account xa-duc-my may not write the funds of unit 29269"
                ))
        ) {
            _ = try await FundsCommand.Import.parse(["--database", database, "--user", "xa-duc-my", other]).output()
        }
        #expect(try await count() == before + 1)
    }
}
