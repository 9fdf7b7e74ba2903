import Foundation
import NTMCore
import PostgresNIO

extension PostgresStore {
    public func replaceUnits(_ units: UnitHierarchy, by user: String, note: String) async throws {
        let rows = StoredUnits.Rows(units)
        let (versions, lineage, groups) = (rows.versions, rows.lineage, rows.groups)
        try await writeTransaction { connection, logger in
            var before = 0
            for try await count in try await connection.query("SELECT COUNT(*)::bigint FROM units", logger: logger).decode(Int64.self) {
                before = Int(count)
            }
            try await connection.query("DELETE FROM units", logger: logger)
            try await connection.query("DELETE FROM unit_lineage", logger: logger)
            try await connection.query("DELETE FROM commune_groups", logger: logger)
            try await connection.query(
                """
                INSERT INTO units (code, valid_from, valid_until, name, kind, parent, region)
                SELECT code, valid_from, NULLIF(valid_until, ''), name, kind, NULLIF(parent, ''), NULLIF(region, '')
                FROM unnest(\(versions.map(\.code.rawValue)), \(versions.map { $0.validity.from?.iso ?? "" }),
                            \(versions.map { $0.validity.until?.iso ?? "" }), \(versions.map(\.name)), \(versions.map(\.kind.rawValue)),
                            \(versions.map { $0.parent?.rawValue ?? "" }), \(versions.map { $0.region?.rawValue ?? "" }))
                    AS t(code, valid_from, valid_until, name, kind, parent, region)
                """, logger: logger)
            if !lineage.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO unit_lineage (event_date, kind, from_code, to_code, source)
                    SELECT event_date::date, kind, from_code, to_code, NULLIF(source, '')
                    FROM unnest(\(lineage.map(\.date.iso)), \(lineage.map(\.kind.rawValue)), \(lineage.map(\.from.rawValue)),
                                \(lineage.map(\.to.rawValue)), \(lineage.map { $0.source ?? "" }))
                        WITH ORDINALITY AS t(event_date, kind, from_code, to_code, source, position)
                    ORDER BY position
                    """, logger: logger)
            }
            if !groups.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO commune_groups (unit, effective_from, group_code, source)
                    SELECT unit, effective_from::date, group_code, NULLIF(source, '')
                    FROM unnest(\(groups.map(\.unit.rawValue)), \(groups.map(\.effectiveFrom.iso)), \(groups.map(\.group.rawValue)),
                                \(groups.map { $0.source ?? "" })) AS t(unit, effective_from, group_code, source)
                    """, logger: logger)
            }
            try await Self.audit(
                .unitsReplaced(before: before, rows: rows, note: note),
                by: user, at: clock.now(), on: connection, logger: logger)
        }
    }

    public func loadUnits() async throws -> UnitHierarchy {
        var versions: [AdministrativeUnit] = []
        let unitRows = try await client.query("SELECT code, valid_from, valid_until, name, kind, parent, region FROM units", logger: logger)
        for try await (code, from, until, name, kind, parent, region)
            in unitRows.decode((String, String, String?, String, String, String?, String?).self)
        {
            versions.append(
                try StoredUnits.unit(code: code, validFrom: from, validUntil: until, name: name, kind: kind, parent: parent, region: region))
        }
        var events: [LineageEvent] = []
        let eventRows = try await client.query(
            "SELECT event_date::text, kind, from_code, to_code, source FROM unit_lineage ORDER BY id",
            logger: logger)
        for try await (date, kind, from, to, source) in eventRows.decode((String, String, String, String, String?).self) {
            events.append(try StoredUnits.event(date: date, kind: kind, from: from, to: to, source: source))
        }
        var groups: [CommuneGroupAssignment] = []
        let groupRows = try await client.query("SELECT unit, effective_from::text, group_code, source FROM commune_groups", logger: logger)
        for try await (unit, from, group, source) in groupRows.decode((String, String, String, String?).self) {
            groups.append(try StoredUnits.group(unit: unit, effectiveFrom: from, group: group, source: source))
        }
        return try UnitHierarchy(units: versions, lineage: events, communeGroups: groups)
    }

    public func saveDocument(_ document: NewCriteriaDocument, by user: String) async throws -> CriteriaDocument {
        return try await writeTransaction { connection, logger in
            let now = clock.now()
            var latest: (Int, String)?
            let rows = try await connection.query(
                """
                SELECT version, content FROM criteria_documents WHERE name = \(document.name) ORDER BY version DESC LIMIT 1
                """, logger: logger)
            for try await (version, content) in rows.decode((Int, String).self) { latest = (version, content) }
            if let expected = document.basedOn, expected != latest?.0 ?? 0 {
                throw StoreError.documentChanged(document.name, expected: expected, current: latest?.0 ?? 0)
            }
            if let latest, latest.1 == document.content {
                return try await Self.document(named: document.name, version: latest.0, on: connection, logger: logger)
            }
            let version = (latest?.0 ?? 0) + 1
            let checksum = Checksum.fnv1a(document.content)
            try await connection.query(
                """
                INSERT INTO criteria_documents (name, kind, version, content, checksum, loaded_at, loaded_by)
                VALUES (\(document.name), \(document.kind.rawValue), \(version), \(document.content), \(checksum), \(now), \(user))
                """, logger: logger)
            try await Self.audit(
                .documentLoaded(document.name, previousVersion: latest.map { $0.0 }, version: version, checksum: checksum),
                by: user, at: now, on: connection, logger: logger)
            return CriteriaDocument(
                name: document.name, kind: document.kind, version: version, content: document.content,
                checksum: checksum, loadedAt: now, loadedBy: user)
        }
    }

    static func document(named name: String, version: Int, on connection: PostgresConnection, logger: Logger) async throws -> CriteriaDocument {
        let rows = try await connection.query(
            """
            SELECT name, kind, version, content, checksum, loaded_at, loaded_by FROM criteria_documents
            WHERE name = \(name) AND version = \(version)
            """, logger: logger)
        guard let document = try await documents(rows).first else { throw StoreError.unknownDocument(name) }
        return document
    }

    static func documents(_ rows: PostgresRowSequence) async throws -> [CriteriaDocument] {
        var result: [CriteriaDocument] = []
        for try await (name, kind, version, content, checksum, at, by) in rows.decode((String, String, Int, String, String, Date, String).self) {
            guard let documentKind = CriteriaDocumentKind(rawValue: kind) else { throw StoreError.unknownDocument(name) }
            result.append(
                CriteriaDocument(
                    name: name, kind: documentKind, version: version, content: content, checksum: checksum,
                    loadedAt: at, loadedBy: by))
        }
        return result
    }

    public func documents() async throws -> [CriteriaDocument] {
        try await Self.documents(
            client.query(
                """
                SELECT DISTINCT ON (name) name, kind, version, content, checksum, loaded_at, loaded_by FROM criteria_documents
                ORDER BY name, version DESC
                """, logger: logger))
    }

    public func documentVersions(_ name: String) async throws -> [CriteriaDocument] {
        try await Self.documents(
            client.query(
                """
                SELECT name, kind, version, content, checksum, loaded_at, loaded_by FROM criteria_documents WHERE name = \(name) ORDER BY version
                """, logger: logger))
    }

    public func addRegistrations(_ registrations: [Registration], by user: String) async throws {
        guard !registrations.isEmpty else { return }
        try await writeTransaction { connection, logger in
            let now = clock.now()
            try await connection.query(
                """
                INSERT INTO registrations (unit, target_year, registered_on, source, actor, recorded_at)
                SELECT unit, target_year, NULLIF(registered_on, '')::date, NULLIF(source, ''), \(user), \(now)
                FROM unnest(\(registrations.map(\.unit.rawValue)), \(registrations.map(\.targetYear)),
                            \(registrations.map { $0.registeredOn?.iso ?? "" }), \(registrations.map { $0.source ?? "" }))
                    WITH ORDINALITY AS t(unit, target_year, registered_on, source, position)
                ORDER BY position
                """, logger: logger)
            try await Self.audit(.registered(registrations), by: user, at: now, on: connection, logger: logger)
        }
    }

    public func registrations() async throws -> [Registration] {
        var result: [Registration] = []
        let rows = try await client.query("SELECT unit, target_year, registered_on::text, source FROM registrations ORDER BY id", logger: logger)
        for try await (unit, year, on, source) in rows.decode((String, Int, String?, String?).self) {
            result.append(Registration(unit: UnitCode(unit), targetYear: year, registeredOn: on.flatMap { LocalDate(iso: $0) }, source: source))
        }
        return result
    }

    public func referenceRevision() async throws -> Int64 {
        var latest: Int64 = 0
        let query = PostgresQuery(
            unsafeSQL: "SELECT COALESCE(MAX(id), 0)::bigint FROM audit_log WHERE entity IN (\(ReferenceEntities.sqlList))")
        for try await value in try await client.query(query, logger: logger).decode(Int64.self) { latest = value }
        return latest
    }
}
