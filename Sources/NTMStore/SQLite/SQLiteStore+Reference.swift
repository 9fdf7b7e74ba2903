import Foundation
import GRDB
import NTMCore

extension SQLiteStore {
    public func replaceUnits(_ units: UnitHierarchy, by user: String, note: String) async throws {
        let rows = StoredUnits.Rows(units)
        let (versions, lineage, groups) = (rows.versions, rows.lineage, rows.groups)
        try await pool.write { db in
            let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM units") ?? 0
            try db.execute(sql: "DELETE FROM units")
            try db.execute(sql: "DELETE FROM unit_lineage")
            try db.execute(sql: "DELETE FROM commune_groups")
            let insertUnit = try db.makeStatement(
                sql: """
                    INSERT INTO units (code, valid_from, valid_until, name, kind, parent, region) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for unit in versions {
                try insertUnit.execute(arguments: [
                    unit.code.rawValue, unit.validity.from?.iso ?? "", unit.validity.until?.iso,
                    unit.name, unit.kind.rawValue, unit.parent?.rawValue, unit.region?.rawValue,
                ])
            }
            let insertEvent = try db.makeStatement(
                sql: "INSERT INTO unit_lineage (event_date, kind, from_code, to_code, source) VALUES (?, ?, ?, ?, ?)")
            for event in lineage {
                try insertEvent.execute(arguments: [event.date.iso, event.kind.rawValue, event.from.rawValue, event.to.rawValue, event.source])
            }
            let insertGroup = try db.makeStatement(sql: "INSERT INTO commune_groups (unit, effective_from, group_code, source) VALUES (?, ?, ?, ?)")
            for group in groups {
                try insertGroup.execute(arguments: [group.unit.rawValue, group.effectiveFrom.iso, group.group.rawValue, group.source])
            }
            try Self.audit(
                .unitsReplaced(before: before, rows: rows, note: note),
                by: user, at: clock.now(), in: db)
        }
    }

    public func loadUnits() async throws -> UnitHierarchy {
        let (versions, events, groups) = try await pool.read { db in
            let versions = try Row.fetchAll(db, sql: "SELECT code, valid_from, valid_until, name, kind, parent, region FROM units").map { row in
                try StoredUnits.unit(
                    code: row["code"], validFrom: row["valid_from"], validUntil: row["valid_until"], name: row["name"], kind: row["kind"],
                    parent: row["parent"], region: row["region"])
            }
            let events = try Row.fetchAll(db, sql: "SELECT event_date, kind, from_code, to_code, source FROM unit_lineage ORDER BY id").map { row in
                try StoredUnits.event(date: row["event_date"], kind: row["kind"], from: row["from_code"], to: row["to_code"], source: row["source"])
            }
            let groups = try Row.fetchAll(db, sql: "SELECT unit, effective_from, group_code, source FROM commune_groups").map { row in
                try StoredUnits.group(unit: row["unit"], effectiveFrom: row["effective_from"], group: row["group_code"], source: row["source"])
            }
            return (versions, events, groups)
        }
        return try UnitHierarchy(units: versions, lineage: events, communeGroups: groups)
    }

    public func saveDocument(_ document: NewCriteriaDocument, by user: String) async throws -> CriteriaDocument {
        try await pool.write { db in
            let latest = try Row.fetchOne(
                db, sql: "SELECT version, content FROM criteria_documents WHERE name = ? ORDER BY version DESC LIMIT 1",
                arguments: [document.name])
            let now = clock.now()
            let latestVersion: Int = latest?["version"] ?? 0
            if let expected = document.basedOn, expected != latestVersion {
                throw StoreError.documentChanged(document.name, expected: expected, current: latestVersion)
            }
            if let latest, latest["content"] as String == document.content {
                return try Self.document(named: document.name, version: latest["version"], in: db)
            }
            let version = ((latest?["version"] as Int?) ?? 0) + 1
            let checksum = Checksum.fnv1a(document.content)
            try db.execute(
                sql: """
                    INSERT INTO criteria_documents (name, kind, version, content, checksum, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [document.name, document.kind.rawValue, version, document.content, checksum, Timestamp.text(now), user])
            try Self.audit(
                .documentLoaded(document.name, previousVersion: latest.map { $0["version"] as Int }, version: version, checksum: checksum),
                by: user, at: now, in: db)
            return CriteriaDocument(
                name: document.name, kind: document.kind, version: version, content: document.content,
                checksum: checksum, loadedAt: now, loadedBy: user)
        }
    }

    static func document(named name: String, version: Int, in db: Database) throws -> CriteriaDocument {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT name, kind, version, content, checksum, loaded_at, loaded_by FROM criteria_documents WHERE name = ? AND version = ?
                    """, arguments: [name, version])
        else { throw StoreError.unknownDocument(name) }
        return try document(row)
    }

    static func document(_ row: Row) throws -> CriteriaDocument {
        guard let kind = CriteriaDocumentKind(rawValue: row["kind"]) else { throw StoreError.unknownDocument(row["name"]) }
        return CriteriaDocument(
            name: row["name"], kind: kind, version: row["version"], content: row["content"], checksum: row["checksum"],
            loadedAt: Timestamp.date(row["loaded_at"]) ?? .distantPast, loadedBy: row["loaded_by"])
    }

    public func documents() async throws -> [CriteriaDocument] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT name, kind, version, content, checksum, loaded_at, loaded_by FROM criteria_documents d
                    WHERE version = (SELECT MAX(version) FROM criteria_documents WHERE name = d.name) ORDER BY name
                    """
            ).map(Self.document)
        }
    }

    public func documentVersions(_ name: String) async throws -> [CriteriaDocument] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT name, kind, version, content, checksum, loaded_at, loaded_by FROM criteria_documents WHERE name = ? ORDER BY version
                    """, arguments: [name]
            ).map(Self.document)
        }
    }

    public func addRegistrations(_ registrations: [Registration], by user: String) async throws {
        guard !registrations.isEmpty else { return }
        try await pool.write { db in
            let now = clock.now()
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO registrations (unit, target_year, registered_on, source, actor, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                    """)
            for registration in registrations {
                try insert.execute(arguments: [
                    registration.unit.rawValue, registration.targetYear, registration.registeredOn?.iso,
                    registration.source, user, Timestamp.text(now),
                ])
            }
            try Self.audit(.registered(registrations), by: user, at: now, in: db)
        }
    }

    public func registrations() async throws -> [Registration] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT unit, target_year, registered_on, source FROM registrations ORDER BY id").map { row in
                Registration(
                    unit: UnitCode(row["unit"] as String), targetYear: row["target_year"],
                    registeredOn: (row["registered_on"] as String?).flatMap { LocalDate(iso: $0) }, source: row["source"])
            }
        }
    }

    public func referenceRevision() async throws -> Int64 {
        try await pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE entity IN (\(ReferenceEntities.sqlList))") ?? 0
        }
    }
}
