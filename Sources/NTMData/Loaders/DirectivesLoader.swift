import NTMCore
import NTMTasks

/// What a directives file holds: directives with their tasks, and (for the demo) what happened to the tasks since.
public struct DirectiveFile: Sendable {
    public var directives: [DirectiveWithTasks]
    /// Reports, extensions and completions in the file's order, each with the account that wrote it.
    public var progress: [(task: String, write: TaskWrite, by: String)]
}

/// Reads directives and their tasks from YAML, checking each against the organisations, units, criteria and
/// targets that exist (`Directive.problems`), every problem with its file and line. Nothing is returned unless
/// the whole file is valid.
///
/// ```yaml
/// directives:
///   - id: kl-2019-07-24
///     number: "245/TB-UBND"
///     issued: 2019-07-24
///     signer: "Phó Chủ tịch UBND tỉnh"
///     title: "Kết luận giao ban trực tuyến NTM"
///     tasks:
///       - id: cang-long-70
///         text: "Càng Long: ít nhất 70% số xã đạt chuẩn trước 15/10/2019"
///         lead: unit:844                 # office, department:CODE or unit:CODE
///         supporting: [department:SNNPTNT]
///         units: ["844"]
///         criteria: [2, 5]
///         targets: [cang-long-70-2019]
///         deadline: 2019-10-15           # a date, monthly:DAY or none
/// progress:                              # optional; the demo's synthetic reports
///   - {task: cang-long-70, report: "Đã rà soát 13 xã", date: 2019-08-30, percent: 40, by: huyen}
///   - {task: cang-long-70, extend: 2019-11-15, date: 2019-10-10, reference: "CV 12/VPĐP", by: vanphong}
///   - {task: cang-long-70, complete: 2019-11-10, by: huyen}
/// ```
public enum DirectivesLoader {
    public static func load(_ text: String, file: String, directory: OrganisationDirectory, targets: Set<String>) throws(DataFileErrors)
        -> DirectiveFile
    {
        var collector = ErrorCollector()
        let root: YAMLNode
        do { root = try YAMLNode.parse(text, file: file) } catch { throw DataFileErrors([error]) }
        let map = collector.attempt { try root.mapping(allowing: ["directives", "progress"]) }
        let list: [YAMLNode] = collector.attempt { try map?.required("directives").sequence() ?? [] } ?? []
        var result = DirectiveFile(directives: [], progress: [])
        for item in list {
            guard let (directive, tasks) = collector.attempt({ try self.directive(item) }) else { continue }
            for problem in directive.problems(tasks: tasks, directory: directory, targets: targets) {
                collector.add(
                    locate(problem.field, in: item).error(
                        LocalizedText(
                            vi: "văn bản '\(directive.id)', \(problem.field): \(problem.message.vi)",
                            en: "directive '\(directive.id)', \(problem.field): \(problem.message.text(.en))")))
            }
            result.directives.append(DirectiveWithTasks(directive, tasks: tasks))
        }
        let ids = Set(result.directives.flatMap { $0.tasks.map(\.id) })
        let progressItems = collector.attempt { try map?.optional("progress")?.sequence() ?? [] } ?? []
        for item in progressItems {
            guard let progress = collector.attempt({ try self.progress(item) }) else { continue }
            if !ids.contains(progress.task) {
                collector.add(item.error(vi: "không có nhiệm vụ '\(progress.task)' trong tệp", en: "no task '\(progress.task)' in the file"))
            }
            result.progress.append(progress)
        }
        try collector.throwIfAny()
        return result
    }

    static let directiveKeys: Set<String> = ["id", "number", "issued", "signer", "session", "title", "text", "illustrative", "tasks"]
    static let taskKeys: Set<String> = [
        "id", "text", "lead", "supporting", "units", "criteria", "targets", "assigned", "deadline", "deadline-illustrative",
    ]
    /// The file's key for a field a problem names, where they differ.
    static let fileKeys = ["issuedOn": "issued", "assignedOn": "assigned", "deadlineIllustrative": "deadline-illustrative"]

