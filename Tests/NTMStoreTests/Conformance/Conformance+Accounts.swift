import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let accounts: [ConformanceCase] = [
        ConformanceCase(name: "users are created and updated with an audit entry that never shows the password") { store in
            let account = Account(username: "xa.longkhanh", displayName: "Cán bộ xã Long Khánh", role: .commune, unit: "29521")
            try await store.saveAccount(account, passwordHash: "$2b$hash", by: "vpdp")
            var changed = account
            changed.role = .district
            changed.organisation = .unit("850", since: nil)
            try await store.saveAccount(changed, passwordHash: nil, by: "vpdp")
            let stored = try #require(try await store.account("xa.longkhanh"))
            #expect(stored.account == changed)
            #expect(stored.passwordHash == "$2b$hash")
            #expect(try await store.accounts().map(\.username) == ["xa.longkhanh"])
            let audit = try await store.audit(AuditFilter(entity: "user"))
            #expect(audit.map(\.action) == ["update-user", "create-user"])
            #expect(audit.allSatisfy { !($0.after ?? "").contains("$2b$") && !($0.before ?? "").contains("$2b$") })
            await #expect(throws: StoreError.unsupported("a new user needs a password")) {
                try await store.saveAccount(Account(username: "new", displayName: "N", role: .viewer), passwordHash: nil, by: "vpdp")
            }
        },
        ConformanceCase(name: "sessions are found by token hash, and a password change ends them") { store in
            try await store.saveAccount(Account(username: "u", displayName: "U", role: .viewer), passwordHash: "h1", by: "vpdp")
            let now = Date()
            try await store.createSession(
                StoredSession(
                    tokenHash: "t1", username: "u", csrfToken: "c1", createdAt: now,
                    expiresAt: now.addingTimeInterval(3600)))
            #expect(try await store.session("t1")?.csrfToken == "c1")
            try await store.saveAccount(Account(username: "u", displayName: "U", role: .viewer), passwordHash: "h2", by: "vpdp")
            #expect(try await store.session("t1") == nil)
            try await store.createSession(
                StoredSession(
                    tokenHash: "t2", username: "u", csrfToken: "c2", createdAt: now,
                    expiresAt: now.addingTimeInterval(3600)))
            try await store.deleteSession("t2")
            #expect(try await store.session("t2") == nil)
        },
        ConformanceCase(name: "sign-in attempts are limited per account and address and per address, and expire") { store in
            let now = Date(timeIntervalSince1970: 1_700_000_000)
            let rule = LoginThrottleRule(window: 900, perAccountAndAddress: 3, perAddress: 5)
            for offset in [-1000.0, -60, -30, -10] {
                #expect(
                    try await store.admitLoginAttempt(username: "u", address: "10.0.0.1", at: now.addingTimeInterval(offset), rule: rule) == .admitted
                )
            }
            // Three attempts within the window from this address: the fourth waits until the oldest (−60 s) expires.
            #expect(try await store.admitLoginAttempt(username: "u", address: "10.0.0.1", at: now, rule: rule) == .refused(retryAfter: 840))
            // The same account from elsewhere is not locked by a stranger.
            #expect(try await store.admitLoginAttempt(username: "u", address: "10.0.0.2", at: now, rule: rule) == .admitted)
            // Other accounts from the first address share its budget of five.
            #expect(try await store.admitLoginAttempt(username: "v", address: "10.0.0.1", at: now, rule: rule) == .admitted)
            #expect(try await store.admitLoginAttempt(username: "w", address: "10.0.0.1", at: now, rule: rule) == .admitted)
            #expect(try await store.admitLoginAttempt(username: "x", address: "10.0.0.1", at: now, rule: rule) == .refused(retryAfter: 840))
            // A success clears that account's attempts from that address only.
            try await store.loginSucceeded(username: "u", address: "10.0.0.1")
            #expect(try await store.admitLoginAttempt(username: "x", address: "10.0.0.1", at: now, rule: rule) == .admitted)
            // After the window everything has expired.
            let later = now.addingTimeInterval(1000)
            #expect(try await store.admitLoginAttempt(username: "u", address: "10.0.0.2", at: later, rule: rule) == .admitted)
        },
        ConformanceCase(name: "parallel sign-in attempts never exceed the limit") { store in
            let now = Date(timeIntervalSince1970: 1_700_000_000)
            let rule = LoginThrottleRule(window: 900, perAccountAndAddress: 5, perAddress: 100)
            let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<40 {
                    group.addTask { try await store.admitLoginAttempt(username: "u", address: "10.0.0.9", at: now, rule: rule) == .admitted }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(admitted == 5)
        },
        ConformanceCase(name: "a department account made before organisations becomes its department's, matched by its criteria") { store in
            try await StoreSeeder.seedReferenceData(store, by: "test")
            try await StoreHarness.executeRaw(
                """
                INSERT INTO users (username, display_name, password_hash, role, unit, criteria, active, updated_at)
                VALUES ('so-nn-cu', 'Sở NN', 'h', 'department', NULL, '3,13', \(StoreHarness.sqlTrue(store)), '2019-07-01T00:00:00Z')
                """, on: store)
            try await StoreHarness.executeRaw(
                """
                INSERT INTO users (username, display_name, password_hash, role, unit, criteria, active, updated_at)
                VALUES ('so-la', 'Sở lạ', 'h', 'department', NULL, '3,15', \(StoreHarness.sqlTrue(store)), '2019-07-01T00:00:00Z')
                """, on: store)
            let outcome = try await AccountUpgrade.run(store, logger: StoreHarness.quietLogger)
            #expect(outcome == AccountUpgrade.Outcome(upgraded: ["so-nn-cu"], unmatched: ["so-la"]))
            #expect(try await store.account("so-nn-cu")?.account.organisation == .department("SNNPTNT"))
            #expect(try await store.account("so-la")?.account.organisation == nil)
        },
        ConformanceCase(name: "accounts keep their organisation, including a unit version, and a department") { store in
            let ward = Account(
                username: "phuong", displayName: "P", role: .commune, organisation: .unit("29242", since: LocalDate(year: 2025, month: 7, day: 1)))
            let department = Account(username: "so-yte", displayName: "Sở Y tế", role: .department, organisation: .department("SYT"))
            try await store.saveAccount(ward, passwordHash: "h", by: "vpdp")
            try await store.saveAccount(department, passwordHash: "h", by: "vpdp")
            #expect(try await store.account("phuong")?.account == ward)
            #expect(try await store.account("so-yte")?.account == department)
        },
    ]
}
