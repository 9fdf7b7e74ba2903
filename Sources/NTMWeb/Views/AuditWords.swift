import NTMCore

/// The audit trail's stored names (stable strings the API and filters use) as people read them.
enum AuditWords {
    static let actions: [(name: String, text: LocalizedText)] = [
        ("write", LocalizedText(vi: "Nhập, sửa giá trị", en: "Value entered or changed")),
        ("import", LocalizedText(vi: "Nhập file", en: "File imported")),
        ("submit", LocalizedText(vi: "Gửi thẩm định", en: "Submitted for review")),
        ("verify", LocalizedText(vi: "Thẩm tra đạt", en: "Verified")),
        ("approve", LocalizedText(vi: "Phê duyệt", en: "Approved")),
        ("return", LocalizedText(vi: "Trả lại", en: "Returned")),
        ("reopen", LocalizedText(vi: "Mở lại", en: "Reopened")),
        ("create-user", LocalizedText(vi: "Tạo người dùng", en: "User created")),
        ("update-user", LocalizedText(vi: "Sửa người dùng", en: "User changed")),
        ("change-password", LocalizedText(vi: "Đổi mật khẩu", en: "Password changed")),
        ("sign-in", LocalizedText(vi: "Đăng nhập", en: "Signed in")),
        ("sign-in-failed", LocalizedText(vi: "Đăng nhập sai", en: "Failed sign-in")),
        ("sign-in-refused", LocalizedText(vi: "Đăng nhập bị chặn", en: "Sign-in refused")),
        ("sign-out", LocalizedText(vi: "Đăng xuất", en: "Signed out")),
        ("register", LocalizedText(vi: "Đăng ký năm đạt chuẩn", en: "Target year registered")),
        ("replace-units", LocalizedText(vi: "Thay danh mục đơn vị", en: "Units replaced")),
        ("load-criteria", LocalizedText(vi: "Nạp bộ tiêu chí", en: "Criteria loaded")),
        ("create-target", LocalizedText(vi: "Đặt mục tiêu", en: "Target set")),
        ("update-target", LocalizedText(vi: "Sửa mục tiêu", en: "Target changed")),
    ]

    static let entities: [String: LocalizedText] = [
        "observation": LocalizedText(vi: "Giá trị chỉ tiêu", en: "Indicator value"),
        "user": LocalizedText(vi: "Người dùng", en: "User"),
        "session": LocalizedText(vi: "Phiên đăng nhập", en: "Session"),
        "units": LocalizedText(vi: "Danh mục đơn vị", en: "Units"),
        "registration": LocalizedText(vi: "Đăng ký đạt chuẩn", en: "Registration"),
        "criteria-document": LocalizedText(vi: "Văn bản bộ tiêu chí", en: "Criteria document"),
        "target": LocalizedText(vi: "Mục tiêu", en: "Target"),
    ]

    /// The action's words; a name this list does not know yet is shown as stored rather than hidden.
    static func action(_ name: String, _ language: Language) -> String {
        actions.first { $0.name == name }?.text.text(language) ?? name
    }

    static func entity(_ name: String, _ language: Language) -> String {
        entities[name]?.text(language) ?? name
    }
}
