import NTMCore
import NTMData

/// Writes evaluation results and the values behind them as an Excel workbook or as CSV files.
public enum ResultsExporter {
    public static func workbook(_ data: ExportData, language: Language) -> XLSXWorkbook {
        XLSXWorkbook(sheets: [
            summarySheet(data, language: language), communeSheet(data, language: language),
            matrixSheet(data, language: language), observationSheet(data, language: language),
        ])
    }

    /// `results.csv`: one row per commune.
    public static func resultsCSV(_ data: ExportData, language: Language) -> String {
        csv(communeRows(data, language: language))
    }

    /// `criteria.csv`: one row per commune and criterion.
    public static func criteriaCSV(_ data: ExportData, language: Language) -> String {
        let vi = language == .vi
        var rows: [[String]] = [
            vi
                ? ["ma_xa", "ten_xa", "tieu_chi", "ten_tieu_chi", "ket_qua", "chi_tieu_dat", "chi_tieu_xet"]
                : ["commune", "name", "criterion", "criterion_name", "status", "indicators_met", "indicators_applicable"]
        ]
        for evaluation in data.evaluations {
            for criterion in evaluation.criteria {
                rows.append([
                    evaluation.unit.rawValue, evaluation.name, String(criterion.number), criterion.name, criterion.status.rawValue,
                    String(criterion.metIndicators), String(criterion.applicableIndicators),
                ])
            }
        }
        return csv(rows)
    }

    /// `observations.csv`, in the format `ntm import` reads.
    public static func observationsCSV(_ data: ExportData) -> String {
        DataWriter.observationsCSV(data.observations)
    }

    /// For people: with a byte order mark, so Excel on Windows opens it as UTF-8 when double-clicked.
    private static func csv(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var writer = CSVWriter(header: header, byteOrderMark: true)
        for row in rows.dropFirst() { writer.append(row) }
        return writer.text
    }

    private static func communeRows(_ data: ExportData, language: Language) -> [[String]] {
        let vi = language == .vi
        var rows: [[String]] = [
            vi
                ? ["ma_xa", "ten_xa", "huyen", "so_tieu_chi_dat", "tong_tieu_chi", "dat_chuan", "nhom", "tieu_chi_chua_dat", "chua_xac_dinh"]
                : ["commune", "name", "district", "criteria_met", "criteria_total", "at_standard", "band", "criteria_not_met", "undetermined"]
        ]
        for row in data.summary.communeRows {
            rows.append([
                row.code.rawValue, row.name, row.district, String(row.criteriaMet), String(data.summary.totalCriteria),
                row.reachedStandard ? (vi ? "Đạt" : "yes") : (vi ? "Chưa" : "no"), row.band,
                row.unmetCriteria.map(String.init).joined(separator: " "), String(row.undeterminedCriteria),
            ])
        }
        return rows
    }

    private static func summarySheet(_ data: ExportData, language: Language) -> XLSXSheet {
        let vi = language == .vi, summary = data.summary
        var rows: [[XLSXCell]] = [
            [.text(summary.scopeName, style: XLSXStyle(bold: true))],
            [.text((vi ? "Ngày: " : "Date: ") + summary.date.vietnamese)],
            [.text((vi ? "Bộ tiêu chí: " : "Criteria: ") + "\(summary.criteriaSetTitle) (\(summary.legalBasis))")],
            [.text(BriefingText.headline(summary, language: language))],
            [],
        ]
        rows.append(
            [
                .text(vi ? "Đơn vị" : "Unit", style: .header), .text(vi ? "Số xã" : "Communes", style: .header),
                .text(vi ? "Đạt chuẩn" : "At standard", style: .header), .text(vi ? "Tỷ lệ %" : "Share %", style: .header),
                .text(vi ? "BQ tiêu chí/xã" : "Average criteria", style: .header),
            ]
                + summary.bands.map { .text(bandLabel($0, total: summary.totalCriteria), style: .header) })
        for group in summary.groups {
            rows.append(
                [
                    .text(group.name), .number(String(group.communes)), .number(String(group.atStandard)),
                    .number(group.atStandardPercent.plain), .number(group.averageCriteria.plain),
                ]
                    + group.bands.map { .number(String($0)) })
        }
        rows.append(
            [
                .text(vi ? "Tổng" : "Total", style: XLSXStyle(bold: true)), .number(String(summary.communes)),
                .number(String(summary.atStandard)), .number(summary.atStandardPercent.plain), .number(summary.averageCriteria.plain),
            ]
                + summary.bands.map { .number(String($0.communes)) })
        return XLSXSheet(name: vi ? "Tổng hợp" : "Summary", rows: rows, columnWidths: [28, 10, 12, 10, 16, 10, 10, 10, 10, 10])
    }

