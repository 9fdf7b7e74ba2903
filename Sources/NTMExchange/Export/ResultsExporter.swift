import NTMCore
import NTMData

/// Writes evaluation results and the values behind them as an Excel workbook or as CSV files, with the headings
/// people read (Vietnamese, or English when asked), typed cells and filters.
public enum ResultsExporter {
    public static func workbook(_ data: ExportData, language: Language) -> XLSXWorkbook {
        var workbook = TableExport.workbook(
            [
                summaryTable(data.summary, language: language), communeTable(data.summary, language: language),
                matrixTable(data.summary, evaluations: data.evaluations, language: language),
            ], language: language)
        workbook.sheets.append(observationSheet(data, language: language))
        return workbook
    }

    /// `results.csv` (`ket-qua.csv`): one row per commune, for people: Vietnamese headings and a byte order mark.
    public static func resultsCSV(_ data: ExportData, language: Language) -> String {
        csv(communeTable(data.summary, language: language))
    }

    /// `criteria.csv`: one row per commune and criterion.
    public static func criteriaCSV(_ data: ExportData, language: Language) -> String {
        let vi = language == .vi
        let table = ExportTable(
            sheetName: vi ? "Tiêu chí" : "Criteria", title: data.summary.scopeName,
            columns: [
                .init(vi ? "Mã xã" : "Commune code"), .init(vi ? "Tên xã" : "Commune"), .init(vi ? "Tiêu chí" : "Criterion"),
                .init(vi ? "Tên tiêu chí" : "Criterion name"), .init(vi ? "Kết quả" : "Result"),
                .init(vi ? "Số chỉ tiêu đạt" : "Indicators met"), .init(vi ? "Số chỉ tiêu xét" : "Indicators assessed"),
            ],
            rows: data.evaluations.flatMap { evaluation in
                evaluation.criteria.map { criterion -> [ExportTable.Cell] in
                    [
                        .text(evaluation.unit.rawValue), .text(evaluation.name), .integer(criterion.number), .text(criterion.name),
                        .text(criterion.status.text(language)), .integer(criterion.metIndicators), .integer(criterion.applicableIndicators),
                    ]
                }
            })
        return csv(table)
    }

    /// `observations.csv`, in the format `ntm import` reads (machine headings, no byte order mark).
    public static func observationsCSV(_ data: ExportData) -> String {
        DataWriter.observationsCSV(data.observations)
    }

    /// A table as CSV for people: the headings and rows, cells as text, with a byte order mark so Excel on Windows
    /// opens the Vietnamese text right on a double-click.
    public static func csv(_ table: ExportTable) -> String {
        var writer = CSVWriter(header: table.columns.map(\.heading), byteOrderMark: true)
        for row in table.rows { writer.append(row.map { text($0, language: .vi) }) }
        return writer.text
    }

    /// A cell as CSV text: numbers in the plain form spreadsheets read back.
    static func text(_ cell: ExportTable.Cell, language: Language) -> String {
        switch cell {
        case .text(let text), .status(let text, _): text
        case .integer(let value), .year(let value): String(value)
        case .decimal(let value), .percent(let value): NumberText.unambiguous(value)
        case .date(let date): date.iso
        case .money(let money): String(money.dong)
        case .empty: ""
        }
    }

    static func bandLabel(_ id: String, summary: ScopeSummary, language: Language) -> String {
        if id == "no-data" { return language == .vi ? "Chưa có số liệu" : "No data" }
        guard let band = summary.bands.first(where: { $0.id == id }) else { return id }
        return bandLabel(band, total: summary.totalCriteria, language: language)
    }

    static func bandLabel(_ band: ScopeSummary.BandCount, total: Int, language: Language) -> String {
        BandScheme.label(min: band.min, max: band.max, total: total, language: language)
    }

    static func notes(_ summary: ScopeSummary, language: Language) -> [String] {
        let vi = language == .vi
        return [
            (vi ? "Ngày đánh giá: " : "Assessment date: ") + summary.date.vietnamese,
            (vi ? "Bộ tiêu chí: " : "Criteria set: ") + "\(summary.criteriaSetTitle) (\(summary.legalBasis))",
            BriefingText.headline(summary, language: language),
        ]
    }

