import NTMCore
import Testing

@testable import NTMTasks

/// Days counted by hand on the 2019 calendar (October has 31 days, November 30).
@Suite("Task timeliness")
struct TimelinessTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func task(
        _ deadline: TaskDeadline, extensions: [DeadlineExtension] = [], reports: [String] = [], completedOn: String? = nil,
        lead: OrganisationRef = .department("SNNPTNT"), id: String = "t"
    ) -> DirectiveTask {
        DirectiveTask(
            id: id, text: "Hướng dẫn xã hoàn thành tiêu chí 17", lead: lead, units: ["29263"], criteria: [17],
            assignedOn: day("2019-07-24"), deadline: deadline, extensions: extensions,
            reports: reports.map { ProgressReport(date: day($0), text: "Đã làm", by: "so-nnptnt") },
            completedOn: completedOn.map(day))
    }

    @Test("a dated task is within its deadline up to the day, then overdue by the days since")
    func datedDeadline() {
        let task = Self.task(.on(Self.day("2019-10-15")))
        #expect(task.timeliness(on: Self.day("2019-10-01")) == .withinDeadline(daysLeft: 14))
        #expect(task.timeliness(on: Self.day("2019-10-15")) == .withinDeadline(daysLeft: 0))
        #expect(task.timeliness(on: Self.day("2019-11-20")) == .overdue(days: 36))
        #expect(OverdueAge(days: 36) == .upTo90)
        #expect(task.timeliness(on: Self.day("2019-11-20")).text(.vi) == "Quá hạn 36 ngày")
    }

    @Test("done by the deadline is on time, after it late by the days between; not before it is done")
    func completion() {
        let onTime = Self.task(.on(Self.day("2019-10-15")), completedOn: "2019-10-10")
        #expect(onTime.timeliness(on: Self.day("2019-11-20")) == .doneOnTime)
        #expect(onTime.timeliness(on: Self.day("2019-10-09")) == .withinDeadline(daysLeft: 6))
        let late = Self.task(.on(Self.day("2019-10-15")), completedOn: "2019-10-25")
        #expect(late.timeliness(on: Self.day("2019-11-20")) == .doneLate(days: 10))
        #expect(late.timeliness(on: Self.day("2019-11-20")).text(.vi) == "Hoàn thành trễ 10 ngày")
    }

    @Test("an approved extension moves the deadline from its approval on and keeps the original visible")
    func extensionKeepsOriginal() {
        let extended = DeadlineExtension(approvedOn: Self.day("2019-10-10"), newDue: Self.day("2019-10-31"), reference: "123/UBND-NN")
        let task = Self.task(.on(Self.day("2019-10-15")), extensions: [extended])
        #expect(task.originalDue == Self.day("2019-10-15"))
        #expect(task.due(on: Self.day("2019-10-09")) == Self.day("2019-10-15"))
        #expect(task.due(on: Self.day("2019-10-20")) == Self.day("2019-10-31"))
        #expect(task.timeliness(on: Self.day("2019-10-20")) == .withinDeadline(daysLeft: 11))
        #expect(task.timeliness(on: Self.day("2019-11-02")) == .overdue(days: 2))
        let done = Self.task(.on(Self.day("2019-10-15")), extensions: [extended], completedOn: "2019-10-25")
        #expect(done.timeliness(on: Self.day("2019-11-20")) == .doneOnTime)
    }

    @Test("a task without a deadline turns stale after three months without a report")
    func staleWithoutDeadline() {
        let silent = Self.task(.none)
        #expect(silent.timeliness(on: Self.day("2019-10-24")) == .noDeadline(stale: false))
        #expect(silent.timeliness(on: Self.day("2019-10-25")) == .noDeadline(stale: true))
        let reported = Self.task(.none, reports: ["2019-09-01"])
        #expect(reported.timeliness(on: Self.day("2019-10-25")) == .noDeadline(stale: false))
        #expect(reported.timeliness(on: Self.day("2019-12-02")) == .noDeadline(stale: true))
        // A report written after the day asked about does not count on that day.
        let later = Self.task(.none, reports: ["2019-12-01"])
        #expect(later.timeliness(on: Self.day("2019-11-01")) == .noDeadline(stale: true))
    }

    @Test("a monthly duty is overdue from each due day until that period's report arrives")
    func monthlyReports() {
        let none = Self.task(.monthly(day: 25))
        #expect(none.timeliness(on: Self.day("2019-07-24")) == .withinDeadline(daysLeft: 1))
        #expect(none.timeliness(on: Self.day("2019-07-26")) == .overdue(days: 1))
        let july = Self.task(.monthly(day: 25), reports: ["2019-07-25"])
        #expect(july.timeliness(on: Self.day("2019-07-26")) == .withinDeadline(daysLeft: 30))
        #expect(july.timeliness(on: Self.day("2019-08-26")) == .overdue(days: 1))
        let august = Self.task(.monthly(day: 25), reports: ["2019-07-25", "2019-08-20"])
        #expect(august.timeliness(on: Self.day("2019-08-26")) == .withinDeadline(daysLeft: 30))
        #expect(
            TaskDeadline.monthlyDueDays(day: 31, after: Self.day("2019-07-24"), through: Self.day("2019-10-01"))
                == [Self.day("2019-07-31"), Self.day("2019-08-31"), Self.day("2019-09-30")])
    }

    @Test("scorecards count each lead's tasks; attention lists the longest overdue first, then stale ones")
    func scorecards() {
        let health = OrganisationRef.department("SYT")
        let tasks = [
            Self.task(.on(Self.day("2019-10-15")), completedOn: "2019-10-10", id: "a"),
            Self.task(.on(Self.day("2019-10-15")), completedOn: "2019-10-25", id: "b"),
            Self.task(.on(Self.day("2019-08-01")), id: "c"),
            Self.task(.on(Self.day("2019-12-31")), id: "d"),
            Self.task(.none, lead: health, id: "e"),
            Self.task(.on(Self.day("2019-11-15")), lead: health, id: "f"),
        ]
        let date = Self.day("2019-12-01")
        let cards = Scorecard.cards(for: tasks, on: date)
        #expect(cards.map(\.organisation) == [.department("SNNPTNT"), health])
        let agriculture = cards[0]
        #expect(
            [agriculture.doneOnTime, agriculture.doneLate, agriculture.withinDeadline, agriculture.overdue, agriculture.noDeadline]
                == [1, 1, 1, 1, 0])
        #expect(agriculture.overdueByAge == [.over120: 1])  // 1/8 → 1/12: 122 days
        #expect([cards[1].overdue, cards[1].noDeadline, cards[1].stale] == [1, 1, 1])
        #expect(cards[1].overdueByAge == [.upTo30: 1])  // 15/11 → 1/12: 16 days
        #expect(Scorecard.attention(tasks, on: date).map(\.id) == ["c", "f", "e"])
    }
}
