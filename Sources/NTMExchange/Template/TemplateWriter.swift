import Foundation
import NTMCore

/// Writes the data-entry workbook for one commune, or every commune of a district, at a date: one row per
/// indicator (and per condition such as "the plan has no market"), prefilled with the value in force on that date
/// and its revision, and unlocked cells for the new value. The sheet is protected so only those cells can change;
/// a second sheet explains how to fill it in, and a hidden one names the criteria set and date for the importer.
public enum TemplateWriter {
    /// Rows above the first indicator: four heading lines, a blank row and the column headings.
    public static let headingRows = 6

    /// Why a template cannot be made.
    public struct Problem: Error, CustomStringConvertible {
        public var message: LocalizedText

        public func text(_ language: Language) -> String { message.text(language) }
        public var description: String { message.vi }
    }

    /// - Parameter records: the current revision of the scope's slots, at any date (from the store). The latest on or
    ///   before `date` is the value in force shown in the template; a slot dated `date` itself gives the revision
    ///   that guards against overwriting someone else's change.
    public static func workbook(
        for scope: UnitCode, on date: LocalDate, engine: EvaluationEngine, records: [ObservationRecord], language: Language,
        generatedAt: Date
    ) throws(Problem) -> XLSXWorkbook {
        guard let unit = engine.units.unit(scope, on: date) else {
            throw Problem(
                message: LocalizedText(
                    vi: "không có đơn vị mã \(scope) vào ngày \(date.vietnamese)", en: "no unit with code \(scope) exists on \(date.vietnamese)"))
        }
        let communes = engine.units.communes(under: unit.code, on: date)
        guard !communes.isEmpty else {
            throw Problem(
                message: LocalizedText(
                    vi: "\(unit.name) (\(scope)) không có xã nào vào ngày \(date.vietnamese): biểu mẫu dành cho xã hoặc huyện có xã",
                    en: "\(unit.name) (\(scope)) has no xã on \(date.vietnamese): templates are for communes or the districts containing them"))
        }
        let national: CriteriaSet
        do { national = try engine.catalog.setInForce(level: .commune, on: date, for: .commune) } catch {
            throw Problem(
                message: LocalizedText(
                    vi: "không có bộ tiêu chí xã nào có hiệu lực vào ngày \(date.vietnamese)",
                    en: "no commune criteria set is in force on \(date.vietnamese)"))
        }
        let inForce = InForceValues(records, on: date)
        var rows = TemplateRows(language: language)
        for commune in communes {
            let province = engine.units.province(of: commune.code, on: date)?.code
            let set = engine.catalog.effectiveSet(national, province: province)
            let selector = ThresholdSelector(
                region: engine.units.region(of: commune.code, on: date),
                group: engine.units.communeGroup(of: commune.code, on: date), year: date.year)
            for criterion in set.criteria {
                for indicator in criterion.indicators where indicator.derivation == nil {
                    let key = InForceValues.Key(unit: commune.code, set: set.id, indicator: indicator.code)
                    rows.append(
                        TemplateRows.Line(
                            commune: commune, criterion: "TC\(criterion.number)", code: indicator.code,
                            name: indicator.displayName(language), hint: hint(indicator, language: language),
                            threshold: thresholdText(
                                indicator.threshold(for: selector, dimension: set.dimension), indicator: indicator, language: language),
                            choice: indicator.kind == .passFail ? .passFail : nil, inForce: inForce[key], revision: inForce.revision(key)))
                }
            }
            for condition in set.conditions {
                let key = InForceValues.Key(unit: commune.code, set: set.id, indicator: condition.id)
                rows.append(
                    TemplateRows.Line(
                        commune: commune, criterion: language == .vi ? "Điều kiện" : "Condition", code: condition.id,
                        name: condition.question.text(language), hint: language == .vi ? "Có / Không" : "Yes / No",
                        threshold: "", choice: .yesNo, inForce: inForce[key], revision: inForce.revision(key)))
            }
        }
        let heading = TemplateHeading(
            unit: unit, parent: unit.parent.flatMap { engine.units.unit($0, on: date) }, date: date, set: national,
            communes: communes.count, language: language)
        let data = rows.sheet(heading: heading)
        let instructions = TemplateInstructions.sheet(heading: heading, generatedAt: generatedAt)
        let metadata: [(TemplateFormat.Key, String)] = [
            (.format, TemplateFormat.identifier), (.version, TemplateFormat.version), (.criteriaSet, national.id.rawValue),
            (.date, date.iso), (.scope, scope.rawValue), (.language, language.rawValue),
            (.generated, generatedAt.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))),
        ]
        let meta = XLSXSheet(
            name: TemplateFormat.metadataSheet, rows: metadata.map { [.text($0.0.rawValue), .text($0.1)] },
            isProtected: true, isHidden: true)
        return XLSXWorkbook(sheets: [data, instructions, meta])
    }

    static func hint(_ indicator: Indicator, language: Language) -> String {
        let vi = language == .vi
        switch indicator.kind {
        case .passFail?: return vi ? "Chọn Đạt / Không đạt" : "Pick Met / Not met"
        case .percentage?: return vi ? "Tử số và mẫu số, hoặc tỷ lệ %" : "Numerator and denominator, or a %"
        case .amount?: return (vi ? "Số" : "Number") + (indicator.unit.map { " (\($0.text(language)))" } ?? "")
        case .count?: return vi ? "Số lượng" : "Count"
        case .mustBeNone?: return vi ? "Số lượng (phải bằng 0)" : "Count (must be 0)"
        case nil: return vi ? "Chưa xác định cách đo: không nhập" : "Kind not set: do not enter"
        }
    }

    static func thresholdText(_ resolution: ThresholdResolution, indicator: Indicator, language: Language) -> String {
        switch resolution {
        case .found(let threshold):
            return ThresholdText.text(threshold.value, kind: indicator.kind, comparator: indicator.comparator, language: language)
                + (threshold.illustrative ? (language == .vi ? " (minh họa)" : " (illustrative)") : "")
        case .notConfigured:
            return language == .vi ? "chưa cấu hình" : "not configured"
        }
    }
}

/// The value in force for each commune and indicator on the template's date: the latest current revision dated on
/// or before it, whatever its review status (the officer updates the working numbers).
struct InForceValues {
    struct Key: Hashable {
        var unit: UnitCode
        var set: CriteriaSetID
        var indicator: IndicatorCode
    }

    private var latest: [Key: ObservationRecord] = [:]
    private let date: LocalDate

    init(_ records: [ObservationRecord], on date: LocalDate) {
        self.date = date
        for record in records where record.slot.date <= date {
            let key = Key(unit: record.slot.unit, set: record.slot.criteriaSet, indicator: record.slot.indicator)
            if let known = latest[key], known.slot.date >= record.slot.date { continue }
            latest[key] = record
        }
    }

    subscript(key: Key) -> ObservationRecord? { latest[key] }

    /// The revision a new value on the template's date replaces: 0 unless a value is already dated that day.
    func revision(_ key: Key) -> Int {
        guard let record = latest[key], record.slot.date == date else { return 0 }
        return record.revision
    }
}
