import NTMCore

/// The columns of a data-entry template, shared by the writer and the importer so they cannot drift.
enum TemplateColumn: Int, CaseIterable {
    case unit, unitName, criterion, indicator, indicatorName, howToEnter, threshold, currentValue, status, revision
    case newValue, numerator, denominator, source, evidence, note

    /// The cells an officer fills in; every other cell is locked.
    var isEntry: Bool { rawValue >= TemplateColumn.newValue.rawValue }

    func header(_ language: Language) -> String {
        switch (self, language) {
        case (.unit, .vi): "Mã xã"
        case (.unitName, .vi): "Tên xã"
        case (.criterion, .vi): "Tiêu chí"
        case (.indicator, .vi): "Mã chỉ tiêu"
        case (.indicatorName, .vi): "Nội dung chỉ tiêu"
        case (.howToEnter, .vi): "Cách nhập"
        case (.threshold, .vi): "Ngưỡng"
        case (.currentValue, .vi): "Giá trị hiện tại"
        case (.status, .vi): "Trạng thái"
        case (.revision, .vi): "Phiên bản"
        case (.newValue, .vi): "Giá trị mới"
        case (.numerator, .vi): "Tử số"
        case (.denominator, .vi): "Mẫu số"
        case (.source, .vi): "Nguồn số liệu"
        case (.evidence, .vi): "Minh chứng"
        case (.note, .vi): "Ghi chú"
        case (.unit, .en): "Commune code"
        case (.unitName, .en): "Commune"
        case (.criterion, .en): "Criterion"
        case (.indicator, .en): "Indicator code"
        case (.indicatorName, .en): "Indicator"
        case (.howToEnter, .en): "How to enter"
        case (.threshold, .en): "Threshold"
        case (.currentValue, .en): "Current value"
        case (.status, .en): "Status"
        case (.revision, .en): "Revision"
        case (.newValue, .en): "New value"
        case (.numerator, .en): "Numerator"
        case (.denominator, .en): "Denominator"
        case (.source, .en): "Source"
        case (.evidence, .en): "Evidence"
        case (.note, .en): "Note"
        }
    }

    var width: Double {
        switch self {
        case .unit, .criterion, .indicator, .revision: 10
        case .unitName: 20
        case .indicatorName: 50
        case .howToEnter: 26
        case .threshold, .status: 14
        case .currentValue: 18
        case .newValue, .numerator, .denominator: 13
        case .source, .evidence, .note: 24
        }
    }
}

/// Names and keys of the template's sheets and its hidden metadata.
enum TemplateFormat {
    static let identifier = "ntm-template"
    static let version = "1"
    static let metadataSheet = "_ntm"

    static func dataSheet(_ language: Language) -> String { language == .vi ? "Nhập liệu" : "Data entry" }

    enum Key: String {
        case format, version
        case criteriaSet = "criteria-set"
        case date, scope, language, generated
    }
}
