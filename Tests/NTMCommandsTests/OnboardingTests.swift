import Foundation
import NTMCommands
import NTMCore
import NTMData
import NTMStore
import Testing

/// A province other than Trà Vinh, set up the way its coordination office would do it from the command line:
/// units from the bundled national list, its own overlay, its registrations, its values, then the briefing figures.
@Suite("Onboarding a province from the command line")
struct OnboardingTests {
    /// Three xã of Bến Tre (Huyện Châu Thành) in 2019.
    static let (allMet, sixteen, thirteen) = (UnitCode("28804"), UnitCode("28807"), UnitCode("28813"))
    static let day = LocalDate(iso: "2019-12-31")!

    /// Bến Tre's overlay: the office starts from its neighbour's file, gives it its own id, province and decision,
    /// and sets its own 2019 income level (42 million VND instead of Trà Vinh's 45).
    static func overlay() throws -> String {
        let neighbour = try BundledData.file("overlays/travinh-2016-2020.yaml").text
        let replaced =
            neighbour
            .replacingOccurrences(of: "overlay: travinh-2016-2020", with: "overlay: bentre-2016-2020")
            .replacingOccurrences(of: "province: \"84\"", with: "province: \"83\"")
            .replacingOccurrences(
                of: "{scope: all, year: 2019, value: 45, source: TV-DEMO}", with: "{scope: all, year: 2019, value: 42, source: BT-INCOME}"
            )
            .replacingOccurrences(
                of: "sources:\n", with: "sources:\n  - {id: BT-INCOME, title: \"QĐ thử của UBND tỉnh Bến Tre về thu nhập 2019\"}\n")
        #expect(replaced.contains("value: 42, source: BT-INCOME"), "the test's overlay edit took effect")
        return replaced
    }

    /// A value that meets (or, for `fail`, misses) the indicator's threshold for a Bến Tre xã in 2019.
    static func cell(_ indicator: Indicator, set: CriteriaSet, fail: Bool) throws -> String {
        let resolution = indicator.threshold(for: ThresholdSelector(region: .dbscl, group: nil, year: 2019), dimension: set.dimension)
        guard case .found(let threshold) = resolution, let kind = indicator.kind else {
            throw OnboardingError(message: "no threshold for \(indicator.code)")
        }
        switch (kind, threshold.value) {
        case (.passFail, _): return fail ? "Không đạt" : "Đạt"
        case (.mustBeNone, _): return fail ? "1" : "0"
        case (_, .number(let number)):
            // The income indicator is met one million above the level; everything else exactly at it.
            let value = indicator.code == "10" ? number + FixedDecimal(1) : number
            return value.plain
        default: throw OnboardingError(message: "unexpected threshold of \(indicator.code)")
        }
    }

    struct OnboardingError: Error { let message: String }

    @Test("Bến Tre from the national list, its overlay, registrations and values gives 1 xã at 19/19, 1 at 14–18 and 1 below 14")
    func onboardsBenTre() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("bentre.sqlite").path
        _ = try await InitCommand.parse(["--province", "83", "--database", database]).output()

        let overlayFile = directory.appendingPathComponent("bentre-2016-2020.yaml")
        try Self.overlay().write(to: overlayFile, atomically: true, encoding: .utf8)
        let loaded = try await CriteriaCommand.Load.parse([overlayFile.path, "--database", database]).output()
        #expect(loaded == "\(overlayFile.path): đã lưu bentre-2016-2020 phiên bản 1")

        let registrations = directory.appendingPathComponent("dang-ky.csv")
        try "unit,target_year,registered_on,source\n28804,2019,2019-01-10,KH 2019\n28807,2019,2019-01-10,KH 2019\n28813,2019,2019-01-10,KH 2019\n"
            .write(to: registrations, atomically: true, encoding: .utf8)
        let registered = try await RegistrationsCommand.Import.parse([registrations.path, "--database", database]).output()
        #expect(registered == "\(registrations.path): đã lưu 3 đăng ký")

