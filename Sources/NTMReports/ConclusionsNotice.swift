import Foundation
import NTMCore
import NTMDOCX
import NTMOOXML
import NTMTasks

/// The notice of a briefing's conclusions (thông báo kết luận): the meeting, the figures frozen for it, the
/// conclusions' text and each task with its lead, supporting organisations and deadline. Built from the stored
/// session, its snapshot hash and the directive that records it, so it can be regenerated identically at any time.
public struct ConclusionsNotice: Sendable {
    public var session: BriefingSession
    /// The snapshot's content hash as stored: the cut-off this notice is built from.
    public var snapshotHash: String
    public var directive: Directive
    public var tasks: [DirectiveTask]
    public var directory: OrganisationDirectory
    public var issuer: ReportIssuer

    public init(
        session: BriefingSession, snapshotHash: String, directive: Directive, tasks: [DirectiveTask], directory: OrganisationDirectory,
        issuer: ReportIssuer
    ) {
        self.session = session
        self.snapshotHash = snapshotHash
        self.directive = directive
        self.tasks = tasks
        self.directory = directory
        self.issuer = issuer
    }

    public var cutOff: ReportCutOff {
        ReportCutOff(date: session.snapshot.evaluatedOn, basis: session.snapshot.basis, session: session.id)
    }

    public var subject: [String] {
        ["Kết luận của \(session.chair)", "tại \(session.title.lowercasedFirstLetter) ngày \(session.heldOn.vietnamese)"]
    }

    public func document() -> DOCXDocument {
        var issuer = issuer
        issuer.signerName = directive.signer
        let layout = AdministrativeLayout(issuer: issuer)
        let snapshot = session.snapshot
        let participants = session.participants.map { directory.organisation($0)?.name.vi ?? $0.text }
        var content: [DOCXBlock] = [
            layout.body(
                "Ngày \(session.heldOn.vietnamese), \(session.chair) chủ trì \(session.title.lowercasedFirstLetter)"
                    + (participants.isEmpty ? "." : ". Tham dự có: " + participants.joined(separator: ", ") + ".")),
            layout.body("Số liệu báo cáo tại cuộc họp (chốt đến ngày \(snapshot.evaluatedOn.vietnamese), \(cutOff.basisText)): \(snapshot.headline)"),
            layout.body("Sau khi nghe báo cáo và ý kiến của các đại biểu, \(session.chair) kết luận như sau:", keepWithNext: true),
        ]
        for paragraph in Self.paragraphs(of: directive.text) { content.append(layout.body(paragraph)) }
        if !tasks.isEmpty {
            content.append(layout.body("Giao nhiệm vụ cụ thể:", style: .bold, keepWithNext: true))
            for (index, task) in tasks.enumerated() {
                let lead = directory.organisation(task.lead)?.name.vi ?? task.lead.text
                let supporting = task.supporting.map { directory.organisation($0)?.name.vi ?? $0.text }
                var sentence = "\(index + 1). \(task.text.trimmingCharacters(in: .whitespaces))"
                if !sentence.hasSuffix(".") { sentence += "." }
                sentence += " Chủ trì: \(lead)"
                if !supporting.isEmpty { sentence += "; phối hợp: " + supporting.joined(separator: ", ") }
                sentence += ". Thời hạn: \(task.deadline.display(.vi))" + (task.deadlineIllustrative ? " (minh họa)" : "") + "."
                content.append(layout.body(sentence))
            }
        }
        content.append(layout.body("\(issuer.sentenceName) thông báo để các cơ quan, đơn vị biết, thực hiện./."))
        if directive.illustrative {
            content.append(layout.body("Văn bản minh họa từ dữ liệu mẫu, không phải văn bản đã ban hành.", style: .italic))
        }
        return layout.document(
            number: numberLine(layout), date: directive.issuedOn, kind: "THÔNG BÁO", subject: subject, content: content, about: directive.title,
            footer: { ReportCutOff.frozenFooter(session, snapshotHash: snapshotHash, dataHash: $0) },
            custom: [
                ("ntm.report", "conclusions"), ("ntm.session", session.id), ("ntm.directive", directive.id), ("ntm.cutOff", cutOff.date.iso),
                ("ntm.basis", cutOff.basis), ("ntm.snapshotHash", "sha256:" + snapshotHash),
            ])
    }

    /// The directive's number when it has one ("245/TB-UBND": digits, then the symbol); a blank number for the
    /// clerk otherwise (the demo's directive is named, "Kết luận … ngày 24/07/2019", not numbered).
    func numberLine(_ layout: AdministrativeLayout) -> String {
        directive.number.first?.isNumber == true && directive.number.contains("/")
            ? "Số: \(directive.number)" : layout.numberLine(symbol: Self.symbol)
    }

    public static let symbol = "TB-VPĐP"

    /// The directive's text as paragraphs. Text kept in files is wrapped at a line length: a line that starts in
    /// lower case continues the sentence before it, any other line (or a blank line) starts a new paragraph.
    static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
            } else if let first = line.first, first.isLowercase, !current.isEmpty {
                current += " " + line
            } else {
                if !current.isEmpty { paragraphs.append(current) }
                current = line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    public func data() throws(OOXMLError) -> Data { try DOCXWriter.write(document()) }

    public var downloadName: String {
        "Thông báo kết luận - \(session.title) - \(session.heldOn.vietnamese.replacingOccurrences(of: "/", with: "-")).docx"
    }

    public var fileName: String { ReportFileName.make("thong-bao-ket-luan", scope: session.id, date: session.heldOn) }
}

extension String {
    /// "Họp giao ban …" → "họp giao ban …" inside a sentence.
    var lowercasedFirstLetter: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
