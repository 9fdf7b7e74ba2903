import NTMCore

/// The checks a directive and its tasks pass before anything is stored, against the organisations, units,
/// criteria and targets that exist. Pure, so the CLI, the pages, the API and the loader refuse the same things.
extension Directive {
    /// Every problem with this directive and the tasks it gives; empty when both may be stored.
    public func problems(tasks: [DirectiveTask], directory: OrganisationDirectory, targets: Set<String>) -> [TaskProblem] {
        var problems = TaskProblem.id(id)
        if number.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init("number", vi: "cần số, ký hiệu văn bản", en: "the document number is required"))
        }
        if signer.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init("signer", vi: "cần người ký", en: "the signer is required"))
        }
        if title.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init("title", vi: "cần trích yếu", en: "the title is required"))
        }
        if tasks.isEmpty {
            problems.append(.init("tasks", vi: "văn bản chưa giao nhiệm vụ nào", en: "the directive gives no task"))
        }
        var seen: Set<String> = []
        for (index, task) in tasks.enumerated() {
            problems += task.problems(in: self, directory: directory, targets: targets).map {
                TaskProblem(field: "tasks[\(index)].\($0.field)", message: $0.message)
            }
            if !seen.insert(task.id).inserted {
                problems.append(.init("tasks[\(index)].id", vi: "mã nhiệm vụ '\(task.id)' bị trùng", en: "task id '\(task.id)' is used twice"))
            }
        }
        return problems
    }
}

extension DirectiveTask {
    /// Problems with the task as `directive` gives it, fields named relative to the task.
    func problems(in directive: Directive, directory: OrganisationDirectory, targets: Set<String>) -> [TaskProblem] {
        var problems = TaskProblem.id(id)
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init("text", vi: "cần nội dung nhiệm vụ", en: "the task's text is required"))
        }
        if directory.organisation(lead) == nil {
            problems.append(.init("lead", vi: "không có cơ quan chủ trì '\(lead.text)'", en: "no lead organisation '\(lead.text)'"))
        }
        for (index, organisation) in supporting.enumerated() where directory.organisation(organisation) == nil {
            problems.append(
                .init(
                    "supporting[\(index)]", vi: "không có cơ quan phối hợp '\(organisation.text)'",
                    en: "no supporting organisation '\(organisation.text)'"))
        }
        for (index, unit) in units.enumerated() where directory.units.versions(of: unit).isEmpty {
            problems.append(.init("units[\(index)]", vi: "không có đơn vị mã \(unit)", en: "no unit with code \(unit)"))
        }
        let known = Set(directory.catalog.sets.filter { $0.validity.contains(directive.issuedOn) }.flatMap { $0.criteria.map(\.number) })
        for (index, number) in criteria.enumerated() where !known.contains(number) {
            problems.append(
                .init(
                    "criteria[\(index)]", vi: "không có tiêu chí số \(number) trong bộ tiêu chí hiệu lực ngày \(directive.issuedOn.vietnamese)",
                    en: "no criterion \(number) in the criteria sets in force on \(directive.issuedOn.iso)"))
        }
        for (index, target) in self.targets.enumerated() where !targets.contains(target) {
            problems.append(.init("targets[\(index)]", vi: "không có mục tiêu '\(target)'", en: "no target '\(target)'"))
        }
        if assignedOn < directive.issuedOn {
            problems.append(
                .init(
                    "assignedOn", vi: "ngày giao \(assignedOn.vietnamese) trước ngày ban hành văn bản \(directive.issuedOn.vietnamese)",
                    en: "assigned on \(assignedOn.iso), before the directive's date \(directive.issuedOn.iso)"))
        }
        if case .on(let due) = deadline, due < directive.issuedOn {
            problems.append(
                .init(
                    "deadline", vi: "thời hạn \(due.vietnamese) trước ngày ban hành văn bản \(directive.issuedOn.vietnamese)",
                    en: "deadline \(due.iso) is before the directive's date \(directive.issuedOn.iso)"))
        }
        if directive.id != self.directive {
            problems.append(
                .init(
                    "directive", vi: "nhiệm vụ thuộc văn bản khác ('\(self.directive)')", en: "the task names another directive ('\(self.directive)')"
                ))
        }
        return problems
    }

    /// Problems with `report` as the next report on this task, written on `today`.
    public func problems(adding report: ProgressReport, today: LocalDate) -> [TaskProblem] {
        var problems: [TaskProblem] = []
        if report.text.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init("text", vi: "cần nội dung báo cáo", en: "the report's text is required"))
        }
        if let percent = report.percent, !(0...100).contains(percent) {
            problems.append(.init("percent", vi: "tỷ lệ hoàn thành \(percent) phải từ 0 đến 100", en: "percent done \(percent) must be 0 to 100"))
        }
        problems += dateProblems(report.date, field: "date", today: today)
        return problems
    }

    /// Problems with completing the task on `date`, recorded on `today`.
    public func problems(completingOn date: LocalDate, today: LocalDate) -> [TaskProblem] {
        dateProblems(date, field: "date", today: today)
    }

    /// Problems with granting `extension`, on `today`: only a dated deadline is extended, to a later day.
    public func problems(extending grant: DeadlineExtension, today: LocalDate) -> [TaskProblem] {
        var problems = dateProblems(grant.approvedOn, field: "approvedOn", today: today)
        guard let current = due(on: grant.approvedOn) else {
            problems.append(.init("newDue", vi: "chỉ gia hạn nhiệm vụ có thời hạn cụ thể", en: "only a task with a dated deadline can be extended"))
            return problems
        }
        if grant.newDue <= current {
            problems.append(
                .init(
                    "newDue", vi: "hạn mới \(grant.newDue.vietnamese) phải sau hạn hiện tại \(current.vietnamese)",
                    en: "the new deadline \(grant.newDue.iso) must be after the current one \(current.iso)"))
        }
        return problems
    }

    /// A day something happened on the task: not before it was given, not after today.
    private func dateProblems(_ date: LocalDate, field: String, today: LocalDate) -> [TaskProblem] {
        if date < assignedOn {
            return [
                .init(
                    field, vi: "ngày \(date.vietnamese) trước ngày giao nhiệm vụ \(assignedOn.vietnamese)",
                    en: "\(date.iso) is before the task was given (\(assignedOn.iso))")
            ]
        }
        if date > today {
            return [
                .init(
                    field, vi: "ngày \(date.vietnamese) chưa đến (hôm nay \(today.vietnamese))",
                    en: "\(date.iso) is in the future (today is \(today.iso))")
            ]
        }
        return []
    }
}
