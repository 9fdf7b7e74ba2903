import Foundation
import NTMCore
import PostgresNIO

/// Streams an import's revisions with COPY, chunk by chunk, then moves all their heads in one statement.
/// Writes hold the write lock, so the rows with ids above the largest id before the import are exactly its own.
/// (PostgreSQL plans a per-chunk `id > …` select as a scan of the growing table, so heads move once, at the end.)
struct PostgresBulkImporter {
    let connection: PostgresConnection
    let logger: Logger
    let changeset: Int64
    private let before: Int64
    private(set) var count = 0
    private var onlyNewSlots = true

    static let columns = [
        "unit", "criteria_set", "indicator", "obs_date", "revision", "kind", "value_type", "passed", "numerator",
        "denominator", "scaled", "count", "status", "source", "evidence", "comment", "changeset",
    ]

    init(connection: PostgresConnection, logger: Logger, user: String, at now: Date, batch: String) async throws {
        self.connection = connection
        self.logger = logger
        changeset = try await PostgresStore.changeset(by: user, at: now, batch: batch, on: connection, logger: logger)
        var before: Int64 = 0
        for try await id in try await connection.query("SELECT COALESCE(MAX(id), 0)::bigint FROM observations", logger: logger).decode(Int64.self) {
            before = id
        }
        self.before = before
    }

    mutating func insert(_ planned: [PlannedRevision]) async throws {
        guard !planned.isEmpty else { return }
        if planned.contains(where: { $0.revision != 1 }) { onlyNewSlots = false }
        let changeset = String(changeset)
        try await connection.copyFrom(table: "observations", columns: Self.columns, logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(1 << 20)
            for revision in planned {
                let columns = ValueColumns(revision.value)
                let fields: [String?] = [
                    revision.slot.unit.rawValue, revision.slot.criteriaSet.rawValue, revision.slot.indicator.rawValue,
                    revision.slot.date.iso, String(revision.revision), revision.kind.rawValue, columns.type,
                    columns.passed.map { $0 ? "t" : "f" }, columns.numerator.map(String.init), columns.denominator.map(String.init),
                    columns.scaled.map(String.init), columns.count.map(String.init), revision.status.rawValue, revision.source,
                    revision.evidence, revision.comment, changeset,
                ]
                for (index, field) in fields.enumerated() {
                    if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                    if let field { buffer.writeCopyText(field) } else { buffer.writeString("\\N") }
                }
                buffer.writeInteger(UInt8(ascii: "\n"))
                if buffer.readableBytes > 1 << 20 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
        count += planned.count
    }

    /// Points every imported slot's head at its new revision; a plain insert when every slot is new.
    func moveHeads() async throws {
        if onlyNewSlots {
            try await connection.query(
                """
                INSERT INTO observation_heads (unit, criteria_set, indicator, obs_date, current_id, current_revision, current_status, approved_id)
                SELECT unit, criteria_set, indicator, obs_date, id, revision, status, CASE WHEN status = 'approved' THEN id END
                FROM observations WHERE id > \(before)
                """, logger: logger)
            return
        }
        try await connection.query(
            """
            INSERT INTO observation_heads (unit, criteria_set, indicator, obs_date, current_id, current_revision, current_status, approved_id)
            SELECT unit, criteria_set, indicator, obs_date, id, revision, status, CASE WHEN status = 'approved' THEN id END
            FROM observations WHERE id > \(before) ORDER BY id
            ON CONFLICT (unit, criteria_set, indicator, obs_date) DO UPDATE SET
                current_id = excluded.current_id, current_revision = excluded.current_revision,
                current_status = excluded.current_status,
                approved_id = CASE WHEN excluded.current_status = 'approved' THEN excluded.current_id ELSE observation_heads.approved_id END
            """, logger: logger)
    }
}

extension ByteBuffer {
    /// Writes a field of COPY's text format, escaping what the format gives meaning to.
    mutating func writeCopyText(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): writeString("\\\\")
            case UInt8(ascii: "\t"): writeString("\\t")
            case UInt8(ascii: "\n"): writeString("\\n")
            case UInt8(ascii: "\r"): writeString("\\r")
            default: writeInteger(byte)
            }
        }
    }
}
