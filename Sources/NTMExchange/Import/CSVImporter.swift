import Foundation
import Synchronization
import NTMCore
import NTMData

/// Reads observation CSV files (the format `ntm export` writes), in UTF-8 or a legacy encoding.
public enum CSVImporter {
    public static func plan(_ data: Data, file: String, engine: EvaluationEngine) throws(ImportProblems) -> ImportPlan {
        let text = LegacyVietnamese.decode(data)
        let converted = ConversionCounter()
        let rows: [ParsedObservation]
        do {
            rows = try ObservationsLoader.parseRows(DataFile(name: file, text: text), engine: engine) { cell in
                let normalized = LegacyVietnamese.normalize(cell)
                if normalized.converted != nil { converted.increment() }
                return normalized.text
            }
        } catch {
            throw ImportProblems(error.errors.map(ImportProblem.init))
        }
        return ImportPlan(changes: rows.map { ObservationChange($0.observation, expected: $0.expected) },
                          convertedCells: converted.value, criteriaSet: nil, date: nil)
    }
}

/// Counts legacy-encoded cells from inside the CSV parser's cleaning closure.
final class ConversionCounter: Sendable {
    private let count = Mutex(0)

    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
