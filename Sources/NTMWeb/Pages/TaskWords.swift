import NTMCore
import NTMTasks

/// How tasks read on the pages: one row shape for every list, and the badge class of each status.
enum TaskWords {
    struct Row {
        let id: String
        let href: String
        let text: String
        let lead: String
        let due: String
        /// The first deadline, shown struck through next to an extended one.
        let originalDue: String?
        let illustrative: Bool
        let status: String
        let statusClass: String
        let lastReport: String?
    }

    static func row(_ summary: TaskSummary, on date: LocalDate, language: Language) -> Row {
        let format = Formatting(language: language)
        let due = summary.due.map(format.date) ?? TaskDeadline(text: summary.deadline)?.display(language) ?? summary.deadline
        return Row(
            id: summary.id, href: Paths.with(Paths.task(summary.id), ["date": date.iso]), text: summary.text, lead: summary.lead.name,
            due: due, originalDue: summary.originalDue.map(format.date), illustrative: summary.deadlineIllustrative,
            status: summary.statusText, statusClass: statusClass(summary.status, stale: summary.stale),
            lastReport: summary.lastReport.map { report in
                format.date(report.date) + (report.percent.map { " · \($0)%" } ?? "") + " — " + report.text
            })
    }

    /// Badge classes the stylesheet already colours; the badge's text always says the status too.
    static func statusClass(_ status: String, stale: Bool) -> String {
        switch status {
        case "done-on-time": "status-met"
        case "done-late": "status-nodata"
        case "within-deadline": "status-na"
        case "overdue": "status-notmet"
        default: stale ? "status-nodata" : "status-unset"
        }
    }
}

extension Int {
    /// Nil for 0: templates show a badge only for a count that is there.
    var nonZero: Int? { self == 0 ? nil : self }
}
