import NTMCore

/// One thing wrong with a directive, task, report, extension or completion, named by its field
/// (`tasks[2].lead`, `deadline`, `percent`) so forms, files and API clients can point at it.
public struct TaskProblem: Hashable, Sendable {
    public var field: String
    public var message: LocalizedText

    public init(field: String, message: LocalizedText) {
        self.field = field
        self.message = message
    }

    init(_ field: String, vi: String, en: String) { self.init(field: field, message: LocalizedText(vi: vi, en: en)) }

    /// The problem with an id that cannot name a directive, task or session (`Directive.isValidID`), if any.
    static func id(_ id: String) -> [TaskProblem] {
        Directive.isValidID(id)
            ? []
            : [
                .init(
                    "id", vi: "mã '\(id)' chỉ gồm chữ, số, - và _ (tối đa 80 ký tự)",
                    en: "id '\(id)' may hold only letters, digits, - and _ (80 at most)")
            ]
    }
}

/// Why a write about directives and tasks was refused. Nothing of the write is stored.
public enum TaskError: Error, Hashable, Sendable {
    case invalid([TaskProblem])
    case unknownTask(String)
    case unknownDirective(String)
    case directiveExists(String)
    case taskExists(String)
    /// The task was completed; it takes no more reports, extensions or completions.
    case taskClosed(String, on: LocalDate)
    /// The account may not do this: `what` says which write.
    case forbidden(LocalizedText)
    case sessionExists(String)
    case unknownSession(String)
    /// A stored snapshot no longer matches the hash it was stored with: it was altered outside NTM Monitor.
    case snapshotAltered(String)
    /// Nothing to freeze: no commune of the scope has a value on or before the day.
    case noFigures(scope: String, on: LocalDate)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.invalid(let problems), _): problems.map { "\($0.field): \($0.message.text(language))" }.joined(separator: "; ")
        case (.unknownTask(let id), .vi): "không có nhiệm vụ '\(id)'"
        case (.unknownTask(let id), .en): "no task '\(id)'"
        case (.unknownDirective(let id), .vi): "không có văn bản chỉ đạo '\(id)'"
        case (.unknownDirective(let id), .en): "no directive '\(id)'"
        case (.directiveExists(let id), .vi): "đã có văn bản chỉ đạo mã '\(id)'"
        case (.directiveExists(let id), .en): "a directive with id '\(id)' already exists"
        case (.taskExists(let id), .vi): "đã có nhiệm vụ mã '\(id)'"
        case (.taskExists(let id), .en): "a task with id '\(id)' already exists"
        case (.taskClosed(let id, let date), .vi): "nhiệm vụ '\(id)' đã hoàn thành ngày \(date.vietnamese); không nhận thêm báo cáo"
        case (.taskClosed(let id, let date), .en): "task '\(id)' was completed on \(date.iso); it takes no more reports"
        case (.forbidden(let what), _): what.text(language)
        case (.sessionExists(let id), .vi): "đã có cuộc họp mã '\(id)'; số liệu đã chốt không sửa được"
        case (.sessionExists(let id), .en): "a briefing with id '\(id)' already exists; frozen figures cannot be changed"
        case (.unknownSession(let id), .vi): "không có cuộc họp giao ban '\(id)'"
        case (.unknownSession(let id), .en): "no briefing '\(id)'"
        case (.snapshotAltered(let id), .vi): "số liệu đã chốt của cuộc họp '\(id)' không khớp mã kiểm tra: đã bị sửa ngoài hệ thống"
        case (.snapshotAltered(let id), .en): "the frozen figures of briefing '\(id)' do not match their hash: they were altered outside NTM Monitor"
        case (.noFigures(let scope, let date), .vi): "không có số liệu nào của phạm vi \(scope) đến ngày \(date.vietnamese) để chốt"
        case (.noFigures(let scope, let date), .en): "scope \(scope) has no values on or before \(date.iso) to freeze"
        }
    }
}

extension TaskError: CustomStringConvertible {
    public var description: String { text(.en) }
}