    private static func bandLabel(_ band: ScopeSummary.BandCount, total: Int) -> String {
        band.min == band.max ? "\(band.min)/\(total)" : band.min == 0 ? "<\(band.max + 1)" : "\(band.min)-\(band.max)"
    }

    private static func communeSheet(_ data: ExportData, language: Language) -> XLSXSheet {
        let rows = communeRows(data, language: language)
        let cells: [[XLSXCell]] = rows.enumerated().map { index, row in
            row.enumerated().map { column, text in
                if index == 0 { return .text(text, style: .header) }
                return [3, 4, 8].contains(column) ? .number(text) : .text(text)
            }
        }
        return XLSXSheet(
            name: language == .vi ? "Xã" : "Communes", rows: cells, columnWidths: [10, 22, 22, 14, 12, 10, 10, 24, 12],
            frozenRows: 1)
    }

    private static func matrixSheet(_ data: ExportData, language: Language) -> XLSXSheet {
        let vi = language == .vi
        let numbers = data.evaluations.first?.criteria.map(\.number) ?? []
        var rows: [[XLSXCell]] = [
            [.text(vi ? "Mã xã" : "Code", style: .header), .text(vi ? "Tên xã" : "Commune", style: .header)]
                + numbers.map { .text("TC\($0)", style: .header) }
                + [.text(vi ? "Số TC đạt" : "Met", style: .header)]
        ]
        for evaluation in data.evaluations {
            rows.append(
                [.text(evaluation.unit.rawValue), .text(evaluation.name)]
                    + evaluation.criteria.map { criterion in
                        let fill: String? =
                            switch criterion.status {
                            case .met, .notApplicable: "C6EFCE"
                            case .notMet: "FFC7CE"
                            case .undetermined: "FFEB9C"
                            }
                        return .text(criterion.status.text(language), style: XLSXStyle(fill: fill))
                    }
                    + [.number(String(evaluation.criteriaMet))])
        }
        return XLSXSheet(
            name: vi ? "Ma trận tiêu chí" : "Criteria matrix", rows: rows,
            columnWidths: [10, 22] + numbers.map { _ in 11 } + [10], frozenRows: 1)
    }

    private static func observationSheet(_ data: ExportData, language: Language) -> XLSXSheet {
        let header = ObservationsLoader.columns
        var rows: [[XLSXCell]] = [header.map { .text($0, style: .header) }]
        for observation in data.observations {
            var value = XLSXCell(.empty), numerator = XLSXCell(.empty), denominator = XLSXCell(.empty)
            switch observation.value {
            case .passFail(let met): value = .text(met ? "Đạt" : "Không đạt")
            case .ratio(let n, let d):
                numerator = .number(String(n))
                denominator = .number(String(d))
            case .percent(let number), .amount(let number): value = .number(number.plain)
            case .count(let count): value = .number(String(count))
            }
            rows.append([
                .text(observation.unit.rawValue), .text(observation.criteriaSet.rawValue), .text(observation.indicator.rawValue),
                .text(observation.date.iso), value, numerator, denominator, .text(observation.source ?? ""),
                .text(observation.evidence ?? ""),
            ])
        }
        return XLSXSheet(
            name: language == .vi ? "Số liệu" : "Values", rows: rows, columnWidths: [10, 20, 12, 12, 12, 10, 10, 30, 20],
            frozenRows: 1)
    }
}
