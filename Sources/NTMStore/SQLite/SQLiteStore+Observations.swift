import Foundation
import GRDB
import NTMCore

extension SQLiteStore {
    /// The columns of a record, `o` being observations and `c` its changeset.
    static let recordColumns = """
        o.id, o.unit, o.criteria_set, o.indicator, o.obs_date, o.revision, o.kind, o.value_type, o.passed, o.numerator,
        o.denominator, o.scaled, o.count, o.status, o.source, o.evidence, o.comment, c.actor, c.recorded_at, c.batch
        """

    public func write(
        _ changes: [ObservationChange], status: ReviewStatus, by user: String,
        batch: String?
    ) async throws -> [ObservationRecord] {
        try await perform(.values(changes, status: status, batch: batch), by: user)
    }

    /// Carries out a write in one transaction: heads, plan, insert, audit.
    func perform(_ write: ObservationWrite, by user: String) async throws -> [ObservationRecord] {
        guard !write.isEmpty else { return [] }
        return try await pool.write { db in
            let now = clock.now()
            let heads = try Self.heads(for: write.slots, in: db)
            let plan = try write.plan(heads: heads)
            let records = try Self.insert(plan.revisions, by: user, at: now, batch: write.batch, in: db)
            try Self.audit(plan.audit, by: user, at: now, in: db)
            return records
        }
    }

    public func importValues(_ feed: ChangeFeed, status: ReviewStatus, by user: String, batch: String) async throws -> Int {
        do {
            return try await pool.write { db in
                let now = clock.now()
                var importer = try BulkImporter(db: db, user: user, at: now, batch: batch)
                var seen: Set<ObservationSlot> = []
                var lookup = HeadLookup()
                while let chunk = try feed.next() {
                    let heads = try lookup.heads(for: chunk.map(\.slot), in: db)
                    try importer.insert(WritePlanner.values(chunk, status: status, heads: heads, seen: &seen))
                }
                try Self.audit(.imported(count: importer.count, status: status, batch: batch), by: user, at: now, in: db)
                return importer.count
            }
        } catch {
            feed.cancel()
            throw error
        }
    }

    public func review(_ requests: [ReviewRequest], by user: String) async throws -> [ObservationRecord] {
        try await perform(.reviews(requests), by: user)
    }

    /// The heads of the given slots.
    static func heads(for slots: [ObservationSlot], in db: Database) throws -> [ObservationSlot: SlotHead] {
        var lookup = HeadLookup()
        return try lookup.heads(for: slots, in: db)
    }

    /// Finds current heads. Large groups of one (set, date) are read whole, once, because a national import
    /// touches hundreds of thousands of slots; the import keeps one lookup across its chunks so that each
    /// group is read before the import adds its own heads (earlier chunks' slots are duplicates anyway).
    struct HeadLookup {
        private struct Group: Hashable {
            var set: CriteriaSetID
            var date: LocalDate
        }

        private var loaded: [Group: [ObservationSlot: SlotHead]] = [:]

        mutating func heads(for slots: [ObservationSlot], in db: Database) throws -> [ObservationSlot: SlotHead] {
            var heads: [ObservationSlot: SlotHead] = [:]
            for (group, members) in Dictionary(grouping: slots, by: { Group(set: $0.criteriaSet, date: $0.date) }) {
                if loaded[group] == nil && members.count > 500 { loaded[group] = try Self.load(group, in: db) }
                if let known = loaded[group] {
                    for slot in members { heads[slot] = known[slot] }
                    continue
                }
                let statement = try db.cachedStatement(
                    sql: """
                        SELECT h.current_id, h.current_revision, h.current_status, h.approved_id,
                               o.value_type, o.passed, o.numerator, o.denominator, o.scaled, o.count, o.source, o.evidence
                        FROM observation_heads h JOIN observations o ON o.id = h.current_id
                        WHERE h.unit = ? AND h.criteria_set = ? AND h.indicator = ? AND h.obs_date = ?
                        """)
                for slot in members {
                    if let row = try Row.fetchOne(
                        statement,
                        arguments: [
                            slot.unit.rawValue, slot.criteriaSet.rawValue,
                            slot.indicator.rawValue, slot.date.iso,
                        ])
                    {
                        heads[slot] = try SQLiteStore.head(row)
                    }
                }
            }
            return heads
        }

