import Foundation
import NTMCore
import NTMData
import NTMStore
import NTMTasks
import Testing

@testable import NTMReports

@Suite("Briefing report of frozen figures", .serialized)
struct FrozenBriefingReportTests {
    @Test(
        "a session's report prints its frozen bands and xã, and stays the same after a value changes; the live report moves",
        .enabled(if: ReportTools.pythonDocxAvailable, "python3 with python-docx is not installed (pip install python-docx==1.2.0)"))
    func frozen() async throws {
        // A store of its own: this test changes a value the other suites' expectations rest on.
        let demo = try await DemoReports.make()
        let (service, desk) = (demo.service, demo.desk)
        let before = try await desk.frozenBriefing(session: "giao-ban-2019-07-24").data()
        let dump = try await ReportTools.dump(before, name: "frozen")
        #expect(dump.paragraphs.contains(DemoReports.headline))
        let bands = try #require(dump.tables.first { $0.rows.first?.first == "TT" && $0.rows.first?.contains("Số xã") == true })
        #expect(
            bands.rows == [
                ["TT", "Nhóm theo số tiêu chí đạt", "Số xã"], ["1", "19/19", "2"], ["2", "14–18", "13"], ["3", "Dưới 14", "2"], ["", "Tổng", "17"],
            ])
        #expect(dump.footer.first?.hasPrefix("Số liệu chốt ngày 30/06/2019 tại cuộc họp giao-ban-2019-07-24 (sha256:") == true)

        // Xã Đức Mỹ's last unmet criterion (TC11, poverty) is met by a new revision of its value on the cut-off day,
        // once the office has reopened the approved one.
        let slot = ObservationSlot(unit: "29305", criteriaSet: "commune-2016-2020", indicator: "11", date: DemoReports.briefingDate)
        _ = try await service.review([ReviewRequest(slot: slot, action: .reopen(comment: "sửa số hộ nghèo"), expected: .latest)], by: "test")
        let value = Observation(
            unit: "29305", criteriaSet: "commune-2016-2020", indicator: "11", date: DemoReports.briefingDate,
            value: .ratio(numerator: 150, denominator: 2927), source: "Báo cáo xã")
        _ = try await service.importValues([ObservationChange(value, expected: .latest)], status: .approved, by: "test", batch: "frozen")
        let live = try await desk.briefing(.init(scope: .registered(year: 2019, within: "84"), date: DemoReports.briefingDate))
        #expect(BriefingText.headline(live.summary, language: .vi).hasPrefix("Kết quả đến nay, có 03/17 xã đạt 19/19 tiêu chí"))
        #expect(try await desk.frozenBriefing(session: "giao-ban-2019-07-24").data() == before, "the frozen report did not move")
    }
}
