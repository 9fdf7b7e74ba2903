import Foundation
import NTMCore
import NTMTasks
import PostgresNIO

extension PostgresStore {
    public func createDirectives(_ directives: [DirectiveWithTasks], by user: String) async throws {
        let rows = try directives.map(StoredTask.Rows.init)
        try await writeTransaction { connection, logger in
            let now = clock.now()
            // Writers hold the store's write lock, so the checks and the inserts see the same rows.
            for row in rows {
                let id = row.directive.id
                if try await Self.exists("SELECT 1 FROM directives WHERE id = \(id)", on: connection, logger: logger) {
                    throw TaskError.directiveExists(id)
                }
                try await connection.query(
                    """
                    INSERT INTO directives (id, issued_on, body, created_by, created_at)
                    VALUES (\(id), \(row.directive.issuedOn.iso)::date, \(row.body), \(user), \(now))
                    """, logger: logger)
                for (task, definition) in row.tasks {
                    if try await Self.exists("SELECT 1 FROM tasks WHERE id = \(task.id)", on: connection, logger: logger) {
                        throw TaskError.taskExists(task.id)
                    }
                    try await connection.query(
                        """
                        INSERT INTO tasks (id, directive, lead, body, created_by, created_at)
                        VALUES (\(task.id), \(id), \(task.lead.text), \(definition), \(user), \(now))
                        """, logger: logger)
                }
                try await Self.audit(row.audit, by: user, at: now, on: connection, logger: logger)
            }
        }
    }

    public func directives() async throws -> [Directive] {
        var result: [Directive] = []
        let rows = try await client.query("SELECT body FROM directives ORDER BY issued_on DESC, id", logger: logger)
        for try await body in rows.decode(String.self) { result.append(try StoredJSON.decode(Directive.self, from: body)) }
        return result
    }

    public func tasks() async throws -> [DirectiveTask] {
        var events: [String: [(kind: String, body: String)]] = [:]
        let eventRows = try await client.query("SELECT task, kind, body FROM task_events ORDER BY id", logger: logger)
        for try await (task, kind, body) in eventRows.decode((String, String, String).self) { events[task, default: []].append((kind, body)) }
        var result: [DirectiveTask] = []
        let rows = try await client.query("SELECT id, body, completed_on::text FROM tasks ORDER BY directive, id", logger: logger)
        for try await (id, body, completedOn) in rows.decode((String, String, String?).self) {
            result.append(try StoredTask.assemble(definition: body, completedOn: completedOn, events: events[id] ?? []))
        }
        return result
    }

    public func recordTask(_ write: TaskWrite, task id: String, by user: String) async throws {
        try await writeTransaction { connection, logger in
            let now = clock.now()
            let task = try await Self.task(id, on: connection, logger: logger)
            let plan = try StoredTask.plan(write, on: task, id: id, by: user, today: VietnamTime.date(of: now))
            if let event = plan.event {
                try await connection.query(
                    """
                    INSERT INTO task_events (task, kind, body, created_by, created_at)
                    VALUES (\(id), \(event.kind), \(event.body), \(user), \(now))
                    """, logger: logger)
            }
            if let completedOn = plan.completedOn {
                try await connection.query(
                    "UPDATE tasks SET completed_on = \(completedOn.iso)::date, completed_by = \(user) WHERE id = \(id)", logger: logger)
            }
            try await Self.audit(plan.audit, by: user, at: now, on: connection, logger: logger)
        }
    }

    /// One task as stored, read inside the write that changes it.
    private static func task(_ id: String, on connection: PostgresConnection, logger: Logger) async throws -> DirectiveTask? {
        var stored: (body: String, completedOn: String?)?
        let rows = try await connection.query("SELECT body, completed_on::text FROM tasks WHERE id = \(id)", logger: logger)
        for try await row in rows.decode((String, String?).self) { stored = row }
        guard let stored else { return nil }
        var events: [(kind: String, body: String)] = []
        let eventRows = try await connection.query("SELECT kind, body FROM task_events WHERE task = \(id) ORDER BY id", logger: logger)
        for try await event in eventRows.decode((String, String).self) { events.append(event) }
        return try StoredTask.assemble(definition: stored.body, completedOn: stored.completedOn, events: events)
    }

    private static func exists(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        for try await _ in try await connection.query(query, logger: logger) { return true }
        return false
    }
}
