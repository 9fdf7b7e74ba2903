import Foundation
import NTMCore
import NTMFunds
import PostgresNIO

extension PostgresStore {
    public func saveFunds(_ batch: FundBatch, by user: String) async throws -> FundSaveSummary {
        try await writeTransaction { connection, logger in
            let now = clock.now()
            var changes: [StoredFunds.Change] = []
            var unchanged = 0
            // Writers hold the store's write lock, so the latest revisions read here are still the latest on insert.
            for (index, entry) in batch.amounts.enumerated() {
                let line = try await Self.lineID(StoredFunds.Key(entry.line), by: user, at: now, on: connection, logger: logger)
                var latest: StoredFunds.Latest?
                let rows = try await connection.query(
                    """
                    SELECT revision, amount, document FROM fund_amounts
                    WHERE line = \(line) AND phase = \(entry.phase.rawValue) AND as_of = \(entry.asOf.iso)::date
                    ORDER BY revision DESC LIMIT 1
                    """, logger: logger)
                for try await (revision, amount, document) in rows.decode((Int, Int64, String).self) {
                    latest = StoredFunds.Latest(revision: revision, amount: amount, document: document)
                }
                guard
                    let revision = try StoredFunds.revision(for: entry.amount, document: entry.document, after: latest, list: "amounts", index: index)
                else {
                    unchanged += 1
                    continue
                }
                try await connection.query(
                    """
                    INSERT INTO fund_amounts (line, phase, as_of, revision, amount, document, entered_by, entered_at)
                    VALUES (\(line), \(entry.phase.rawValue), \(entry.asOf.iso)::date, \(revision), \(entry.amount.dong), \(entry.document), \(user), \(now))
                    """, logger: logger)
                changes.append(
                    StoredFunds.Change(
                        unit: entry.line.unit.rawValue, line: entry.line, phase: entry.phase, asOf: entry.asOf.iso, before: latest?.amount,
                        amount: entry.amount.dong, document: entry.document, revision: revision))
            }
            for (index, debt) in batch.debts.enumerated() {
                var latest: StoredFunds.Latest?
                let rows = try await connection.query(
                    """
                    SELECT revision, amount, document FROM construction_debts
                    WHERE unit = \(debt.unit.rawValue) AND as_of = \(debt.asOf.iso)::date ORDER BY revision DESC LIMIT 1
                    """, logger: logger)
                for try await (revision, amount, document) in rows.decode((Int, Int64, String).self) {
                    latest = StoredFunds.Latest(revision: revision, amount: amount, document: document)
                }
                guard let revision = try StoredFunds.revision(for: debt.amount, document: debt.document, after: latest, list: "debts", index: index)
                else {
                    unchanged += 1
                    continue
                }
                try await connection.query(
                    """
                    INSERT INTO construction_debts (unit, as_of, revision, amount, document, entered_by, entered_at)
                    VALUES (\(debt.unit.rawValue), \(debt.asOf.iso)::date, \(revision), \(debt.amount.dong), \(debt.document), \(user), \(now))
                    """, logger: logger)
                changes.append(
                    StoredFunds.Change(
                        unit: debt.unit.rawValue, asOf: debt.asOf.iso, before: latest?.amount, amount: debt.amount.dong, document: debt.document,
                        revision: revision))
            }
            if !changes.isEmpty { try await Self.audit(try StoredFunds.audit(changes), by: user, at: now, on: connection, logger: logger) }
            return FundSaveSummary(written: changes.count, unchanged: unchanged)
        }
    }

    /// The id of the line with `key`, created when it is new.
    private static func lineID(_ key: StoredFunds.Key, by user: String, at now: Date, on connection: PostgresConnection, logger: Logger) async throws
        -> Int64
    {
        let found = try await connection.query(
            """
            SELECT id FROM funding_lines WHERE year = \(key.year) AND unit = \(key.unit) AND source = \(key.source)
            AND programme = \(key.programme) AND contribution = \(key.contribution) AND capital = \(key.capital)
            AND origin = \(key.origin) AND criterion = \(key.criterion) AND project = \(key.project)
            """, logger: logger)
        for try await id in found.decode(Int64.self) { return id }
        let inserted = try await connection.query(
            """
            INSERT INTO funding_lines (year, unit, source, programme, contribution, capital, origin, criterion, project, created_by, created_at)
            VALUES (\(key.year), \(key.unit), \(key.source), \(key.programme), \(key.contribution), \(key.capital), \(key.origin),
                    \(key.criterion), \(key.project), \(user), \(now))
            RETURNING id
            """, logger: logger)
        for try await id in inserted.decode(Int64.self) { return id }
        throw StoreError.unsupported("a new funding line returned no id")
    }

    public func fundAmounts() async throws -> [Recorded<FundAmount>] {
        var lines: [Int64: FundingLine] = [:]
        let lineRows = try await client.query(
            "SELECT id, year, unit, source, programme, contribution, capital, origin, criterion, project FROM funding_lines", logger: logger)
        for try await (id, year, unit, source, programme, contribution, capital, origin, criterion, project) in lineRows.decode(
            (Int64, Int, String, String, String, String, String, String, Int, String).self)
        {
            lines[id] = try StoredFunds.Key(
                year: year, unit: unit, source: source, programme: programme, contribution: contribution, capital: capital, origin: origin,
                criterion: criterion, project: project
            ).line()
        }
        var result: [Recorded<FundAmount>] = []
        let rows = try await client.query(
            """
            SELECT line, phase, as_of::text, revision, amount, document, entered_by, entered_at FROM fund_amounts
            ORDER BY line, phase, as_of, revision
            """, logger: logger)
        for try await (id, phase, asOf, revision, amount, document, by, at) in rows.decode(
            (Int64, String, String, Int, Int64, String, String, Date).self)
        {
            guard let line = lines[id] else { throw StoreError.unsupported("fund amount of unknown line \(id)") }
            let entry = FundAmount(
                line: line, phase: try StoredFunds.phase(phase), asOf: try StoredFunds.date(asOf), amount: Money(dong: amount), document: document)
            result.append(Recorded(entry, revision: revision, by: by, at: Timestamp.text(at)))
        }
        return result
    }

    public func constructionDebts() async throws -> [Recorded<ConstructionDebt>] {
        var result: [Recorded<ConstructionDebt>] = []
        let rows = try await client.query(
            "SELECT unit, as_of::text, revision, amount, document, entered_by, entered_at FROM construction_debts ORDER BY unit, as_of, revision",
            logger: logger)
        for try await (unit, asOf, revision, amount, document, by, at) in rows.decode((String, String, Int, Int64, String, String, Date).self) {
            result.append(
                Recorded(
                    ConstructionDebt(unit: UnitCode(unit), asOf: try StoredFunds.date(asOf), amount: Money(dong: amount), document: document),
                    revision: revision, by: by, at: Timestamp.text(at)))
        }
        return result
    }

    public func fundRevision() async throws -> Int64 {
        let rows = try await client.query(
            "SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE entity = \(StoredFunds.entity)", logger: logger)
        for try await revision in rows.decode(Int64.self) { return revision }
        return 0
    }
}
