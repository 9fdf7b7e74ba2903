import NTMCore
import NTMTargets

/// The targets as a sheet: each goal's status, reading, gap and forecast on a date, the same figures the targets
/// page prints; the forecast column is headed as a forecast so a printout never passes it off as a result.
public enum TargetsExporter {
    /// `rates` are the forecast's learned classes when the caller keeps them (the web does); learned here otherwise.
    public static func table(
        _ targets: [Target], on date: LocalDate, engine: EvaluationEngine, rates known: ForecastRates? = nil, language: Language
    ) -> ExportTable {
        let vi = language == .vi
        let directory = OrganisationDirectory(units: engine.units, catalog: engine.catalog)
        let rates = known ?? ForecastRates(engine: engine, asOf: date, targets: targets)
        let rows: [[ExportTable.Cell]] = targets.map { target in
            let assessment = target.assessment(on: date, engine: engine)
            let gap = target.gap(on: date, engine: engine, reading: assessment.reading(for: date))
            let result = target.forecast(on: date, engine: engine, assessment: assessment, rates: rates)
            let forecast = result?.forecast
            let chance: ExportTable.Cell =
                switch result {
                case .forecast(let forecast): .percent(FixedDecimal(rounding: (forecast.probability * 1_000).rounded() / 10))
                case .refused(let reason): .text(ForecastResult.refused(reason).cellText(language))
                case nil: .empty
                }
            return [
                .text(target.id), .text(target.title.text(language)), .text(target.measure.text(language)),
                .date(target.deadline), .text(assessment.status.text(language)),
                .text(assessment.reading.text(for: target.measure, language: language)),
                gap.map { .integer($0.needed) } ?? .empty, chance,
                forecast.map { .text($0.dateText($0.p50, language)) } ?? .empty,
                forecast.map { .text($0.dateText($0.p80, language)) } ?? .empty,
                .text("\(target.source.document), \(vi ? target.source.date.vietnamese : target.source.date.iso)"),
                .text(directory.organisation(target.owner)?.name.text(language) ?? target.owner.text),
            ]
        }
        return ExportTable(
            sheetName: vi ? "Mục tiêu" : "Targets", title: vi ? "Mục tiêu, tình hình ngày \(date.vietnamese)" : "Targets as of \(date.iso)",
            notes: [
                vi
                    ? "Tình hình tính từ số liệu, không nhập tay. Khả năng đạt là xác suất dự báo, không phải kết quả (docs/TARGETS.md)."
                    : "Status computed from the values, never typed in. The chance is a forecast probability, not a result."
            ],
            columns: [
                .init(vi ? "Mã" : "Id", width: 18), .init(vi ? "Mục tiêu" : "Target", width: 40), .init(vi ? "Yêu cầu" : "Goal", width: 26),
                .init(vi ? "Hạn" : "Deadline", width: 11), .init(vi ? "Tình hình" : "Status", width: 16),
                .init(vi ? "Hiện đạt / yêu cầu" : "Now / required", width: 18), .init(vi ? "Còn cần thêm" : "Still needed", width: 10),
                .init(vi ? "Khả năng đạt đúng hạn (dự báo)" : "Chance by the deadline (forecast)", width: 14),
                .init(vi ? "Ngày 50% khả năng" : "50% date", width: 13), .init(vi ? "Ngày 80% khả năng" : "80% date", width: 13),
                .init(vi ? "Căn cứ" : "Set by", width: 32), .init(vi ? "Chủ trì" : "Owner", width: 24),
            ],
            rows: rows)
    }
}
