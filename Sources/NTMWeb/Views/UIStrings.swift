import NTMCore

/// The interface's words, Vietnamese first; templates read them as `{{t.key}}`.
enum UIStrings {
    static func table(_ language: Language) -> [String: String] {
        language == .vi ? vietnamese : english
    }

    static let vietnamese: [String: String] = [
        "appName": "NTM Monitor", "appTagline": "Theo dõi xây dựng nông thôn mới",
        "overview": "Tổng quan", "briefing": "Giao ban", "matrix": "Ma trận tiêu chí", "review": "Thẩm định", "criteria": "Bộ tiêu chí",
        "audit": "Nhật ký", "entry": "Nhập liệu", "login": "Đăng nhập", "logout": "Đăng xuất", "username": "Tên đăng nhập",
        "password": "Mật khẩu", "signIn": "Đăng nhập", "skip": "Bỏ qua, đến nội dung chính", "language": "English",
        "date": "Ngày đánh giá", "scope": "Phạm vi", "show": "Xem", "bands": "Cách nhóm", "communes": "Số xã", "atStandard": "Đạt chuẩn",
        "share": "Tỷ lệ", "average": "BQ tiêu chí/xã", "unit": "Đơn vị", "districtCriteria": "Tiêu chí huyện",
        "criteriaChart": "Số xã đạt từng tiêu chí", "trend": "Tỷ lệ xã đạt chuẩn theo thời gian", "lagging": "Tiêu chí đạt thấp nhất",
        "criterion": "Tiêu chí", "indicator": "Chỉ tiêu", "value": "Giá trị", "threshold": "Ngưỡng", "gap": "Còn thiếu", "status": "Kết quả",
        "source": "Nguồn số liệu", "evidence": "Minh chứng", "thresholdSource": "Nguồn ngưỡng", "history": "Lịch sử",
        "illustrative": "minh họa", "notConfigured": "chưa cấu hình", "nearest": "Tiêu chí gần đạt nhất", "district": "Huyện",
        "commune": "Xã", "criteriaMet": "Số tiêu chí đạt", "unmet": "Tiêu chí chưa đạt", "reviewQueue": "Hàng chờ thẩm định",
        "verify": "Thẩm tra đạt", "returnValue": "Trả lại", "approve": "Phê duyệt", "submit": "Gửi thẩm định", "saveDraft": "Lưu nháp",
        "comment": "Ý kiến", "newValue": "Giá trị mới", "numerator": "Tử số", "denominator": "Mẫu số", "note": "Ghi chú",
        "current": "Hiện tại", "revision": "Phiên bản", "liveEvaluation": "Kết quả tạm tính khi nhập", "legalBasis": "Căn cứ",
        "validity": "Hiệu lực", "missing": "Còn thiếu trong bộ tiêu chí", "overlay": "Bộ tiêu chí của tỉnh", "actor": "Người thực hiện",
        "action": "Thao tác", "entity": "Đối tượng", "at": "Thời điểm", "before": "Trước", "after": "Sau", "filter": "Lọc",
        "next": "Tiếp", "previous": "Trước", "fullScreen": "Toàn màn hình", "registeredFor": "Các xã đăng ký năm",
        "syntheticNotice": "Dữ liệu demo tổng hợp, không phải số liệu thật.",
        "illustrativeNotice": "Có dùng ngưỡng minh họa (không phải số liệu pháp lý).",
        "undeterminedNotice": "xã có tiêu chí chưa xác định (thiếu số liệu hoặc chưa cấu hình ngưỡng).",
        "nothingToReview": "Không có giá trị chờ thẩm định.",
        "reachedStandard": "Đạt chuẩn NTM",
        "notReached": "Chưa đạt chuẩn", "kind": "Cách đo", "sources": "Nguồn",
        "all": "Tất cả", "province": "Tỉnh", "step": "Bước", "alerts": "Cảnh báo",
        "met": "Đạt", "notMet": "Chưa đạt", "notApplicable": "Không xét", "noData": "Chưa có số liệu",
        "entryHelp": "Tỷ lệ: nhập tử số và mẫu số. Giá trị đã phê duyệt bị khóa cho đến khi Văn phòng Điều phối mở lại.",
        "conflictHelp": "Nếu người khác đã sửa cùng giá trị, hệ thống từ chối và yêu cầu tải lại.",
        "preconditions": "Điều kiện tiên quyết", "incomplete": "chưa đầy đủ", "from": "Từ ngày", "to": "Đến ngày",
        "incompleteNotice": "Bộ tiêu chí này chưa đầy đủ: các ngưỡng chưa có nguồn được để trống, không đoán.",
        "nothingFound": "Không có mục nào.",
    ]

