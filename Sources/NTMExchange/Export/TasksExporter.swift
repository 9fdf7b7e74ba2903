import NTMCore
import NTMTasks

/// The tasks as a sheet: each task's lead, deadline (the first one too when extended), its timeliness on the date and
/// the latest report, the same figures the tasks page prints. Timeliness is computed, never typed.
public enum TasksExporter {
    /// The tasks given by `date` that concern `scope`: those about a unit in it, a unit it lies in, or no unit.
    public static func tasks(_ tasks: [DirectiveTask], within scope: EvaluationScope, on date: LocalDate, units: UnitHierarchy) -> [DirectiveTask] {
        tasks.filter { task in
            guard task.assignedOn <= date else { return false }
            guard case .unit(let code) = scope, !task.units.isEmpty else { return true }
            let above = Set(units.ancestry(of: code, on: date).map(\.code))
            return task.units.contains { above.contains($0) || units.ancestry(of: $0, on: date).contains { $0.code == code } }
        }
    }

    public static func table(_ tasks: [DirectiveTask], on date: LocalDate, directory: OrganisationDirectory, language: Language) -> ExportTable {
        let vi = language == .vi
        let rows: [[ExportTable.Cell]] = tasks.map { task in
            let summary = TaskSummary(task, on: date, directory: directory, language: language)
            return [
                .text(summary.id), .text(summary.directive), .text(summary.text), .text(summary.lead.name),
                .text(summary.supporting.map(\.name).joined(separator: "; ")),
                summary.due.map { .date($0) } ?? .text(task.deadline.display(language)), summary.originalDue.map { .date($0) } ?? .empty,
                .text(summary.deadlineIllustrative ? (vi ? "minh họa" : "illustrative") : ""), .text(summary.statusText),
                summary.days.map { .integer($0) } ?? .empty, summary.completedOn.map { .date($0) } ?? .empty,
                summary.lastReport.map { .date($0.date) } ?? .empty, summary.lastReport.map { .text($0.text) } ?? .empty,
            ]
        }
        return ExportTable(
            sheetName: vi ? "Nhiệm vụ" : "Tasks", title: vi ? "Nhiệm vụ, tình hình ngày \(date.vietnamese)" : "Tasks as of \(date.iso)",
            notes: [
                vi
                    ? "Tình trạng tính từ thời hạn, gia hạn, báo cáo và ngày hoàn thành, không nhập tay (docs/TASKS.md)."
                    : "Status computed from the deadline, extensions, reports and completion, never typed in (docs/TASKS.md)."
            ],
            columns: [
                .init(vi ? "Mã" : "Id", width: 22), .init(vi ? "Văn bản" : "Directive", width: 20), .init(vi ? "Nhiệm vụ" : "Task", width: 48),
                .init(vi ? "Chủ trì" : "Lead", width: 26), .init(vi ? "Phối hợp" : "Supporting", width: 22),
                .init(vi ? "Thời hạn" : "Deadline", width: 12), .init(vi ? "Hạn ban đầu" : "First due", width: 12),
                .init(vi ? "Thời hạn minh họa" : "Illustrative deadline", width: 10), .init(vi ? "Tình trạng" : "Status", width: 28),
                .init(vi ? "Số ngày" : "Days", width: 8), .init(vi ? "Ngày hoàn thành" : "Done on", width: 12),
                .init(vi ? "Báo cáo gần nhất" : "Latest report", width: 12), .init(vi ? "Nội dung báo cáo" : "Report", width: 40),
            ],
            rows: rows)
    }
}