    /// The roll-up by district (or province): the overview's table.
    public static func summaryTable(_ summary: ScopeSummary, language: Language) -> ExportTable {
        let vi = language == .vi
        let bandColumns = summary.bands.map { ExportTable.Column(bandLabel($0, total: summary.totalCriteria, language: language), width: 11) }
        let columns =
            [
                ExportTable.Column(vi ? "Đơn vị" : "Unit", width: 28), .init(vi ? "Số xã" : "Communes", width: 9),
                .init(vi ? "Đạt chuẩn" : "At standard", width: 10), .init(vi ? "Tỷ lệ đạt chuẩn" : "Share at standard", width: 12),
                .init(vi ? "BQ tiêu chí/xã" : "Average criteria", width: 12),
            ] + bandColumns + [.init(vi ? "Chưa có số liệu" : "No data", width: 11)]
        var rows: [[ExportTable.Cell]] = summary.groups.map { group in
            [
                .text(group.name), .integer(group.communes), .integer(group.atStandard), .percent(group.atStandardPercent),
                .decimal(group.averageCriteria),
            ] + group.bands.map { .integer($0) } + [.integer(group.noData)]
        }
        rows.append(
            [
                .text(vi ? "Tổng" : "Total"), .integer(summary.communes), .integer(summary.atStandard), .percent(summary.atStandardPercent),
                .decimal(summary.averageCriteria),
            ] + summary.bands.map { .integer($0.communes) } + [.integer(summary.noDataCommunes)])
        return ExportTable(
            sheetName: vi ? "Tổng hợp" : "Summary", title: summary.scopeName, notes: notes(summary, language: language),
            columns: columns, rows: rows)
    }

    /// One row per commune: the district page's table.
    public static func communeTable(_ summary: ScopeSummary, language: Language) -> ExportTable {
        let vi = language == .vi
        return ExportTable(
            sheetName: vi ? "Xã" : "Communes", title: summary.scopeName, notes: notes(summary, language: language),
            columns: [
                .init(vi ? "Mã xã" : "Commune code", width: 9), .init(vi ? "Tên xã" : "Commune", width: 22),
                .init(vi ? "Huyện" : "District", width: 20), .init(vi ? "Số tiêu chí đạt" : "Criteria met", width: 10),
                .init(vi ? "Tổng số tiêu chí" : "Criteria", width: 10), .init(vi ? "Đạt chuẩn NTM" : "At standard", width: 10),
                .init(vi ? "Nhóm" : "Band", width: 12), .init(vi ? "Tiêu chí chưa đạt" : "Criteria not met", width: 24),
                .init(vi ? "Số tiêu chí chưa xác định" : "Undetermined", width: 12),
                .init(vi ? "Đăng ký đạt chuẩn năm" : "Registered for", width: 10),
            ],
            rows: summary.communeRows.map { row in
                [
                    .text(row.code.rawValue), .text(row.name), .text(row.district),
                    row.hasData ? .integer(row.criteriaMet) : .empty, .integer(summary.totalCriteria),
                    .text(
                        !row.hasData ? (vi ? "Chưa có số liệu" : "No data") : row.reachedStandard ? (vi ? "Đạt" : "Yes") : (vi ? "Chưa đạt" : "No")),
                    .text(bandLabel(row.band, summary: summary, language: language)),
                    .text(row.unmetCriteria.map { (vi ? "TC" : "C") + String($0) }.joined(separator: ", ")),
                    .integer(row.undeterminedCriteria), row.registeredTargetYear.map { .year($0) } ?? .empty,
                ]
            })
    }

    /// Communes × criteria: the matrix page.
    public static func matrixTable(_ summary: ScopeSummary, evaluations: [UnitEvaluation], language: Language) -> ExportTable {
        let vi = language == .vi
        let criteria = summary.criteria
        return ExportTable(
            sheetName: vi ? "Ma trận tiêu chí" : "Criteria matrix", title: summary.scopeName, notes: notes(summary, language: language),
            columns: [.init(vi ? "Mã xã" : "Code", width: 9), .init(vi ? "Tên xã" : "Commune", width: 22)]
                + criteria.map { .init((vi ? "TC" : "C") + "\($0.number) \($0.name)", width: 11) }
                + [.init(vi ? "Số tiêu chí đạt" : "Criteria met", width: 10)],
            rows: evaluations.map { evaluation in
                [.text(evaluation.unit.rawValue), .text(evaluation.name)]
                    + evaluation.criteria.map { criterion -> ExportTable.Cell in
                        let tone: ExportTable.StatusTone =
                            switch criterion.status {
                            case .met, .notApplicable: .good
                            case .notMet: .bad
                            case .undetermined: .pending
                            }
                        return .status(criterion.status.text(language), tone)
                    }
                    + [evaluation.hasData ? .integer(evaluation.criteriaMet) : .empty]
            })
    }

