import Foundation
import NTMCore
import NTMStore

/// One account per role for the demo, chosen from the demo data so each has something to do: the commune
/// officer works on the registered commune closest to the standard, the district reviews that commune,
/// the department is the province's agriculture department, which answers for the criteria assigned to it.
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
        guard let communeVersion = engine.units.unit(commune, on: date) else {
            throw DemoAccountsError(message: "commune \(commune) does not exist on \(date.iso)")
        }
        let communeName = communeVersion.name
        return [
            Account(username: "vanphong", displayName: "Văn phòng Điều phối NTM tỉnh", role: .office),
            Account(username: "lanhdao", displayName: "Lãnh đạo UBND tỉnh", role: .viewer),
            Account(username: "so-nnptnt", displayName: "Sở Nông nghiệp và PTNT", role: .department, organisation: .department("SNNPTNT")),
            Account(username: "huyen", displayName: district.name, role: .district, organisation: .unit(district)),
            Account(username: "xa", displayName: "Cán bộ \(communeName)", role: .commune, organisation: .unit(communeVersion)),
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
