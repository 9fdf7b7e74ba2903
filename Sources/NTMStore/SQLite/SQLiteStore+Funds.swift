import Foundation
import GRDB
import NTMCore
import NTMFunds

extension SQLiteStore {
    public func saveFunds(_ batch: FundBatch, by user: String) async throws -> FundSaveSummary {
        try await pool.write { db in
            let now = clock.now(), at = Timestamp.text(now)
            var changes: [StoredFunds.Change] = []
            var unchanged = 0
            for (index, entry) in batch.amounts.enumerated() {
                let line = try Self.lineID(StoredFunds.Key(entry.line), by: user, at: at, in: db)
                let latest = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT revision, amount, document FROM fund_amounts WHERE line = ? AND phase = ? AND as_of = ? ORDER BY revision DESC LIMIT 1",
                    arguments: [line, entry.phase.rawValue, entry.asOf.iso]
                ).map { StoredFunds.Latest(revision: $0[0], amount: $0[1], document: $0[2]) }
                guard
                    let revision = try StoredFunds.revision(for: entry.amount, document: entry.document, after: latest, list: "amounts", index: index)
                else {
                    unchanged += 1
                    continue
                }
                try db.cachedStatement(
                    sql: """
                        INSERT INTO fund_amounts (line, phase, as_of, revision, amount, document, entered_by, entered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [line, entry.phase.rawValue, entry.asOf.iso, revision, entry.amount.dong, entry.document, user, at])
                changes.append(
                    StoredFunds.Change(
                        unit: entry.line.unit.rawValue, line: entry.line, phase: entry.phase, asOf: entry.asOf.iso, before: latest?.amount,
                        amount: entry.amount.dong, document: entry.document, revision: revision))
            }
            for (index, debt) in batch.debts.enumerated() {
                let latest = try Row.fetchOne(
                    db,
                    sql: "SELECT revision, amount, document FROM construction_debts WHERE unit = ? AND as_of = ? ORDER BY revision DESC LIMIT 1",
                    arguments: [debt.unit.rawValue, debt.asOf.iso]
                ).map { StoredFunds.Latest(revision: $0[0], amount: $0[1], document: $0[2]) }
                guard let revision = try StoredFunds.revision(for: debt.amount, document: debt.document, after: latest, list: "debts", index: index)
                else {
                    unchanged += 1
                    continue
                }
                try db.execute(
                    sql: """
                        INSERT INTO construction_debts (unit, as_of, revision, amount, document, entered_by, entered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [debt.unit.rawValue, debt.asOf.iso, revision, debt.amount.dong, debt.document, user, at])
                changes.append(
                    StoredFunds.Change(
                        unit: debt.unit.rawValue, asOf: debt.asOf.iso, before: latest?.amount, amount: debt.amount.dong, document: debt.document,
                        revision: revision))
            }
            if !changes.isEmpty { try Self.audit(try StoredFunds.audit(changes), by: user, at: now, in: db) }
            return FundSaveSummary(written: changes.count, unchanged: unchanged)
        }
    }

    /// The id of the line with `key`, created when it is new.
    private static func lineID(_ key: StoredFunds.Key, by user: String, at: String, in db: Database) throws -> Int64 {
        let arguments: StatementArguments = [
            key.year, key.unit, key.source, key.programme, key.contribution, key.capital, key.origin, key.criterion, key.project,
        ]
        if let id = try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id FROM funding_lines WHERE year = ? AND unit = ? AND source = ? AND programme = ? AND contribution = ?
                    AND capital = ? AND origin = ? AND criterion = ? AND project = ?
                    """), arguments: arguments)
        {
            return id
        }
        try db.execute(
            sql: """
                INSERT INTO funding_lines (year, unit, source, programme, contribution, capital, origin, criterion, project, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: arguments + [user, at])
        return db.lastInsertedRowID
    }

    public func fundAmounts() async throws -> [Recorded<FundAmount>] {
        try await pool.read { db in
            var lines: [Int64: FundingLine] = [:]
            let lineRows = try Row.fetchCursor(
                db, sql: "SELECT id, year, unit, source, programme, contribution, capital, origin, criterion, project FROM funding_lines")
            while let row = try lineRows.next() {
                lines[row[0]] = try StoredFunds.Key(
                    year: row[1], unit: row[2], source: row[3], programme: row[4], contribution: row[5], capital: row[6], origin: row[7],
                    criterion: row[8], project: row[9]
                ).line()
            }
            var result: [Recorded<FundAmount>] = []
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT line, phase, as_of, revision, amount, document, entered_by, entered_at FROM fund_amounts ORDER BY line, phase, as_of, revision"
            )
            while let row = try rows.next() {
                let id: Int64 = row[0]
                guard let line = lines[id] else { throw StoreError.unsupported("fund amount of unknown line \(id)") }
                let entry = FundAmount(
                    line: line, phase: try StoredFunds.phase(row[1]), asOf: try StoredFunds.date(row[2]), amount: Money(dong: row[4]),
                    document: row[5])
                result.append(Recorded(entry, revision: row[3], by: row[6], at: row[7]))
            }
            return result
        }
    }

    public func constructionDebts() async throws -> [Recorded<ConstructionDebt>] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT unit, as_of, revision, amount, document, entered_by, entered_at FROM construction_debts ORDER BY unit, as_of, revision"
            ).map { row in
                Recorded(
                    ConstructionDebt(
                        unit: UnitCode(row[0] as String), asOf: try StoredFunds.date(row[1]), amount: Money(dong: row[3]), document: row[4]),
                    revision: row[2], by: row[5], at: row[6])
            }
        }
    }

    public func fundRevision() async throws -> Int64 {
        try await pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE entity = ?", arguments: [StoredFunds.entity]) ?? 0
        }
    }
}
