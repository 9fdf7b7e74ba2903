import NTMCore
import NTMTasks

/// What a report is built from: the day the figures are taken on and which values count (approved, the official
/// figures, or the latest), or a briefing session's frozen snapshot. The same cut-off over the same store gives
/// the same file, byte for byte.
public struct ReportCutOff: Hashable, Sendable {
    public var date: LocalDate
    /// `approved` or `latest`, as `ValueBasis` names them.
    public var basis: String
    /// The briefing session whose frozen figures were used, if any.
    public var session: String?

    public init(date: LocalDate, basis: String, session: String? = nil) {
        self.date = date
        self.basis = basis
        self.session = session
    }

    var basisText: String { basis == "approved" ? "số liệu đã phê duyệt" : "số liệu mới nhất (gồm số liệu chưa duyệt)" }

    /// "Số liệu đến ngày 30/06/2019 (số liệu đã phê duyệt)", with the session when frozen there.
    var sentence: String {
        "Số liệu đến ngày \(date.vietnamese) (\(basisText))" + (session.map { ", chốt tại cuộc họp \($0)" } ?? "")
    }

    /// The footer of a document built from a session's frozen figures: the cut-off, the session, the snapshot's
    /// stored hash and the document's own data hash, each shortened to 12 hex digits.
    static func frozenFooter(_ session: BriefingSession, snapshotHash: String, dataHash: String) -> String {
        "Số liệu chốt ngày \(session.snapshot.evaluatedOn.vietnamese) tại cuộc họp \(session.id) (sha256:\(snapshotHash.prefix(12)))"
            + " · mã dữ liệu \(dataHash.prefix(12))"
    }
}
