import Foundation
import GRDB
import NTMCore
import NTMTasks

extension SQLiteStore {
    public func createDirectives(_ directives: [DirectiveWithTasks], by user: String) async throws {
        let rows = try directives.map(StoredTask.Rows.init)
        try await pool.write { db in
            let now = clock.now(), at = Timestamp.text(now)
            for row in rows {
                let id = row.directive.id
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM directives WHERE id = ?", arguments: [id]) == true {
                    throw TaskError.directiveExists(id)
                }
                try db.execute(
                    sql: "INSERT INTO directives (id, issued_on, body, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, row.directive.issuedOn.iso, row.body, user, at])
                for (task, definition) in row.tasks {
                    if try Bool.fetchOne(db, sql: "SELECT 1 FROM tasks WHERE id = ?", arguments: [task.id]) == true {
                        throw TaskError.taskExists(task.id)
                    }
                    try db.execute(
                        sql: "INSERT INTO tasks (id, directive, lead, body, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [task.id, id, task.lead.text, definition, user, at])
                }
                try Self.audit(row.audit, by: user, at: now, in: db)
            }
        }
    }

    public func directives() async throws -> [Directive] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM directives ORDER BY issued_on DESC, id").map {
                try StoredJSON.decode(Directive.self, from: $0)
            }
        }
    }

    public func tasks() async throws -> [DirectiveTask] {
        try await pool.read { db in
            var events: [String: [(kind: String, body: String)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT task, kind, body FROM task_events ORDER BY id") {
                events[row[0], default: []].append((row[1], row[2]))
            }
            return try Row.fetchAll(db, sql: "SELECT id, body, completed_on FROM tasks ORDER BY directive, id").map { row in
                let id: String = row[0]
                return try StoredTask.assemble(definition: row[1], completedOn: row[2], events: events[id] ?? [])
            }
        }
    }

    public func recordTask(_ write: TaskWrite, task id: String, by user: String) async throws {
        try await pool.write { db in
            let now = clock.now()
            let plan = try StoredTask.plan(write, on: try Self.task(id, in: db), id: id, by: user, today: VietnamTime.date(of: now))
            try Self.apply(plan, task: id, by: user, at: now, in: db)
        }
    }

    /// One task as stored, read inside the write that changes it.
    private static func task(_ id: String, in db: Database) throws -> DirectiveTask? {
        guard let row = try Row.fetchOne(db, sql: "SELECT body, completed_on FROM tasks WHERE id = ?", arguments: [id]) else { return nil }
        let events = try Row.fetchAll(db, sql: "SELECT kind, body FROM task_events WHERE task = ? ORDER BY id", arguments: [id]).map {
            (kind: $0[0] as String, body: $0[1] as String)
        }
        return try StoredTask.assemble(definition: row[0], completedOn: row[1], events: events)
    }

    private static func apply(_ plan: TaskWritePlan, task id: String, by user: String, at now: Date, in db: Database) throws {
        if let event = plan.event {
            try db.execute(
                sql: "INSERT INTO task_events (task, kind, body, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, event.kind, event.body, user, Timestamp.text(now)])
        }
        if let completedOn = plan.completedOn {
            try db.execute(
                sql: "UPDATE tasks SET completed_on = ?, completed_by = ? WHERE id = ?", arguments: [completedOn.iso, user, id])
        }
        try audit(plan.audit, by: user, at: now, in: db)
    }
}
