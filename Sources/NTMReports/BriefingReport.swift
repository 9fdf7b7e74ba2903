import Foundation
import NTMCore
import NTMDOCX
import NTMExchange
import NTMFunds
import NTMOOXML
import NTMTasks

/// The Coordination Office's briefing report (báo cáo kết quả rà soát, đánh giá) for a scope at a cut-off, as a
/// Word document laid out per NĐ 30/2020/NĐ-CP. Every figure comes from the objects the pages and Excel downloads
/// are built from (`ScopeSummary`, the targets and tasks export tables, `FundFigures`); nothing is computed twice.
public struct BriefingReport: Sendable {
    public var summary: ScopeSummary
    public var cutOff: ReportCutOff
    public var issuer: ReportIssuer
    /// The date in the header's date line; the cut-off's day unless the office gives another.
    public var issuedOn: LocalDate
    public var sections: Set<ReportSection>
    /// The targets lying in the scope, as the targets page exports them; nil or empty leaves the part out.
    public var targets: ExportTable?
    /// The directives' tasks concerning the scope, given by the cut-off.
    public var tasks: [DirectiveTask]
    /// The directives those tasks come from, named before the tasks are counted.
    public var directives: [Directive]
    public var directory: OrganisationDirectory?
    /// The scope's funding figures for the cut-off's year; nil leaves the part out.
    public var funds: FundFigures?

    public init(
        summary: ScopeSummary, cutOff: ReportCutOff, issuer: ReportIssuer, issuedOn: LocalDate? = nil,
        sections: Set<ReportSection> = Set(ReportSection.allCases), targets: ExportTable? = nil, tasks: [DirectiveTask] = [],
        directives: [Directive] = [], directory: OrganisationDirectory? = nil, funds: FundFigures? = nil
    ) {
        self.summary = summary
        self.cutOff = cutOff
        self.issuer = issuer
        self.issuedOn = issuedOn ?? cutOff.date
        self.sections = sections
        self.targets = targets
        self.tasks = tasks
        self.directives = directives
        self.directory = directory
        self.funds = funds
    }

    public static let symbol = "BC-VPĐP"

    /// "Kết quả rà soát, đánh giá … đến ngày 30/06/2019": the subject under "BÁO CÁO".
    public var subject: [String] {
        ["Kết quả rà soát, đánh giá thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới", "đến ngày \(cutOff.date.vietnamese) - \(summary.scopeName)"]
    }

    /// The document: header, title, the chosen parts in order, the closing sentence, recipients and signature.
    public func document() -> DOCXDocument {
        let layout = AdministrativeLayout(issuer: issuer)
        var content: [DOCXBlock] = []
        var number = 0
        for section in ReportSection.allCases where sections.contains(section) {
            let blocks = part(section, layout: layout)
            guard !blocks.isEmpty else { continue }
            number += 1
            content.append(layout.heading(number, section.title))
            content += blocks
        }
        content.append(
            layout.body(
                "Trên đây là báo cáo kết quả rà soát, đánh giá thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới đến ngày "
                    + "\(cutOff.date.vietnamese) của \(issuer.sentenceName)./."))
        return layout.document(
            number: layout.numberLine(symbol: Self.symbol), date: issuedOn, kind: "BÁO CÁO", subject: subject, content: content,
            about: summary.scopeName, footer: { "\(cutOff.sentence) · mã dữ liệu \($0.prefix(12))" },
            custom: [
                ("ntm.report", "briefing"), ("ntm.scope", summary.scope.text), ("ntm.cutOff", cutOff.date.iso), ("ntm.basis", cutOff.basis),
                ("ntm.session", cutOff.session ?? ""),
                ("ntm.sections", ReportSection.allCases.filter(sections.contains).map(\.rawValue).joined(separator: ",")),
            ])
    }

    public func data() throws(OOXMLError) -> Data { try DOCXWriter.write(document()) }

    /// `bao-cao-giao-ban_registered-2019-84_2019-06-30.docx`: ASCII, so it survives every mail client.
    public var fileName: String { ReportFileName.make("bao-cao-giao-ban", scope: summary.scope.text, date: cutOff.date) }

    /// The name a browser saves the file under: Vietnamese, as the office files it.
    public var downloadName: String {
        "Báo cáo kết quả NTM - \(summary.scopeName) - \(cutOff.date.vietnamese.replacingOccurrences(of: "/", with: "-")).docx"
    }

