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
            changed.unit = "850"
            try await store.saveAccount(changed, passwordHash: nil, by: "vpdp")
            let stored = try #require(try await store.account("xa.longkhanh"))
            #expect(stored.account == changed)
            #expect(stored.passwordHash == "$2b$hash")
            #expect(try await store.accounts().map(\.username) == ["xa.longkhanh"])
            let audit = try await store.audit(AuditFilter(entity: "user"))
            #expect(audit.map(\.action) == ["update-user", "create-user"])
            #expect(audit.allSatisfy { !($0.after ?? "").contains("$2b$") && !($0.before ?? "").contains("$2b$") })
            await #expect(throws: StoreError.self) {
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
        ConformanceCase(name: "failed logins are counted per user and cleared") { store in
            let now = Date()
            for offset in [-1000.0, -10, -5] {
                try await store.recordLoginFailure(username: "u", address: "10.0.0.1", at: now.addingTimeInterval(offset))
            }
            #expect(try await store.loginFailures(username: "u", since: now.addingTimeInterval(-60)) == 2)
            try await store.clearLoginFailures(username: "u")
            #expect(try await store.loginFailures(username: "u", since: now.addingTimeInterval(-60)) == 0)
        },
    ]
}
