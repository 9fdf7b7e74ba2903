import NTMCore

/// Why the store refused a write.
public enum StoreError: Error, Hashable, Sendable {
    /// The slot moved on since the writer read it.
    case conflict(ObservationSlot, expected: ExpectedRevision, current: Int?)
    case review(ObservationSlot, ReviewError)
    case noValue(ObservationSlot)
    case duplicateInBatch(ObservationSlot)
    /// Text with a value is longer than `ObservationText` allows.
    case textTooLong(ObservationSlot, field: String, limit: Int)
    case unknownDocument(String)
    /// Someone saved another version of the document after the writer read it.
    case documentChanged(String, expected: Int, current: Int)
    case backupFailed(String)
    case unsupported(String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.conflict(let slot, let expected, let current), .vi):
            "xung đột: chỉ tiêu \(slot.indicator) của \(slot.unit) ngày \(slot.date.vietnamese) đã được người khác cập nhật "
                + "(bạn sửa từ phiên bản \(Self.describe(expected)), hiện là \(current.map(String.init) ?? "chưa có")); hãy tải lại và nhập lại"
        case (.conflict(let slot, let expected, let current), .en):
            "conflict: indicator \(slot.indicator) of \(slot.unit) on \(slot.date.iso) was changed by someone else "
                + "(you edited revision \(Self.describe(expected)); it is now \(current.map(String.init) ?? "absent")); reload and enter it again"
        case (.review(let slot, let error), _):
            "\(slot.unit) \(slot.indicator) \(slot.date.iso): " + error.text(language)
        case (.noValue(let slot), .vi): "chưa có giá trị cho chỉ tiêu \(slot.indicator) của \(slot.unit) ngày \(slot.date.vietnamese)"
        case (.noValue(let slot), .en): "no value for indicator \(slot.indicator) of \(slot.unit) on \(slot.date.iso)"
        case (.duplicateInBatch(let slot), .vi): "chỉ tiêu \(slot.indicator) của \(slot.unit) ngày \(slot.date.vietnamese) xuất hiện hai lần"
        case (.duplicateInBatch(let slot), .en): "indicator \(slot.indicator) of \(slot.unit) on \(slot.date.iso) appears twice"
        case (.textTooLong(let slot, let field, let limit), _):
            "\(slot.unit) \(slot.indicator) \(slot.date.iso): " + ObservationText.message(field: field, limit: limit).text(language)
        case (.unknownDocument(let name), .vi): "không có văn bản bộ tiêu chí '\(name)'"
        case (.unknownDocument(let name), .en): "unknown criteria document '\(name)'"
        case (.documentChanged(let name, let expected, let current), .vi):
            "xung đột: văn bản '\(name)' đã được người khác lưu phiên bản \(current) sau phiên bản \(expected) bạn đang sửa; hãy tải lại và nhập lại"
        case (.documentChanged(let name, let expected, let current), .en):
            "conflict: someone saved version \(current) of '\(name)' after version \(expected), which you were editing; reload and enter it again"
        case (.backupFailed(let message), _): "backup failed: \(message)"
        case (.unsupported(let message), _): message
        }
    }

    private static func describe(_ expected: ExpectedRevision) -> String {
        switch expected {
        case .none: "0"
        case .revision(let revision): String(revision)
        case .latest: "latest"
        }
    }
}

extension StoreError: CustomStringConvertible {
    public var description: String { text(.en) }
}
