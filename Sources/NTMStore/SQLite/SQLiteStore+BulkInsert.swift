import Foundation
import GRDB
import GRDBSQLite
import NTMCore

/// Writes an import's revisions through SQLite's C interface, chunk by chunk, moving each chunk's heads in
/// one statement while its rows are still in the page cache.
///
/// Binding through GRDB boxes every argument; at hundreds of thousands of rows that boxing, not SQLite,
/// dominated the import, so this path binds directly. Writes are serialised, so the rows with ids above
/// the largest id before a chunk are exactly that chunk's.
struct BulkImporter {
    let db: Database
    let raw: SQLiteStatement
    let changeset: Int64
    private var before: Int64
    private(set) var count = 0
    private var dates: [LocalDate: String] = [:]

    init(db: Database, user: String, at now: Date, batch: String) throws {
        self.db = db
        changeset = try SQLiteStore.changeset(by: user, at: now, batch: batch, in: db)
        before = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM observations") ?? 0
        raw = try db.cachedStatement(
            sql: """
                INSERT INTO observations (unit, criteria_set, indicator, obs_date, revision, kind, value_type, passed, numerator,
                    denominator, scaled, count, status, source, evidence, comment, changeset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).sqliteStatement
    }

    mutating func insert(_ planned: [PlannedRevision]) throws {
        // An empty chunk would leave `lastInsertedRowID` at the changeset row, and the next chunk would move
        // heads for revisions it did not write.
        guard !planned.isEmpty else { return }
        var onlyNewSlots = true
        for revision in planned {
            let slot = revision.slot, columns = ValueColumns(revision.value)
            let date: String
            if let known = dates[slot.date] {
                date = known
            } else {
                date = slot.date.iso
                dates[slot.date] = date
            }
            if revision.revision != 1 { onlyNewSlots = false }
            sqlite3_reset(raw)
            bind(1, slot.unit.rawValue)
            bind(2, slot.criteriaSet.rawValue)
            bind(3, slot.indicator.rawValue)
            bind(4, date)
            sqlite3_bind_int64(raw, 5, Int64(revision.revision))
            bind(6, revision.kind.rawValue)
            bind(7, columns.type)
            bind(8, columns.passed.map { $0 ? 1 : 0 })
            bind(9, columns.numerator)
            bind(10, columns.denominator)
            bind(11, columns.scaled)
            bind(12, columns.count)
            bind(13, revision.status.rawValue)
            bind(14, revision.source)
            bind(15, revision.evidence)
            bind(16, revision.comment)
            sqlite3_bind_int64(raw, 17, changeset)
            let code = sqlite3_step(raw)
            guard code == SQLITE_DONE else {
                let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
                sqlite3_reset(raw)
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
            }
            count += 1
        }
        sqlite3_reset(raw)
        try moveHeads(onlyNewSlots: onlyNewSlots)
        before = db.lastInsertedRowID
    }

    /// Points the chunk's slots at their new revisions; a plain insert when every slot is new.
    private func moveHeads(onlyNewSlots: Bool) throws {
        let select = """
            INSERT INTO observation_heads (unit, criteria_set, indicator, obs_date, current_id, current_revision, current_status, approved_id)
            SELECT unit, criteria_set, indicator, obs_date, id, revision, status, CASE WHEN status = 'approved' THEN id END
            FROM observations WHERE id > ?
            """
        if onlyNewSlots {
            try db.execute(sql: select, arguments: [before])
            return
        }
        try db.execute(
            sql: select + """
                 ORDER BY id
                ON CONFLICT (unit, criteria_set, indicator, obs_date) DO UPDATE SET
                    current_id = excluded.current_id, current_revision = excluded.current_revision,
                    current_status = excluded.current_status,
                    approved_id = CASE WHEN excluded.current_status = 'approved' THEN excluded.current_id ELSE observation_heads.approved_id END
                """, arguments: [before])
    }

    /// SQLite copies the text before `bind` returns, so Swift's temporary C string is safe to pass.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func bind(_ index: Int32, _ text: String?) {
        guard let text else {
            sqlite3_bind_null(raw, index)
            return
        }
        _ = text.withCString { sqlite3_bind_text(raw, index, $0, -1, Self.transient) }
    }

    private func bind(_ index: Int32, _ number: Int64?) {
        guard let number else {
            sqlite3_bind_null(raw, index)
            return
        }
        sqlite3_bind_int64(raw, index, number)
    }

    private func bind(_ index: Int32, _ number: Int?) {
        bind(index, number.map(Int64.init))
    }
}
