/// Why the engine refuses an observation or a question.
public enum EngineError: Error, Hashable, Sendable {
    case unknownUnit(UnitCode, on: LocalDate)
    case unitNotAssessed(UnitCode, kind: UnitKind, set: CriteriaSetID)
    case catalog(CatalogError)
    case unknownCriteriaSet(CriteriaSetID)
    case dateOutsideSet(set: CriteriaSetID, date: LocalDate, validity: Validity)
    case unknownIndicator(IndicatorCode, set: CriteriaSetID)
    case invalidValue(unit: UnitCode, indicator: IndicatorCode, ObservationValueError)
    case bands(BandSchemeError)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownUnit(let code, let date), .vi): "không có đơn vị mã \(code) vào ngày \(date.vietnamese)"
        case (.unknownUnit(let code, let date), .en): "no unit with code \(code) exists on \(date.iso)"
        case (.unitNotAssessed(let code, let kind, let set), .vi): "đơn vị \(code) là \(kind.name(.vi)), không thuộc đối tượng của bộ tiêu chí \(set)"
        case (.unitNotAssessed(let code, let kind, let set), .en): "unit \(code) is a \(kind.name(.en)), which criteria set \(set) does not assess"
        case (.catalog(let error), _): error.text(language)
        case (.unknownCriteriaSet(let id), .vi): "không có bộ tiêu chí '\(id)'"
        case (.unknownCriteriaSet(let id), .en): "unknown criteria set '\(id)'"
        case (.dateOutsideSet(let set, let date, let validity), .vi):
            "ngày \(date.vietnamese) nằm ngoài thời gian hiệu lực của bộ tiêu chí \(set) (\(validity.vietnamese))"
        case (.dateOutsideSet(let set, let date, let validity), .en):
            "date \(date.iso) is outside the validity of criteria set \(set) (\(validity.vietnamese))"
        case (.unknownIndicator(let code, let set), .vi): "bộ tiêu chí \(set) không có chỉ tiêu \(code)"
        case (.unknownIndicator(let code, let set), .en): "criteria set \(set) has no indicator \(code)"
        case (.invalidValue(let unit, let code, let error), .vi): "chỉ tiêu \(code) của đơn vị \(unit): \(error.text(.vi))"
        case (.invalidValue(let unit, let code, let error), .en): "indicator \(code) of unit \(unit): \(error.text(.en))"
        case (.bands(let error), _): error.description
        }
    }
}

extension EngineError: CustomStringConvertible {
    public var description: String { text(.en) }
}
