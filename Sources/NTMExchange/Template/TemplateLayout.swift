import NTMCore

/// The columns of a data-entry template, shared by the writer and the importer so they cannot drift.
enum TemplateColumn: Int, CaseIterable {
    case unit, unitName, criterion, indicator, indicatorName, howToEnter, threshold, currentValue, valueDate, status, revision
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
        case (.valueDate, .vi): "Số liệu ngày"
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
        case (.valueDate, .en): "Value as of"
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

    /// Narrow enough that a landscape A4 page holds every column at a readable scale (about 60 %), with the
    /// long texts wrapped instead of widening their columns.
    var width: Double {
        switch self {
        case .unit, .revision: 9
        case .criterion, .indicator: 8
        case .unitName: 16
        case .indicatorName: 40
        case .howToEnter: 18
        case .threshold, .status, .valueDate: 12
        case .currentValue: 14
        case .newValue, .numerator, .denominator: 11
        case .source, .evidence, .note: 16
        }
    }

    /// Long texts that wrap within their column.
    var wraps: Bool { [.unitName, .indicatorName, .howToEnter, .threshold].contains(self) }
}

/// Names and keys of the template's sheets and its hidden metadata.
enum TemplateFormat {
    static let identifier = "ntm-template"
    static let version = "1"
    static let metadataSheet = "_ntm"

    static func dataSheet(_ language: Language) -> String { language == .vi ? "Nhập liệu" : "Data entry" }
    static func instructionsSheet(_ language: Language) -> String { language == .vi ? "Hướng dẫn" : "Instructions" }

    /// The header row is looked for among the first rows, so the title lines above it may change.
    static let headerSearchRows = 30

    enum Key: String {
        case format, version
        case criteriaSet = "criteria-set"
        case date, scope, language, generated
    }
}