        // Values from the province's effective set: the second xã misses three criteria, the third six.
        let documents = try await StoreLocation(database).withStore(logger: .init(label: "test")) { try await $0.documents() }
        let catalog = try StoredCatalog.catalog(from: documents)
        let set = catalog.effectiveSet(try #require(catalog.set("commune-2016-2020")), province: "83")
        let failable = set.criteria.filter { [.passFail, .mustBeNone].contains($0.indicators.first?.kind) }.map(\.number)
        let misses: [UnitCode: Set<Int>] = [Self.allMet: [], Self.sixteen: Set(failable.prefix(3)), Self.thirteen: Set(failable.prefix(6))]
        var csv = "unit,criteria_set,indicator,date,value,numerator,denominator,source,evidence\n"
        for (unit, missed) in misses.sorted(by: { $0.key < $1.key }) {
            for criterion in set.criteria {
                for (position, indicator) in criterion.indicators.enumerated() where indicator.derivation == nil {
                    let value = try Self.cell(indicator, set: set, fail: position == 0 && missed.contains(criterion.number))
                    csv += "\(unit),commune-2016-2020,\(indicator.code),2019-12-31,\(value),,,Báo cáo xã,\n"
                }
            }
        }
        let values = directory.appendingPathComponent("so-lieu.csv")
        try csv.write(to: values, atomically: true, encoding: .utf8)
        _ = try await ImportCommand.parse([values.path, "--status", "approved", "--database", database]).output()

        let summary = try await EvaluateCommand.parse(
            ["--database", database, "--date", "2019-12-31", "--scope", "registered:2019@83", "--format", "json"]
        ).output()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any])
        let bands = try #require(json["bands"] as? [[String: Any]])
        #expect(bands.map { $0["communes"] as? Int } == [1, 1, 1])
        #expect(json["communes"] as? Int == 3)
        #expect(json["atStandard"] as? Int == 1)

        // The income level judged is Bến Tre's own (42), not the neighbour's 45 it started from.
        let explained = try await EvaluateCommand.parse(["--database", database, "--date", "2019-12-31", "--unit", "28804"]).output()
        let income = try #require(explained.split(separator: "\n").first { $0.hasPrefix("  10 ") })
        #expect(income.contains("≥42"))
        #expect(income.hasSuffix("BT-INCOME"))
        #expect(explained.contains("+ bentre-2016-2020"))
    }

    @Test("a ward registered, or a commune group outside G1–G3, is refused at its row and nothing is stored")
    func refusesBadRegistrations() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("bentre.sqlite").path
        _ = try await InitCommand.parse(["--province", "83", "--database", database]).output()
        let registrations = directory.appendingPathComponent("dang-ky.csv")
        try "unit,target_year\n28804,2019\n28756,2019\n".write(to: registrations, atomically: true, encoding: .utf8)
        let error = await #expect(throws: DataFileErrors.self) {
            try await RegistrationsCommand.Import.parse([registrations.path, "--database", database]).output()
        }
        #expect(
            error?.errors.map { $0.text(.vi) } == [
                "\(registrations.path):3: cột 'unit': đơn vị 28756 (phường) không phải xã; chỉ xã mới đăng ký đạt chuẩn nông thôn mới"
            ])
        let groups = directory.appendingPathComponent("nhom.csv")
        try "unit,group,effective_from,source\n28804,G4,2026-02-15,QĐ\n".write(to: groups, atomically: true, encoding: .utf8)
        let groupError = await #expect(throws: DataFileErrors.self) {
            try await UnitsCommand.Groups.parse([groups.path, "--database", database]).output()
        }
        #expect(groupError?.errors.first?.line == 2)
        let stored = try await StoreLocation(database).withStore(logger: .init(label: "test")) { store in
            (try await store.registrations().count, try await store.loadUnits().allGroupAssignments.count)
        }
        #expect(stored == (0, 0))
    }
}
