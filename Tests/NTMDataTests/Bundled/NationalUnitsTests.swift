import Foundation
import NTMCore
import NTMData
import Testing

/// The bundled national unit list against figures kept apart from it: the official national totals, the per-province
/// totals published with the 2025 resolutions (transcribed by hand), and Trà Vinh's own file.
@Suite("National unit list")
struct NationalUnitsTests {
    static let before = LocalDate(iso: "2025-06-30")!
    static let reform = LocalDate(iso: "2025-07-01")!
    static let gsoList2020 = LocalDate(iso: "2020-02-25")!

    /// A small CSV beside this file: rows as dictionaries, `#` lines skipped.
    static func oracle(_ name: String) throws -> [[String: String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracles/\(name)")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        guard let header = lines.first else { return [] }
        let columns = Self.fields(header)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(columns, Self.fields($0))) }
    }

    /// Comma-separated fields with double-quoted ones (the oracles quote their source column).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for character in line {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                fields.append(current)
                current = ""
            default: current.append(character)
            }
        }
        return fields + [current]
    }

    static func communeLevel(under province: UnitCode, on day: LocalDate, in units: UnitHierarchy) -> [AdministrativeUnit] {
        units.descendants(of: province, on: day).filter(\.kind.isCommuneLevel)
    }

    static func provinces(on day: LocalDate, in units: UnitHierarchy) -> [UnitCode] {
        units.allCodes.filter { units.unit($0, on: day)?.kind == .province }
    }

    @Test("63 provinces before the reform, 34 with 3,321 commune-level units from 01/07/2025")
    func nationalTotals() throws {
        let nation = try BundledData.nationalUnits()
        #expect(Self.provinces(on: Self.gsoList2020, in: nation).count == 63)
        #expect(Self.provinces(on: Self.before, in: nation).count == 63)
        let after = Self.provinces(on: Self.reform, in: nation)
        #expect(after.count == 34)
        #expect(after.reduce(0) { $0 + Self.communeLevel(under: $1, on: Self.reform, in: nation).count } == 3_321)
        // The GSO list of 25/02/2020 counts 10,767 commune-level units (8,496 xã); 30/06/2025 has 10,035.
        let communes2020 = Self.provinces(on: Self.gsoList2020, in: nation).flatMap { Self.communeLevel(under: $0, on: Self.gsoList2020, in: nation) }
        #expect(communes2020.count == 10_767)
        #expect(communes2020.filter { $0.kind == .commune }.count == 8_496)
        #expect(
            Self.provinces(on: Self.before, in: nation).reduce(0) { $0 + Self.communeLevel(under: $1, on: Self.before, in: nation).count } == 10_035)
        // No district level after the reform.
        #expect(nation.allCodes.compactMap { nation.unit($0, on: Self.reform) }.filter(\.kind.isDistrictLevel).isEmpty)
    }

    @Test("each province's units from 01/07/2025 match the totals published with its 2025 resolution")
    func provinceTotals2025() throws {
        let nation = try BundledData.nationalUnits()
        let rows = try Self.oracle("province-totals-2025.csv")
        #expect(rows.count == 15)
        for row in rows {
            let code = UnitCode(row["province_code"] ?? "")
            let units = Self.communeLevel(under: code, on: Self.reform, in: nation)
            if let total = Int(row["total"] ?? "") { #expect(units.count == total, "\(row["province_name"] ?? "")") }
            if let communes = Int(row["communes"] ?? "") {
                #expect(units.filter { $0.kind == .commune }.count == communes, "\(row["province_name"] ?? "") xã")
            }
            if let wards = Int(row["wards"] ?? "") {
                #expect(units.filter { $0.kind == .ward }.count == wards, "\(row["province_name"] ?? "") phường")
            }
        }
    }

    @Test("each province of the 2020 GSO list has its xã, phường, thị trấn and district-level units")
    func provinceTotals2020() throws {
        let nation = try BundledData.nationalUnits()
        for row in try Self.oracle("province-totals-2020.csv") {
            let code = UnitCode(row["province_code"] ?? "")
            let units = Self.communeLevel(under: code, on: Self.gsoList2020, in: nation)
            let name = row["province_name"] ?? ""
            #expect(units.filter { $0.kind == .commune }.count == Int(row["communes"] ?? ""), "\(name)")
            #expect(units.filter { $0.kind == .ward }.count == Int(row["wards"] ?? ""), "\(name)")
            #expect(units.filter { $0.kind == .township }.count == Int(row["townships"] ?? ""), "\(name)")
        }
    }

    @Test("every unit of 01/07/2025 comes from units that existed on 30/06/2025")
    func predecessorsExist() throws {
        let nation = try BundledData.nationalUnits()
        let reformEvents = nation.lineage.filter { $0.date == Self.reform }
        for event in reformEvents {
            #expect(nation.unit(event.from, on: Self.before) != nil, "\(event.from) → \(event.to)")
            #expect(nation.unit(event.to, on: Self.reform) != nil, "\(event.from) → \(event.to)")
        }
        let formed = Set(reformEvents.map(\.to))
        let missing = Self.provinces(on: Self.reform, in: nation).flatMap { Self.communeLevel(under: $0, on: Self.reform, in: nation) }
            .filter { !formed.contains($0.code) }
        #expect(missing.isEmpty, "\(missing.prefix(5).map(\.name))")
    }

    @Test("a code is never quietly reused: each new version of a code under another name or kind has a lineage event that day")
    func noSilentReuse() throws {
        let nation = try BundledData.nationalUnits()
        var unexplained: [String] = []
        for code in nation.allCodes {
            let versions = nation.versions(of: code)
            for (old, new) in zip(versions, versions.dropFirst()) where old.name != new.name || old.kind != new.kind {
                guard let day = new.validity.from else { continue }
                if !nation.lineage.contains(where: { $0.date == day && ($0.from == code || $0.to == code) }) {
                    unexplained.append("\(code) \(old.name) → \(new.name) \(day.iso)")
                }
            }
        }
        #expect(unexplained.isEmpty, "\(unexplained.prefix(5))")
    }

    @Test("one province from the national list: Trà Vinh (84) is exactly its own file; Vĩnh Long (86) carries Trà Vinh's history")
    func oneProvince() throws {
        let travinh = try #require(try BundledData.units(province: "84"))
        let own = try BundledData.units()
        #expect(Set(travinh.allVersions) == Set(own.allVersions))
        #expect(Set(travinh.lineage) == Set(own.lineage))
        let vinhLong = try #require(try BundledData.units(province: "86"))
        #expect(
            Self.communeLevel(under: "86", on: Self.reform, in: vinhLong).count
                == Self.communeLevel(under: "86", on: Self.reform, in: try BundledData.nationalUnits()).count)
        // Xã Đức Mỹ of Càng Long is there on 30/06/2019, with the 2025 commune that took it over.
        #expect(vinhLong.unit("29305", on: LocalDate(iso: "2019-06-30")!)?.name == "Xã Đức Mỹ")
        #expect(!vinhLong.successors(of: "29305", after: Self.before).isEmpty)
        #expect(try BundledData.units(province: "99") == nil)
    }
}
