import NTMCore

/// Reads a review step named by a form or API client, and says what is wrong when it cannot.
enum ReviewActionInput {
    /// The action, or the part that is wrong ("comment" or "action") with a message saying what to send.
    static func parse(_ name: String, comment: String?) -> Result<ReviewAction, ReviewActionProblem> {
        if let action = ReviewAction(name: name, comment: comment) { return .success(action) }
        if ["return", "reopen"].contains(name) {
            return .failure(
                ReviewActionProblem(
                    part: "comment",
                    message: LocalizedText(
                        vi: "'\(name)' cần ý kiến (comment) nói rõ lý do", en: "'\(name)' needs a comment giving the reason")))
        }
        return .failure(
            ReviewActionProblem(
                part: "action",
                message: LocalizedText(
                    vi: "thao tác '\(name)' không hợp lệ (submit, verify, approve, return, reopen)",
                    en: "unknown action '\(name)' (submit, verify, approve, return, reopen)")))
    }
}

/// Why a review step could not be read.
struct ReviewActionProblem: Error {
    var part: String
    var message: LocalizedText
}