        private static func load(_ group: Group, in db: Database) throws -> [ObservationSlot: SlotHead] {
            var heads: [ObservationSlot: SlotHead] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT h.unit, h.indicator, h.current_id, h.current_revision, h.current_status, h.approved_id,
                           o.value_type, o.passed, o.numerator, o.denominator, o.scaled, o.count, o.source, o.evidence
                    FROM observation_heads h JOIN observations o ON o.id = h.current_id
                    WHERE h.criteria_set = ? AND h.obs_date = ?
                    """, arguments: [group.set.rawValue, group.date.iso])
            while let row = try rows.next() {
                let slot = ObservationSlot(
                    unit: UnitCode(row["unit"] as String), criteriaSet: group.set, indicator: IndicatorCode(row["indicator"] as String),
                    date: group.date)
                heads[slot] = try SQLiteStore.head(row)
            }
            return heads
        }
    }

    /// A head read by column name: `current_id`, `current_revision`, `current_status`, `approved_id` and the value columns.
    static func head(_ row: Row) throws -> SlotHead {
        let id: Int64 = row["current_id"]
        guard let status = ReviewStatus(rawValue: row["current_status"]), let value = valueColumns(row).value else {
            throw CorruptRow(table: "observation_heads", id: id)
        }
        return SlotHead(
            revision: row["current_revision"], status: status, value: value, source: row["source"], evidence: row["evidence"],
            approvedID: row["approved_id"])
    }

    /// The value columns of an observation row, by name.
    static func valueColumns(_ row: Row) -> ValueColumns {
        ValueColumns(
            type: row["value_type"], passed: row["passed"], numerator: row["numerator"], denominator: row["denominator"],
            scaled: row["scaled"], count: row["count"])
    }

    static func insert(_ planned: [PlannedRevision], by user: String, at now: Date, batch: String?, in db: Database) throws -> [ObservationRecord] {
        let changeset = try Self.changeset(by: user, at: now, batch: batch, in: db)
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO observations (unit, criteria_set, indicator, obs_date, revision, kind, value_type, passed, numerator,
                    denominator, scaled, count, status, source, evidence, comment, changeset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let head = try db.cachedStatement(
            sql: """
                INSERT INTO observation_heads (unit, criteria_set, indicator, obs_date, current_id, current_revision, current_status, approved_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (unit, criteria_set, indicator, obs_date) DO UPDATE SET
                    current_id = excluded.current_id, current_revision = excluded.current_revision,
                    current_status = excluded.current_status, approved_id = excluded.approved_id
                """)
        var records: [ObservationRecord] = []
        records.reserveCapacity(planned.count)
        for revision in planned {
            let slot = revision.slot, columns = ValueColumns(revision.value)
            let unit = slot.unit.rawValue, set = slot.criteriaSet.rawValue, indicator = slot.indicator.rawValue, date = slot.date.iso
            try insert.execute(arguments: [
                unit, set, indicator, date, revision.revision, revision.kind.rawValue, columns.type,
                columns.passed, columns.numerator, columns.denominator, columns.scaled, columns.count,
                revision.status.rawValue, revision.source, revision.evidence, revision.comment, changeset,
            ])
            let id = db.lastInsertedRowID
            let approved = revision.status == .approved ? id : revision.keepsApprovedID
            try head.execute(arguments: [unit, set, indicator, date, id, revision.revision, revision.status.rawValue, approved])
            records.append(
                ObservationRecord(
                    id: id, slot: slot, revision: revision.revision, kind: revision.kind, value: revision.value,
                    status: revision.status, source: revision.source, evidence: revision.evidence,
                    comment: revision.comment, actor: user, recordedAt: now, batch: batch))
        }
        return records
    }

    /// Records who writes, when and in which batch, once for the whole write.
    static func changeset(by user: String, at now: Date, batch: String?, in db: Database) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO changesets (actor, recorded_at, batch) VALUES (?, ?, ?)")
            .execute(arguments: [user, Timestamp.text(now), batch])
        return db.lastInsertedRowID
    }

    static func record(_ row: Row) throws -> ObservationRecord {
        let id: Int64 = row["id"]
        guard let date = LocalDate(iso: row["obs_date"] as String), let kind = RevisionKind(rawValue: row["kind"]),
            let value = valueColumns(row).value, let status = ReviewStatus(rawValue: row["status"])
        else { throw CorruptRow(table: "observations", id: id) }
        let slot = ObservationSlot(
            unit: UnitCode(row["unit"] as String), criteriaSet: CriteriaSetID(row["criteria_set"] as String),
            indicator: IndicatorCode(row["indicator"] as String), date: date)
        return ObservationRecord(
            id: id, slot: slot, revision: row["revision"], kind: kind, value: value, status: status, source: row["source"],
            evidence: row["evidence"], comment: row["comment"], actor: row["actor"],
            recordedAt: Timestamp.date(row["recorded_at"]) ?? .distantPast, batch: row["batch"])
    }

    public func history(_ slot: ObservationSlot) async throws -> [ObservationRecord] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.recordColumns) FROM observations o JOIN changesets c ON c.id = o.changeset
                    WHERE o.unit = ? AND o.criteria_set = ? AND o.indicator = ? AND o.obs_date = ? ORDER BY o.revision
                    """, arguments: [slot.unit.rawValue, slot.criteriaSet.rawValue, slot.indicator.rawValue, slot.date.iso]
            ).map(Self.record)
        }
    }

