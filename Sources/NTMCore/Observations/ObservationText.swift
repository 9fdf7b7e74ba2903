/// How long the free text that travels with a value may be. Far above any real source note or file reference,
/// and low enough that nobody can fill the store or a history page with one request (three 15 MB sources once
/// made a 63 MB page).
public enum ObservationText {
    public static let sourceLimit = 500
    public static let evidenceLimit = 1_000
    public static let commentLimit = 2_000

    /// The first text field over its limit, with the limit.
    public static func problem(source: String?, evidence: String?, comment: String?) -> (field: String, limit: Int)? {
        if let source, source.count > sourceLimit { return ("source", sourceLimit) }
        if let evidence, evidence.count > evidenceLimit { return ("evidence", evidenceLimit) }
        if let comment, comment.count > commentLimit { return ("comment", commentLimit) }
        return nil
    }

    public static func message(field: String, limit: Int) -> LocalizedText {
        let vi = ["source": "nguồn số liệu", "evidence": "tài liệu minh chứng", "comment": "ghi chú"][field] ?? field
        return LocalizedText(vi: "\(vi) dài quá \(limit) ký tự", en: "\(field) is longer than \(limit) characters")
    }
}