    private func part(_ section: ReportSection, layout: AdministrativeLayout) -> [DOCXBlock] {
        switch section {
        case .summary: summaryPart(layout)
        case .districts: districtsPart(layout)
        case .communes: communesPart(layout)
        case .lagging: laggingPart(layout)
        case .alerts: alertsPart(layout)
        case .targets: targetsPart(layout)
        case .tasks: tasksPart(layout)
        case .funds: fundsPart(layout)
        }
    }

    private func summaryPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        var blocks = [
            layout.body(BriefingText.headline(summary, language: .vi), style: .bold),
            layout.body("Bộ tiêu chí áp dụng: \(summary.criteriaSetTitle) (\(summary.legalBasis)). \(cutOff.sentence)."),
        ]
        if summary.communes > summary.noDataCommunes {
            blocks.append(
                layout.body(
                    "Tổng số \(ReportText.count(summary.communes)) xã; \(BriefingText.padded(summary.atStandard)) xã đạt chuẩn "
                        + "(\(ReportText.percent(summary.atStandardPercent))); bình quân \(ReportText.decimal(summary.averageCriteria)) tiêu chí/xã.")
            )
        }
        let standings = summary.groups.compactMap { group in group.standing.map { (group.name, $0) } }
        if !standings.isEmpty {
            let items = standings.map {
                "\($0.0) đạt \($0.1.criteriaMet)/\($0.1.totalCriteria) tiêu chí" + ($0.1.reachedStandard ? " (đạt chuẩn)" : "")
            }
            blocks.append(layout.body("Cấp huyện: " + items.joined(separator: "; ") + "."))
        }
        if summary.usesIllustrativeThresholds {
            blocks.append(
                layout.body(
                    "Lưu ý: một số ngưỡng đánh giá là ngưỡng minh họa, chưa có văn bản làm căn cứ; kết quả liên quan chỉ để tham khảo.",
                    style: .italic))
        }
        return blocks
    }

    private func districtsPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        guard !summary.groups.isEmpty else { return [] }
        let table = ResultsExporter.summaryTable(summary, language: .vi)
        let bands = summary.bands.count
        let columns = Array(0..<(5 + bands + 1))
        let widths = [26.0, 8, 9, 10, 10] + Array(repeating: 8.0, count: bands) + [9]
        return [layout.table(table, columns: columns, widths: widths, points: 11, totalRow: true)]
    }

    private func communesPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        guard !summary.communeRows.isEmpty else { return [] }
        let table = ResultsExporter.communeTable(summary, language: .vi)
        return [layout.table(table, columns: [1, 2, 3, 7, 9], widths: [22, 20, 9, 37, 11], points: 11)]
    }

    /// No value at all is not "every criterion lagging everywhere": those parts say so instead of ranking zeros.
    private var hasData: Bool { summary.noDataCommunes < summary.communes }

    private func laggingPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        guard hasData else { return [layout.body("Chưa có số liệu đánh giá để xếp các tiêu chí.")] }
        guard !summary.laggingCriteria.isEmpty else { return [layout.body("Tất cả các tiêu chí đều đạt ở mọi xã.")] }
        let table = ResultsExporter.criteriaTable(summary, language: .vi)
        let position = Dictionary(uniqueKeysWithValues: summary.criteria.enumerated().map { ($1.number, $0) })
        let rows = summary.laggingCriteria.compactMap { position[$0.number].map { table.rows[$0] } }
        var blocks: [DOCXBlock] = []
        if let sentence = BriefingText.lagging(summary, limit: 5, language: .vi) { blocks.append(layout.body(sentence)) }
        blocks.append(layout.table(table, columns: [0, 1, 2, 4], widths: [10, 50, 12, 12], rows: rows))
        return blocks
    }

    private func alertsPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        let sentences = BriefingText.alerts(summary, language: .vi)
        guard !summary.alerts.isEmpty, hasData else { return [] }
        guard !sentences.isEmpty else {
            let levels = summary.alerts.map { "dưới \($0.below) tiêu chí" }.joined(separator: ", ")
            return [layout.body("Không có xã nào đạt \(levels).")]
        }
        return sentences.map { layout.body($0) }
    }

    private func targetsPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        guard let targets, !targets.rows.isEmpty else { return [] }
        return targets.notes.map { layout.body($0, style: .italic) } + [
            layout.table(targets, columns: [1, 3, 5, 4, 7], widths: [36, 15, 17, 16, 14], points: 11)
        ]
    }

    private func tasksPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        guard !tasks.isEmpty, let directory else { return [] }
        let date = cutOff.date
        // Counted as the scorecards count them; the office's card here stands for every task of the scope.
        var card = Scorecard(organisation: .office)
        var overdue: [DirectiveTask] = []
        for task in tasks {
            let timeliness = task.timeliness(on: date)
            card.count(timeliness)
            if case .overdue = timeliness { overdue.append(task) }
        }
        let counts = [
            "\(BriefingText.padded(card.doneOnTime)) hoàn thành đúng hạn", "\(BriefingText.padded(card.doneLate)) hoàn thành trễ hạn",
            "\(BriefingText.padded(card.withinDeadline)) đang thực hiện trong hạn", "\(BriefingText.padded(card.overdue)) quá hạn",
            "\(BriefingText.padded(card.noDeadline)) không có thời hạn",
        ]
        var blocks: [DOCXBlock] = directives.compactMap { directive in
            let given = tasks.filter { $0.directive == directive.id }.count
            guard given > 0 else { return nil }
            return layout.body(
                "\(directive.number) — \(directive.title): \(BriefingText.padded(given)) nhiệm vụ"
                    + (directive.illustrative ? " (văn bản minh họa)." : "."))
        }
        blocks += [
            layout.body(
                "Tổng số \(BriefingText.padded(tasks.count)) nhiệm vụ được giao đến ngày \(date.vietnamese): " + counts.joined(separator: ", ") + ".")
        ]
        if overdue.isEmpty {
            blocks.append(layout.body("Không có nhiệm vụ quá hạn."))
        } else {
            blocks.append(layout.body("Các nhiệm vụ quá hạn:", keepWithNext: true))
            let table = TasksExporter.table(overdue, on: date, directory: directory, language: .vi)
            blocks.append(layout.table(table, columns: [2, 3, 5, 9], widths: [52, 26, 12, 10], points: 11))
        }
        return blocks
    }

    private func fundsPart(_ layout: AdministrativeLayout) -> [DOCXBlock] {
        guard let funds, !funds.total.isEmpty else { return [] }
        var blocks: [DOCXBlock] = []
        if let sentence = funds.rateSentence(.vi) { blocks.append(layout.body("Nguồn vốn năm \(funds.year): \(sentence).")) }
        let rows: [[ExportTable.Cell]] = FundingSource.allCases.compactMap { source in
            guard let totals = funds.bySource[source], !totals.isEmpty else { return nil }
            return [
                .text(source.name.vi), .text(totals.planned.millionsText(.vi, decimals: 0)), .text(totals.disbursed.millionsText(.vi, decimals: 0)),
                totals.disbursementRate.map { .percent($0.rounded(decimals: 1)) } ?? .empty,
            ]
        }
        let table = ExportTable(
            sheetName: "Nguồn vốn", title: "Nguồn vốn",
            columns: [.init("Nguồn vốn"), .init("Kế hoạch (triệu đồng)"), .init("Đã giải ngân (triệu đồng)"), .init("Tỷ lệ giải ngân")],
            rows: rows + [
                [
                    .text("Tổng cộng"), .text(funds.total.planned.millionsText(.vi, decimals: 0)),
                    .text(funds.total.disbursed.millionsText(.vi, decimals: 0)),
                    funds.total.disbursementRate.map { .percent($0.rounded(decimals: 1)) } ?? .empty,
                ]
            ])
        blocks.append(layout.table(table, columns: [0, 1, 2, 3], widths: [40, 20, 20, 14], numbered: false, rightAligned: [1, 2], totalRow: true))
        if !funds.lagging.isEmpty {
            let names = funds.lagging.map { row in
                row.unit.name + (row.rate.map { " (\(ReportText.percent($0.rounded(decimals: 1))))" } ?? "")
            }
            blocks.append(
                layout.body("Đơn vị giải ngân dưới \(ReportText.percent(funds.alert)) kế hoạch năm: " + names.joined(separator: "; ") + "."))
        }
        return blocks
    }
}
