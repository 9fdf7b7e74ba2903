import Foundation
import NTMCore
import NTMStore

extension TemplateWriter {
    /// The template of `scope` on `date` with the store's values in force: what `ntm template` writes and the web's
    /// "Tải mẫu Excel" downloads.
    public static func workbook(
        for scope: UnitCode, on date: LocalDate, engine: EvaluationEngine, store: any ObservationStore, language: Language,
        generatedAt: Date
    ) async throws -> XLSXWorkbook {
        let communes = engine.units.communes(under: scope, on: date).map(\.code)
        // Every date of these communes: the value in force may be older than the template's date.
        let records = communes.isEmpty ? [] : try await store.currentRecords(RecordFilter(units: communes, limit: 10_000_000))
        return try workbook(for: scope, on: date, engine: engine, records: records, language: language, generatedAt: generatedAt)
    }

    /// The file name offered for download: `mau-nhap-lieu_84001_2019-12-31.xlsx`.
    public static func fileName(scope: UnitCode, on date: LocalDate, language: Language) -> String {
        "\(language == .vi ? "mau-nhap-lieu" : "entry-template")_\(scope.rawValue)_\(date.iso).xlsx"
    }
}
