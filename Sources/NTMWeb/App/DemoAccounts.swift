import Foundation
import NTMCore
import NTMStore

/// One account per role for the demo, chosen from the demo data so each has something to do: the commune
/// officer works on the registered commune closest to the standard, the district reviews that commune,
/// the department answers for the criteria the province assigns to agriculture.
public enum DemoAccounts {
    /// Shared by every demo account and printed at start-up; never used outside `--demo`.
    public static let password = "ntm-demo-2019"

    public static func plan(engine: EvaluationEngine, on date: LocalDate, province: UnitCode, targetYear: Int) throws -> [Account] {
        let summary = try engine.summary(of: .registered(year: targetYear, within: province), on: date, bands: .standardOnly)
        let candidates = summary.communeRows.filter { !$0.reachedStandard }
            .sorted { ($1.criteriaMet, $0.code) < ($0.criteriaMet, $1.code) }
        guard let commune = candidates.first?.code ?? summary.communeRows.first?.code,
            let district = engine.units.districtLevelUnit(of: commune, on: date)
        else {
            throw DemoAccountsError(message: "the demo data has no commune registered for \(targetYear) in \(province)")
        }
        let communeName = engine.units.unit(commune, on: date)?.name ?? commune.rawValue
        let set = try engine.catalog.setInForce(level: .commune, on: date, for: .commune)
        let agriculture = engine.catalog.effectiveSet(set, province: province).criteria
            .filter { $0.responsible?.department == "SNNPTNT" }.map(\.number)
        return [
            Account(username: "vanphong", displayName: "Văn phòng Điều phối NTM tỉnh", role: .office),
            Account(username: "lanhdao", displayName: "Lãnh đạo UBND tỉnh", role: .viewer),
            Account(
                username: "so-nnptnt", displayName: "Sở Nông nghiệp và PTNT", role: .department,
                criteria: agriculture.isEmpty ? [3, 13] : agriculture),
            Account(username: "huyen", displayName: district.name, role: .district, unit: district.code),
            Account(username: "xa", displayName: "Cán bộ \(communeName)", role: .commune, unit: commune),
        ]
    }

    /// Stores the planned accounts with the demo password; `cost` is lowered only by tests.
    public static func create(_ accounts: [Account], in store: any NTMStore, cost: UInt8 = Passwords.cost) async throws {
        let hash = try await Passwords.hash(password, cost: cost)
        for account in accounts where try await store.account(account.username) == nil {
            try await store.saveAccount(account, passwordHash: hash, by: "demo")
        }
    }
}

/// Why demo accounts could not be chosen.
public struct DemoAccountsError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
