import Foundation
import NTMCore
import PostgresNIO

extension PostgresStore {
    /// The columns of a record, `o` being observations and `c` its changeset.
    static let recordColumns = """
        o.id, o.unit, o.criteria_set, o.indicator, o.obs_date::text, o.revision, o.kind, o.value_type, o.passed, o.numerator,
        o.denominator, o.scaled, o.count, o.status, o.source, o.evidence, o.comment, c.actor, c.recorded_at, c.batch
        """
    /// Rows per INSERT … SELECT FROM unnest(…): large enough to amortise round trips, small enough to bound memory.
    static let chunkSize = 5_000

    public func write(
        _ changes: [ObservationChange], status: ReviewStatus, by user: String,
        batch: String?
    ) async throws -> [ObservationRecord] {
        try await perform(.values(changes, status: status, batch: batch), by: user)
    }

    /// Carries out a write in one transaction holding the write lock: heads, plan, insert, audit.
    func perform(_ write: ObservationWrite, by user: String) async throws -> [ObservationRecord] {
        guard !write.isEmpty else { return [] }
        return try await writeTransaction { connection, logger in
            let now = clock.now()
            let heads = try await Self.heads(for: write.slots, on: connection, logger: logger)
            let plan = try write.plan(heads: heads)
            let records = try await Self.insert(plan.revisions, by: user, at: now, batch: write.batch, on: connection, logger: logger)
            try await Self.audit(plan.audit, by: user, at: now, on: connection, logger: logger)
            return records
        }
    }