    public func currentRecords(_ filter: RecordFilter) async throws -> [ObservationRecord] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let units = filter.units {
            conditions.append("h.unit IN (\(Array(repeating: "?", count: units.count).joined(separator: ",")))")
            arguments += units.map(\.rawValue)
        }
        if let set = filter.criteriaSet {
            conditions.append("h.criteria_set = ?")
            arguments.append(set.rawValue)
        }
        if let date = filter.date {
            conditions.append("h.obs_date = ?")
            arguments.append(date.iso)
        }
        if let statuses = filter.statuses {
            conditions.append("h.current_status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))")
            arguments += statuses.map(\.rawValue)
        }
        if let indicators = filter.indicators {
            conditions.append("h.indicator IN (\(Array(repeating: "?", count: indicators.count).joined(separator: ",")))")
            arguments += indicators.map(\.rawValue)
        }
        arguments.append(filter.limit)
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT \(Self.recordColumns) FROM observation_heads h JOIN observations o ON o.id = h.current_id
            JOIN changesets c ON c.id = o.changeset
            \(whereClause) ORDER BY h.unit, h.obs_date, h.criteria_set, h.indicator LIMIT ?
            """
        let statementArguments = StatementArguments(arguments)
        return try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: statementArguments).map(Self.record)
        }
    }

    public func load(basis: ValueBasis, into engine: EvaluationEngine) async throws -> (engine: EvaluationEngine, skipped: Int) {
        let join = basis == .approved ? "h.approved_id" : "h.current_id"
        return try await pool.read { db in
            var loaded = engine
            var skipped = 0
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT o.unit, o.criteria_set, o.indicator, o.obs_date, o.value_type, o.passed, o.numerator, o.denominator,
                           o.scaled, o.count, o.source, o.evidence, o.id
                    FROM observation_heads h JOIN observations o ON o.id = \(join)
                    """)
            // Columns by position: by name, GRDB searches the row's columns on every read, 13 times per value.
            var batch: [Observation] = []
            batch.reserveCapacity(LoadBatch.size)
            while let row = try rows.next() {
                let columns = ValueColumns(
                    type: row[4], passed: row[5], numerator: row[6], denominator: row[7], scaled: row[8], count: row[9])
                guard let date = LocalDate(iso: row[3] as String), let value = columns.value else {
                    throw CorruptRow(table: "observations", id: row[12])
                }
                batch.append(
                    Observation(
                        unit: UnitCode(row[0] as String), criteriaSet: CriteriaSetID(row[1] as String),
                        indicator: IndicatorCode(row[2] as String), date: date, value: value, source: row[10], evidence: row[11]))
                if batch.count == LoadBatch.size {
                    skipped += loaded.restore(contentsOf: batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            skipped += loaded.restore(contentsOf: batch)
            loaded.compactObservations()
            return (loaded, skipped)
        }
    }

    public func records(after id: Int64, limit: Int) async throws -> [ObservationRecord] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.recordColumns) FROM observations o JOIN changesets c ON c.id = o.changeset
                    WHERE o.id > ? ORDER BY o.id LIMIT ?
                    """,
                arguments: [id, limit]
            ).map(Self.record)
        }
    }

    public func latestRecordID() async throws -> Int64 {
        try await pool.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM observations") ?? 0 }
    }
}