    /// Communes meeting each criterion: the chart under the overview and district tables.
    public static func criteriaTable(_ summary: ScopeSummary, language: Language) -> ExportTable {
        let vi = language == .vi
        return ExportTable(
            sheetName: vi ? "Theo tiêu chí" : "By criterion", title: summary.scopeName, notes: notes(summary, language: language),
            columns: [
                .init(vi ? "Tiêu chí" : "Criterion", width: 9), .init(vi ? "Tên tiêu chí" : "Name", width: 36),
                .init(vi ? "Số xã đạt" : "Communes meeting", width: 11), .init(vi ? "Số xã" : "Communes", width: 9),
                .init(vi ? "Tỷ lệ xã đạt" : "Share meeting", width: 11),
            ],
            rows: summary.criteria.map { criterion in
                [
                    .text((vi ? "TC" : "C") + String(criterion.number)), .text(criterion.name), .integer(criterion.communesMeeting),
                    .integer(summary.communes),
                    summary.communes > 0
                        ? .percent(FixedDecimal(scaled: Int64(criterion.communesMeeting) * 100 * FixedDecimal.scale / Int64(summary.communes)))
                        : .empty,
                ]
            }, landscape: false)
    }

    /// A unit's criteria and indicators as its page shows them. Evidence is left out unless the reader may see it.
    public static func indicatorTable(_ evaluation: UnitEvaluation, language: Language, includeEvidence: Bool) -> ExportTable {
        let vi = language == .vi
        var columns: [ExportTable.Column] = [
            .init(vi ? "Tiêu chí" : "Criterion", width: 8), .init(vi ? "Tên tiêu chí" : "Criterion name", width: 24),
            .init(vi ? "Mã chỉ tiêu" : "Indicator", width: 9), .init(vi ? "Nội dung chỉ tiêu" : "Indicator name", width: 40),
            .init(vi ? "Giá trị" : "Value", width: 14), .init(vi ? "Ngưỡng" : "Threshold", width: 14),
            .init(vi ? "Kết quả" : "Result", width: 12), .init(vi ? "Còn thiếu" : "Gap", width: 14),
            .init(vi ? "Số liệu ngày" : "Value as of", width: 11), .init(vi ? "Nguồn số liệu" : "Source", width: 20),
        ]
        if includeEvidence { columns.append(.init(vi ? "Minh chứng" : "Evidence", width: 24)) }
        var rows: [[ExportTable.Cell]] = []
        for criterion in evaluation.criteria {
            for indicator in criterion.indicators {
                var row: [ExportTable.Cell] = [
                    .text((vi ? "TC" : "C") + String(criterion.number)), .text(criterion.name), .text(indicator.code.rawValue),
                    .text(indicator.name), .text(indicator.valueText(language) ?? ""), .text(indicator.thresholdText(language) ?? ""),
                    .status(indicator.status.text(language), tone(indicator.status)), .text(indicator.gapText(language) ?? ""),
                    indicator.observedOn.map { .date($0) } ?? .empty, .text(indicator.observationSource ?? ""),
                ]
                if includeEvidence { row.append(.text(indicator.evidence ?? "")) }
                rows.append(row)
            }
        }
        let met = evaluation.hasData ? "\(evaluation.criteriaMet)/\(evaluation.totalCriteria)" : (vi ? "chưa có số liệu" : "no data")
        return ExportTable(
            sheetName: vi ? "Chỉ tiêu" : "Indicators", title: evaluation.name,
            notes: [
                (vi ? "Ngày đánh giá: " : "Assessment date: ") + evaluation.date.vietnamese,
                (vi ? "Bộ tiêu chí: " : "Criteria set: ") + evaluation.legalBasis,
                (vi ? "Số tiêu chí đạt: " : "Criteria met: ") + met,
            ], columns: columns, rows: rows)
    }

    static func tone(_ status: IndicatorStatus) -> ExportTable.StatusTone {
        switch status {
        case .met: .good
        case .notMet: .bad
        case .noData, .notConfigured: .pending
        case .notApplicable: .neutral
        }
    }

    /// The values behind the results, in the columns `ntm import` reads, so the sheet can be saved as CSV and
    /// imported again.
    static func observationSheet(_ data: ExportData, language: Language) -> XLSXSheet {
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
            frozenRows: 1, autoFilter: XLSXRange(firstRow: 0, firstColumn: 0, lastRow: max(rows.count - 1, 0), lastColumn: header.count - 1))
    }
}