    static let english: [String: String] = [
        "appName": "NTM Monitor", "appTagline": "New Rural Development monitoring",
        "overview": "Overview", "briefing": "Briefing", "matrix": "Criteria matrix", "review": "Review", "criteria": "Criteria sets",
        "audit": "Audit log", "entry": "Data entry", "login": "Sign in", "logout": "Sign out", "username": "Username",
        "password": "Password", "signIn": "Sign in", "skip": "Skip to main content", "language": "Tiếng Việt",
        "date": "Assessment date", "scope": "Scope", "show": "Show", "bands": "Grouping", "communes": "Communes", "atStandard": "At standard",
        "share": "Share", "average": "Avg criteria", "unit": "Unit", "districtCriteria": "District criteria",
        "criteriaChart": "Communes meeting each criterion", "trend": "Share of communes at the standard over time", "lagging": "Weakest criteria",
        "criterion": "Criterion", "indicator": "Indicator", "value": "Value", "threshold": "Threshold", "gap": "Still needed", "status": "Result",
        "source": "Data source", "evidence": "Evidence", "thresholdSource": "Threshold source", "history": "History",
        "illustrative": "illustrative", "notConfigured": "not configured", "nearest": "Criteria nearest to being met", "district": "District",
        "commune": "Commune", "criteriaMet": "Criteria met", "unmet": "Criteria not met", "reviewQueue": "Review queue",
        "verify": "Verify", "returnValue": "Return", "approve": "Approve", "submit": "Submit for review", "saveDraft": "Save draft",
        "comment": "Comment", "newValue": "New value", "numerator": "Numerator", "denominator": "Denominator", "note": "Note",
        "current": "Current", "revision": "Revision", "liveEvaluation": "Provisional result while typing", "legalBasis": "Legal basis",
        "validity": "In force", "missing": "Missing from the set", "overlay": "Provincial overlay", "actor": "By",
        "action": "Action", "entity": "Entity", "at": "When", "before": "Before", "after": "After", "filter": "Filter",
        "next": "Next", "previous": "Previous", "fullScreen": "Full screen", "registeredFor": "Communes registered for",
        "syntheticNotice": "Synthetic demo data, not real figures.", "illustrativeNotice": "Uses illustrative thresholds (not legal numbers).",
        "undeterminedNotice": "communes have undetermined criteria (missing data or thresholds not configured).",
        "nothingToReview": "Nothing is waiting for review.",
        "reachedStandard": "At the NTM standard",
        "notReached": "Not yet at the standard", "kind": "Kind", "sources": "Sources",
        "all": "All", "province": "Province", "step": "Step", "alerts": "Alerts",
        "met": "Met", "notMet": "Not met", "notApplicable": "Not applicable", "noData": "No data",
        "entryHelp": "Percentages: enter numerator and denominator. Approved values are locked until the coordination office reopens them.",
        "conflictHelp": "If someone else changed the same value meanwhile, the save is refused and you are asked to reload.",
        "preconditions": "Preconditions", "incomplete": "incomplete", "from": "From", "to": "To",
        "incompleteNotice": "This criteria set is incomplete: thresholds without a source are left unset, never guessed.",
        "nothingFound": "Nothing found.",
    ]
}
