import Foundation
import NTMCore

/// Writes the data-entry workbook for one commune, or every commune of a district, at a date: one row per
/// indicator (and per condition such as "the plan has no market"), with the current value and its revision,
/// and unlocked cells for the new value. The sheet is protected so only those cells can change.
public enum TemplateWriter {
    /// Why a template cannot be made.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter current: the current revision of each slot at `date` (from the store), to show and to guard against conflicts.
    public static func workbook(
        for scope: UnitCode, on date: LocalDate, engine: EvaluationEngine,
        current: [ObservationSlot: ObservationRecord], language: Language,
        generatedAt: Date
    ) throws -> XLSXWorkbook {
        guard let unit = engine.units.unit(scope, on: date) else {
            throw Problem(description: "no unit with code \(scope) exists on \(date.iso)")
        }
        let communes = engine.units.communes(under: unit.code, on: date)
        guard !communes.isEmpty else {
            throw Problem(
                description: "\(unit.name) (\(scope)) has no xã on \(date.iso): templates are for communes or the districts containing them")
        }
        let national: CriteriaSet
        do { national = try engine.catalog.setInForce(level: .commune, on: date, for: .commune) } catch {
            throw Problem(description: error.description)
        }
        var rows: [[XLSXCell]] = [TemplateColumn.allCases.map { .text($0.header(language), style: .header) }]
        for commune in communes {
            let province = engine.units.province(of: commune.code, on: date)?.code
            let set = engine.catalog.effectiveSet(national, province: province)
            let selector = ThresholdSelector(
                region: engine.units.region(of: commune.code, on: date),
                group: engine.units.communeGroup(of: commune.code, on: date), year: date.year)
            for criterion in set.criteria {
                for indicator in criterion.indicators where indicator.derivation == nil {
                    let slot = ObservationSlot(unit: commune.code, criteriaSet: set.id, indicator: indicator.code, date: date)
                    rows.append(
                        row(
                            commune: commune, criterion: "TC\(criterion.number)", code: indicator.code,
                            name: indicator.displayName(language), hint: hint(indicator, language: language),
                            threshold: thresholdText(
                                indicator.threshold(for: selector, dimension: set.dimension), indicator: indicator, language: language),
                            current: current[slot], language: language))
                }
            }
            for condition in set.conditions {
                let slot = ObservationSlot(unit: commune.code, criteriaSet: set.id, indicator: condition.id, date: date)
                rows.append(
                    row(
                        commune: commune, criterion: language == .vi ? "Điều kiện" : "Condition", code: condition.id,
                        name: condition.question.text(language), hint: language == .vi ? "Có / Không" : "Yes / No",
                        threshold: "", current: current[slot], language: language))
            }
        }
        let data = XLSXSheet(
            name: TemplateFormat.dataSheet(language), rows: rows, columnWidths: TemplateColumn.allCases.map(\.width),
            frozenRows: 1, isProtected: true)
        let metadata: [(TemplateFormat.Key, String)] = [
            (.format, TemplateFormat.identifier), (.version, TemplateFormat.version), (.criteriaSet, national.id.rawValue),
            (.date, date.iso), (.scope, scope.rawValue), (.language, language.rawValue),
            (.generated, generatedAt.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))),
        ]
        let meta = XLSXSheet(
            name: TemplateFormat.metadataSheet, rows: metadata.map { [.text($0.0.rawValue), .text($0.1)] },
            isProtected: true, isHidden: true)
        return XLSXWorkbook(sheets: [data, meta])
    }

    private static func row(
        commune: AdministrativeUnit, criterion: String, code: IndicatorCode, name: String, hint: String,
        threshold: String, current: ObservationRecord?, language: Language
    ) -> [XLSXCell] {
        TemplateColumn.allCases.map { column -> XLSXCell in
            let text: String
            switch column {
            case .unit: text = commune.code.rawValue
            case .unitName: text = commune.name
            case .criterion: text = criterion
            case .indicator: text = code.rawValue
            case .indicatorName: text = name
            case .howToEnter: text = hint
            case .threshold: text = threshold
            case .currentValue: text = current?.value.text(language) ?? ""
            case .status: text = current?.status.name(language) ?? ""
            case .revision: return .number(String(current?.revision ?? 0))
            default: return XLSXCell(.empty, style: .entry)
            }
            return .text(text, style: column == .indicatorName ? XLSXStyle(wrap: true) : .plain)
        }
    }

    static func hint(_ indicator: Indicator, language: Language) -> String {
        let vi = language == .vi
        switch indicator.kind {
        case .passFail?: return vi ? "Đạt / Không đạt" : "Met / Not met"
        case .percentage?: return vi ? "Nhập tử số và mẫu số (hoặc tỷ lệ %)" : "Numerator and denominator (or a %)"
        case .amount?: return (vi ? "Số" : "Number") + (indicator.unit.map { " (\($0.text(language)))" } ?? "")
        case .count?: return vi ? "Số lượng" : "Count"
        case .mustBeNone?: return vi ? "Số lượng (phải bằng 0)" : "Count (must be 0)"
        case nil: return vi ? "Chưa xác định cách đo: không nhập" : "Kind not set: do not enter"
        }
    }

    static func thresholdText(_ resolution: ThresholdResolution, indicator: Indicator, language: Language) -> String {
        switch resolution {
        case .found(let threshold):
            let comparator = indicator.kind?.isNumeric == true ? (indicator.comparator?.symbol ?? "") + " " : ""
            let unit = indicator.kind == .percentage ? "%" : ""
            return comparator + threshold.value.text(language) + unit
                + (threshold.illustrative ? (language == .vi ? " (minh họa)" : " (illustrative)") : "")
        case .notConfigured:
            return language == .vi ? "chưa cấu hình" : "not configured"
        }
    }
}
