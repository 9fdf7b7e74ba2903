import Foundation
import NTMCore
import NTMData
import NTMStore
import Synchronization

/// Reads observation CSV files (the format `ntm export` writes), in UTF-8 or a legacy encoding.
public enum CSVImporter {
    /// Reads, checks and stores a file in one transaction, writing while it reads on (two cores at work).
    /// Nothing is kept unless every row is valid and no value conflicts. Returns the values stored and the
    /// cells converted from legacy encodings.
    public static func importFile(
        _ data: Data, file: String, engine: EvaluationEngine, store: any NTMStore, status: ReviewStatus,
        by user: String, batch: String
    ) async throws -> (count: Int, converted: Int) {
        let feed = ChangeFeed()
        let converted = ConversionCounter()
        let producer = Thread {
            let text = LegacyVietnamese.decode(data)
            do {
                try ObservationsLoader.parseRows(
                    DataFile(name: file, text: text), engine: engine,
                    transform: Self.cleaner(counting: converted), chunkSize: 20_000
                ) { chunk in
                    feed.send(chunk.map { ObservationChange($0.observation, expected: $0.expected) })
                }
                feed.finish()
            } catch let error as DataFileErrors {
                feed.finish(throwing: ImportProblems(error.errors.map(ImportProblem.init)))
            } catch {
                feed.finish(throwing: error)
            }
        }
        producer.start()
        let count = try await store.importValues(feed, status: status, by: user, batch: batch)
        return (count, converted.value)
    }

    static func cleaner(counting counter: ConversionCounter) -> @Sendable (String) -> String {
        { cell in
            let normalized = LegacyVietnamese.normalize(cell)
            if normalized.converted != nil { counter.increment() }
            return normalized.text
        }
    }

    public static func plan(_ data: Data, file: String, engine: EvaluationEngine) throws(ImportProblems) -> ImportPlan {
        let text = LegacyVietnamese.decode(data)
        let converted = ConversionCounter()
        let rows: [ParsedObservation]
        do {
            rows = try ObservationsLoader.parseRows(DataFile(name: file, text: text), engine: engine, transform: cleaner(counting: converted))
        } catch {
            throw ImportProblems(error.errors.map(ImportProblem.init))
        }
        return ImportPlan(
            changes: rows.map { ObservationChange($0.observation, expected: $0.expected) },
            convertedCells: converted.value, criteriaSet: nil, date: nil)
    }
}

/// Counts legacy-encoded cells from inside the CSV parser's cleaning closure.
final class ConversionCounter: Sendable {
    private let count = Mutex(0)

    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