    public func importValues(_ feed: ChangeFeed, status: ReviewStatus, by user: String, batch: String) async throws -> Int {
        do {
            return try await writeTransaction { connection, logger in
                let now = clock.now()
                var importer = try await PostgresBulkImporter(connection: connection, logger: logger, user: user, at: now, batch: batch)
                var seen: Set<ObservationSlot> = []
                while let chunk = try await feed.nextChunk() {
                    let heads = try await Self.heads(for: chunk.map(\.slot), on: connection, logger: logger)
                    try await importer.insert(WritePlanner.values(chunk, status: status, heads: heads, seen: &seen))
                }
                try await importer.moveHeads()
                try await Self.audit(
                    .imported(count: importer.count, status: status, batch: batch),
                    by: user, at: now, on: connection, logger: logger)
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

    /// A head row as `heads(for:)` selects it: the slot, the current and approved revisions, the current value.
    typealias HeadColumns = (
        String, String, String, String, Int64, Int, String, Int64?, String, Bool?, Int64?, Int64?, Int64?, Int64?, String?, String?
    )

    static func head(_ row: HeadColumns) throws -> (ObservationSlot, SlotHead) {
        let (unit, set, indicator, dateText, id, revision, statusText, approvedID) = (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7)
        let columns = ValueColumns(type: row.8, passed: row.9, numerator: row.10, denominator: row.11, scaled: row.12, count: row.13)
        guard let date = LocalDate(iso: dateText), let value = columns.value, let status = ReviewStatus(rawValue: statusText) else {
            throw CorruptRow(table: "observation_heads", id: id)
        }
        let slot = ObservationSlot(unit: UnitCode(unit), criteriaSet: CriteriaSetID(set), indicator: IndicatorCode(indicator), date: date)
        return (slot, SlotHead(revision: revision, status: status, value: value, source: row.14, evidence: row.15, approvedID: approvedID))
    }

    static func heads(for slots: [ObservationSlot], on connection: PostgresConnection, logger: Logger) async throws -> [ObservationSlot: SlotHead] {
        var heads: [ObservationSlot: SlotHead] = [:]
        var start = 0
        while start < slots.count {
            let chunk = slots[start..<min(slots.count, start + chunkSize * 4)]
            start += chunk.count
            let rows = try await connection.query(
                """
                SELECT h.unit, h.criteria_set, h.indicator, h.obs_date::text, h.current_id, h.current_revision, h.current_status,
                       h.approved_id, o.value_type, o.passed, o.numerator, o.denominator, o.scaled, o.count, o.source, o.evidence
                FROM unnest(\(chunk.map(\.unit.rawValue)), \(chunk.map(\.criteriaSet.rawValue)), \(chunk.map(\.indicator.rawValue)),
                            \(chunk.map(\.date.iso))::date[]) AS s(unit, criteria_set, indicator, obs_date)
                JOIN observation_heads h USING (unit, criteria_set, indicator, obs_date)
                JOIN observations o ON o.id = h.current_id
                """, logger: logger)
            for try await (slotKey, head) in rows.decode(HeadColumns.self).map({ row in try Self.head(row) }) {
                heads[slotKey] = head
            }
        }
        return heads
    }

    /// Inserts revisions chunk by chunk, then moves the slots' heads; optional columns travel as text because
    /// PostgreSQL arrays cannot carry Swift optionals through PostgresNIO's binary encoding.
    static func insert(
        _ planned: [PlannedRevision], by user: String, at now: Date, batch: String?, on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [ObservationRecord] {
        var records: [ObservationRecord] = []
        let changeset = try await Self.changeset(by: user, at: now, batch: batch, on: connection, logger: logger)
        var start = 0
        while start < planned.count {
            let chunk = Array(planned[start..<min(planned.count, start + chunkSize)])
            start += chunk.count
            let columns = chunk.map { ValueColumns($0.value) }
            func text(_ value: Int64?) -> String { value.map(String.init) ?? "" }
            let rows = try await connection.query(
                """
                INSERT INTO observations (unit, criteria_set, indicator, obs_date, revision, kind, value_type, passed, numerator,
                    denominator, scaled, count, status, source, evidence, comment, changeset)
                SELECT unit, criteria_set, indicator, obs_date::date, revision, kind, value_type, NULLIF(passed, '')::boolean,
                       NULLIF(numerator, '')::bigint, NULLIF(denominator, '')::bigint, NULLIF(scaled, '')::bigint,
                       NULLIF(count, '')::bigint, status, NULLIF(source, ''), NULLIF(evidence, ''), NULLIF(comment, ''),
                       \(changeset)
                FROM unnest(\(chunk.map(\.slot.unit.rawValue)), \(chunk.map(\.slot.criteriaSet.rawValue)),
                            \(chunk.map(\.slot.indicator.rawValue)), \(chunk.map(\.slot.date.iso)), \(chunk.map(\.revision)),
                            \(chunk.map(\.kind.rawValue)), \(columns.map(\.type)), \(columns.map { $0.passed.map(String.init) ?? "" }),
                            \(columns.map { text($0.numerator) }), \(columns.map { text($0.denominator) }),
                            \(columns.map { text($0.scaled) }), \(columns.map { text($0.count) }), \(chunk.map(\.status.rawValue)),
                            \(chunk.map { $0.source ?? "" }), \(chunk.map { $0.evidence ?? "" }), \(chunk.map { $0.comment ?? "" }))
                    AS t(unit, criteria_set, indicator, obs_date, revision, kind, value_type, passed, numerator, denominator, scaled,
                         count, status, source, evidence, comment)
                RETURNING id, unit, criteria_set, indicator, obs_date::text
                """, logger: logger)
            var ids: [ObservationSlot: Int64] = [:]
            for try await (id, unit, set, indicator, date) in rows.decode((Int64, String, String, String, String).self) {
                guard let day = LocalDate(iso: date) else { throw CorruptRow(table: "observations", id: id) }
                ids[ObservationSlot(unit: UnitCode(unit), criteriaSet: CriteriaSetID(set), indicator: IndicatorCode(indicator), date: day)] = id
            }
            var newIDs: [Int64] = [], approvedIDs: [String] = []
            for revision in chunk {
                guard let id = ids[revision.slot] else { throw StoreError.unsupported("an inserted revision was not returned") }
                newIDs.append(id)
                approvedIDs.append(text(revision.status == .approved ? id : revision.keepsApprovedID))
                records.append(
                    ObservationRecord(
                        id: id, slot: revision.slot, revision: revision.revision, kind: revision.kind,
                        value: revision.value, status: revision.status, source: revision.source,
                        evidence: revision.evidence, comment: revision.comment, actor: user,
                        recordedAt: now, batch: batch))
            }
            try await connection.query(
                """
                INSERT INTO observation_heads (unit, criteria_set, indicator, obs_date, current_id, current_revision, current_status, approved_id)
                SELECT unit, criteria_set, indicator, obs_date::date, current_id, current_revision, current_status, NULLIF(approved_id, '')::bigint
                FROM unnest(\(chunk.map(\.slot.unit.rawValue)), \(chunk.map(\.slot.criteriaSet.rawValue)), \(chunk.map(\.slot.indicator.rawValue)),
                            \(chunk.map(\.slot.date.iso)), \(newIDs), \(chunk.map(\.revision)), \(chunk.map(\.status.rawValue)), \(approvedIDs))
                    AS t(unit, criteria_set, indicator, obs_date, current_id, current_revision, current_status, approved_id)
                ON CONFLICT (unit, criteria_set, indicator, obs_date) DO UPDATE SET
                    current_id = excluded.current_id, current_revision = excluded.current_revision,
                    current_status = excluded.current_status, approved_id = excluded.approved_id
                """, logger: logger)
        }
        return records
    }

    /// Records who writes, when and in which batch, once for the whole write.
    static func changeset(by user: String, at now: Date, batch: String?, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        let rows = try await connection.query(
            "INSERT INTO changesets (actor, recorded_at, batch) VALUES (\(user), \(now), \(batch)) RETURNING id",
            logger: logger)
        for try await id in rows.decode(Int64.self) { return id }
        throw StoreError.unsupported("no changeset id was returned")
    }

    static func records(_ rows: PostgresRowSequence) async throws -> [ObservationRecord] {
        var records: [ObservationRecord] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let id = try cells[0].decode(Int64.self)
            let columns = ValueColumns(
                type: try cells[7].decode(String.self), passed: try cells[8].decode(Bool?.self),
                numerator: try cells[9].decode(Int64?.self), denominator: try cells[10].decode(Int64?.self),
                scaled: try cells[11].decode(Int64?.self), count: try cells[12].decode(Int64?.self))
            guard let date = LocalDate(iso: try cells[4].decode(String.self)), let kind = RevisionKind(rawValue: try cells[6].decode(String.self)),
                let value = columns.value, let status = ReviewStatus(rawValue: try cells[13].decode(String.self))
            else {
                throw CorruptRow(table: "observations", id: id)
            }
            let slot = ObservationSlot(
                unit: UnitCode(try cells[1].decode(String.self)), criteriaSet: CriteriaSetID(try cells[2].decode(String.self)),
                indicator: IndicatorCode(try cells[3].decode(String.self)), date: date)
            records.append(
                ObservationRecord(
                    id: id, slot: slot, revision: try cells[5].decode(Int.self), kind: kind, value: value, status: status,
                    source: try cells[14].decode(String?.self), evidence: try cells[15].decode(String?.self),
                    comment: try cells[16].decode(String?.self), actor: try cells[17].decode(String.self),
                    recordedAt: try cells[18].decode(Date.self), batch: try cells[19].decode(String?.self)))
        }
        return records
    }

    public func history(_ slot: ObservationSlot) async throws -> [ObservationRecord] {
        try await Self.records(
            client.query(
                """
                SELECT \(unescaped: Self.recordColumns) FROM observations o JOIN changesets c ON c.id = o.changeset
                WHERE o.unit = \(slot.unit.rawValue) AND o.criteria_set = \(slot.criteriaSet.rawValue)
                  AND o.indicator = \(slot.indicator.rawValue) AND o.obs_date = \(slot.date.iso)::date
                ORDER BY o.revision
                """, logger: logger))
    }

    public func currentRecords(_ filter: RecordFilter) async throws -> [ObservationRecord] {
        var sql = """
            SELECT \(Self.recordColumns) FROM observation_heads h JOIN observations o ON o.id = h.current_id
            JOIN changesets c ON c.id = o.changeset WHERE true
            """
        var binds = PostgresBindings()
        func bind(_ condition: String, _ value: some PostgresDynamicTypeEncodable) {
            binds.append(value)
            sql += " AND " + condition.replacingOccurrences(of: "$?", with: "$\(binds.count)")
        }
        if let units = filter.units { bind("h.unit = ANY($?)", units.map(\.rawValue)) }
        if let set = filter.criteriaSet { bind("h.criteria_set = $?", set.rawValue) }
        if let date = filter.date { bind("h.obs_date = $?::date", date.iso) }
        if let statuses = filter.statuses { bind("h.current_status = ANY($?)", statuses.map(\.rawValue)) }
        if let indicators = filter.indicators { bind("h.indicator = ANY($?)", indicators.map(\.rawValue)) }
        binds.append(filter.limit)
        sql += " ORDER BY h.unit, h.obs_date, h.criteria_set, h.indicator LIMIT $\(binds.count)"
        return try await Self.records(client.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger))
    }

    public func load(basis: ValueBasis, into engine: EvaluationEngine) async throws -> (engine: EvaluationEngine, skipped: Int) {
        var loaded = engine
        var skipped = 0
        let join = basis == .approved ? "h.approved_id" : "h.current_id"
        let rows = try await client.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT o.unit, o.criteria_set, o.indicator, o.obs_date::text, o.value_type, o.passed, o.numerator, o.denominator,
                           o.scaled, o.count, o.source, o.evidence, o.id
                    FROM observation_heads h JOIN observations o ON o.id = \(join)
                    """), logger: logger)
        // Cells by position rather than as one typed tuple: PostgresNIO's tuple decoding took twice as long (3.5 s
        // against 1.8 s for the national store), and so did sending the day as a number.
        var batch: [Observation] = []
        batch.reserveCapacity(LoadBatch.size)
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let columns = ValueColumns(
                type: try cells[4].decode(String.self), passed: try cells[5].decode(Bool?.self),
                numerator: try cells[6].decode(Int64?.self), denominator: try cells[7].decode(Int64?.self),
                scaled: try cells[8].decode(Int64?.self), count: try cells[9].decode(Int64?.self))
            guard let date = LocalDate(iso: try cells[3].decode(String.self)), let value = columns.value else {
                throw CorruptRow(table: "observations", id: try cells[12].decode(Int64.self))
            }
            batch.append(
                Observation(
                    unit: UnitCode(try cells[0].decode(String.self)), criteriaSet: CriteriaSetID(try cells[1].decode(String.self)),
                    indicator: IndicatorCode(try cells[2].decode(String.self)), date: date, value: value,
                    source: try cells[10].decode(String?.self), evidence: try cells[11].decode(String?.self)))
            if batch.count == LoadBatch.size {
                skipped += loaded.restore(contentsOf: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        skipped += loaded.restore(contentsOf: batch)
        loaded.compactObservations()
        return (loaded, skipped)
    }

    public func records(after id: Int64, limit: Int) async throws -> [ObservationRecord] {
        try await Self.records(
            client.query(
                """
                SELECT \(unescaped: Self.recordColumns) FROM observations o JOIN changesets c ON c.id = o.changeset
                WHERE o.id > \(id) ORDER BY o.id LIMIT \(limit)
                """, logger: logger))
    }

    public func latestRecordID() async throws -> Int64 {
        var latest: Int64 = 0
        for try await value in try await client.query("SELECT COALESCE(MAX(id), 0)::bigint FROM observations", logger: logger).decode(Int64.self) {
            latest = value
        }
        return latest
    }
}
