/// Where a value stands in review: entered by the commune, checked by the district or department,
/// approved by the province office.
public enum ReviewStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case submitted
    case verified
    case approved
    case returned

    /// Values can be changed only before review starts or after they were sent back.
    public var acceptsValueChanges: Bool { self == .draft || self == .returned }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.draft, .vi): "Nháp"
        case (.submitted, .vi): "Đã gửi"
        case (.verified, .vi): "Đã thẩm tra"
        case (.approved, .vi): "Đã phê duyệt"
        case (.returned, .vi): "Trả lại"
        case (.draft, .en): "Draft"
        case (.submitted, .en): "Submitted"
        case (.verified, .en): "Verified"
        case (.approved, .en): "Approved"
        case (.returned, .en): "Returned"
        }
    }
}

/// A step in the review of a value.
public enum ReviewAction: Hashable, Sendable {
    case submit
    case verify
    case approve
    /// Send back with what to fix.
    case sendBack(comment: String)
    /// Unlock an approved value (province office only); the reason is recorded.
    case reopen(comment: String)

    public var name: String {
        switch self {
        case .submit: "submit"
        case .verify: "verify"
        case .approve: "approve"
        case .sendBack: "return"
        case .reopen: "reopen"
        }
    }

    public var comment: String? {
        switch self {
        case .sendBack(let comment), .reopen(let comment): comment
        default: nil
        }
    }

    /// Parses the API's action names; `return` and `reopen` need a comment.
    public init?(name: String, comment: String?) {
        let trimmed = comment?.trimmingSpaces() ?? ""
        switch name {
        case "submit": self = .submit
        case "verify": self = .verify
        case "approve": self = .approve
        case "return" where !trimmed.isEmpty: self = .sendBack(comment: trimmed)
        case "reopen" where !trimmed.isEmpty: self = .reopen(comment: trimmed)
        default: return nil
        }
    }
}

/// Why a value cannot change or move to the requested review step.
public enum ReviewError: Error, Hashable, Sendable {
    case notAllowed(from: ReviewStatus, action: String)
    /// Approved values are locked until the province office reopens them.
    case locked
    /// A value under review (submitted or verified) cannot be edited until it is returned.
    case underReview(ReviewStatus)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notAllowed(let from, let action), .vi): "không thể '\(action)' giá trị đang ở trạng thái '\(from.name(.vi))'"
        case (.notAllowed(let from, let action), .en): "cannot \(action) a value that is \(from.name(.en).lowercased())"
        case (.locked, .vi): "giá trị đã được phê duyệt và bị khóa; Văn phòng Điều phối phải mở lại trước khi sửa"
        case (.locked, .en): "the value is approved and locked; the coordination office must reopen it first"
        case (.underReview(let status), .vi): "giá trị đang được xem xét (\(status.name(.vi))); cần được trả lại trước khi sửa"
        case (.underReview(let status), .en): "the value is under review (\(status.name(.en).lowercased())); it must be returned before it can change"
        }
    }
}

extension ReviewStatus {
    /// The status after `action`, or why the step is not allowed.
    public func applying(_ action: ReviewAction) throws(ReviewError) -> ReviewStatus {
        switch (self, action) {
        case (.draft, .submit), (.returned, .submit): return .submitted
        case (.submitted, .verify): return .verified
        case (.verified, .approve): return .approved
        case (.submitted, .sendBack), (.verified, .sendBack): return .returned
        case (.approved, .reopen): return .draft
        default: throw .notAllowed(from: self, action: action.name)
        }
    }

    /// Checks that a new value may replace one in this status.
    public func checkValueChange() throws(ReviewError) {
        switch self {
        case .draft, .returned: return
        case .approved: throw .locked
        case .submitted, .verified: throw .underReview(self)
        }
    }
}

extension String {
    func trimmingSpaces() -> String { String(Substring(self).trimmingSpaces()) }
}
