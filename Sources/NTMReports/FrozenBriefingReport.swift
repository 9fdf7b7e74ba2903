import Foundation
import NTMCore
import NTMDOCX
import NTMExchange
import NTMOOXML
import NTMTasks

/// The briefing report of a session's frozen figures (chốt số liệu): exactly what the meeting was shown, whatever
/// values changed since. It prints only what the snapshot holds — the headline, the bands and each xã's result as
/// frozen — and carries the snapshot's stored hash, so anyone can check it against the session.
public struct FrozenBriefingReport: Sendable {
    public var session: BriefingSession
    /// The snapshot's content hash as stored.
    public var snapshotHash: String
    public var issuer: ReportIssuer
    /// The title of the criteria set the snapshot was evaluated against, when the catalog still has it.
    public var criteriaSetTitle: String?

    public init(session: BriefingSession, snapshotHash: String, issuer: ReportIssuer, criteriaSetTitle: String? = nil) {
        self.session = session
        self.snapshotHash = snapshotHash
        self.issuer = issuer
        self.criteriaSetTitle = criteriaSetTitle
    }

    var snapshot: BriefingSnapshot { session.snapshot }

    public var cutOff: ReportCutOff { ReportCutOff(date: snapshot.evaluatedOn, basis: snapshot.basis, session: session.id) }

    public var subject: [String] {
        [
            "Kết quả rà soát, đánh giá thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới",
            "đến ngày \(snapshot.evaluatedOn.vietnamese) - \(snapshot.scopeName)",
        ]
    }

    public func document() -> DOCXDocument {
        let layout = AdministrativeLayout(issuer: issuer)
        var content: [DOCXBlock] = [
            layout.heading(1, ReportSection.summary.title),
            layout.body(snapshot.headline, style: .bold),
            layout.body(
                (criteriaSetTitle.map { "Bộ tiêu chí áp dụng: \($0). " } ?? "")
                    + "\(cutOff.sentence) ngày \(session.heldOn.vietnamese); số liệu giữ nguyên như đã báo cáo tại cuộc họp."),
        ]
        let bands = ExportTable(
            sheetName: "Nhóm", title: snapshot.scopeName, columns: [.init("Nhóm theo số tiêu chí đạt"), .init("Số xã")],
            rows: snapshot.bands.map { band in
                [.text(BandScheme.label(min: band.min, max: band.max, total: snapshot.totalCriteria, language: .vi)), .integer(band.communes)]
            } + [[.text("Tổng"), .integer(snapshot.communes.count)]])
        content.append(layout.heading(2, "Kết quả theo nhóm"))
        content.append(layout.table(bands, columns: [0, 1], widths: [60, 20], totalRow: true))
        if !snapshot.communes.isEmpty {
            let communes = ExportTable(
                sheetName: "Xã", title: snapshot.scopeName,
                columns: [.init("Tên xã"), .init("Huyện"), .init("Số tiêu chí đạt"), .init("Tiêu chí chưa đạt")],
                rows: snapshot.communes.map { commune in
                    [
                        .text(commune.name), .text(commune.district), commune.hasData ? .integer(commune.criteriaMet) : .text("Chưa có số liệu"),
                        .text(commune.unmet.map { "TC\($0)" }.joined(separator: ", ")),
                    ]
                })
            content.append(layout.heading(3, ReportSection.communes.title))
            content.append(layout.table(communes, columns: [0, 1, 2, 3], widths: [24, 22, 10, 44], points: 11))
        }
        content.append(
            layout.body(
                "Trên đây là báo cáo kết quả rà soát, đánh giá thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới đến ngày "
                    + "\(snapshot.evaluatedOn.vietnamese) của \(issuer.sentenceName)./."))
        return layout.document(
            number: layout.numberLine(symbol: BriefingReport.symbol), date: session.heldOn, kind: "BÁO CÁO", subject: subject,
            content: content, about: snapshot.scopeName,
            footer: { ReportCutOff.frozenFooter(session, snapshotHash: snapshotHash, dataHash: $0) },
            custom: [
                ("ntm.report", "briefing-frozen"), ("ntm.scope", snapshot.scope), ("ntm.cutOff", snapshot.evaluatedOn.iso),
                ("ntm.basis", snapshot.basis), ("ntm.session", session.id), ("ntm.snapshotHash", "sha256:" + snapshotHash),
            ])
    }

    public func data() throws(OOXMLError) -> Data { try DOCXWriter.write(document()) }

    public var fileName: String { ReportFileName.make("bao-cao-giao-ban", scope: session.id, date: snapshot.evaluatedOn) }

    public var downloadName: String {
        "Báo cáo kết quả NTM - \(snapshot.scopeName) - \(snapshot.evaluatedOn.vietnamese.replacingOccurrences(of: "/", with: "-")) - số liệu chốt.docx"
    }
}