    private static func directive(_ node: YAMLNode) throws -> (Directive, [DirectiveTask]) {
        let map = try node.mapping(allowing: directiveKeys)
        let directive = Directive(
            id: try map.required("id").nonEmptyString(), number: try map.required("number").nonEmptyString(),
            issuedOn: try map.required("issued").date(), signer: try map.required("signer").nonEmptyString(),
            session: try map.optional("session")?.nonEmptyString(), title: try map.required("title").nonEmptyString(),
            text: try map.optional("text")?.string() ?? "", illustrative: try map.optional("illustrative")?.bool() ?? false)
        let tasks = try map.required("tasks").sequence().map { try task($0, of: directive) }
        return (directive, tasks)
    }

    private static func task(_ node: YAMLNode, of directive: Directive) throws -> DirectiveTask {
        let map = try node.mapping(allowing: taskKeys)
        let deadlineText = try map.optional("deadline")?.string() ?? "none"
        guard let deadline = TaskDeadline(text: deadlineText) else {
            throw (map.optional("deadline") ?? node).error(
                vi: "thời hạn '\(deadlineText)' không hợp lệ (ngày YYYY-MM-DD, monthly:NGÀY hoặc none)",
                en: "deadline '\(deadlineText)' is not valid (YYYY-MM-DD, monthly:DAY or none)")
        }
        return DirectiveTask(
            id: try map.required("id").nonEmptyString(), directive: directive.id, text: try map.required("text").nonEmptyString(),
            lead: try organisation(map.required("lead")),
            supporting: try (map.optional("supporting")?.sequence() ?? []).map(organisation),
            units: try (map.optional("units")?.stringList() ?? []).map { UnitCode($0) },
            criteria: try (map.optional("criteria")?.sequence() ?? []).map { try $0.int() },
            targets: try map.optional("targets")?.stringList() ?? [], assignedOn: try map.optional("assigned")?.date() ?? directive.issuedOn,
            deadline: deadline, deadlineIllustrative: try map.optional("deadline-illustrative")?.bool() ?? false)
    }

    private static func organisation(_ node: YAMLNode) throws -> OrganisationRef {
        let text = try node.nonEmptyString()
        guard let reference = OrganisationRef(text: text) else {
            throw node.error(
                vi: "'\(text)' không phải cơ quan (office, department:MÃ hoặc unit:MÃ)",
                en: "'\(text)' is not an organisation (office, department:CODE or unit:CODE)")
        }
        return reference
    }

    private static func progress(_ node: YAMLNode) throws -> (task: String, write: TaskWrite, by: String) {
        let map = try node.mapping(allowing: ["task", "report", "percent", "evidence", "extend", "reference", "complete", "date", "by"])
        let task = try map.required("task").nonEmptyString(), by = try map.required("by").nonEmptyString()
        if let text = try map.optional("report")?.nonEmptyString() {
            let report = ProgressReport(
                date: try map.required("date").date(), text: text, percent: try map.optional("percent")?.int(),
                evidence: try map.optional("evidence")?.nonEmptyString(), by: by)
            return (task, .report(report), by)
        }
        if let newDue = try map.optional("extend")?.date() {
            let grant = DeadlineExtension(
                approvedOn: try map.required("date").date(), newDue: newDue, reference: try map.optional("reference")?.nonEmptyString())
            return (task, .extend(grant), by)
        }
        if let date = try map.optional("complete")?.date() { return (task, .complete(on: date), by) }
        throw node.error(vi: "cần một trong: report, extend, complete", en: "expected one of: report, extend, complete")
    }

    /// The node a problem's field names (`tasks[2].lead`), or the nearest one that exists.
    static func locate(_ field: String, in node: YAMLNode) -> YAMLNode {
        var current = node
        for part in field.split(separator: ".") {
            var name = String(part), index: Int?
            if let open = name.firstIndex(of: "["), name.hasSuffix("]") {
                index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
                name = String(name[..<open])
            }
            guard case .mapping(let mapping) = current.node, let child = mapping[fileKeys[name] ?? name] else { return current }
            current = YAMLNode(node: child, file: node.file)
            if let index {
                guard let items = try? current.sequence(), items.indices.contains(index) else { return current }
                current = items[index]
            }
        }
        return current
    }
}
