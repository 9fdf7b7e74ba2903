import NTMCore

/// An observation read from a file, with its line and the revision it says it replaces.
public struct ParsedObservation: Sendable {
    public let line: Int
    public let observation: Observation
    public let expected: ExpectedRevision
}

/// Reads observations from CSV: `unit,criteria_set,indicator,date,value,numerator,denominator,source,evidence`
/// and optionally `revision` (the revision the row replaces; 0 for a new value; empty to append).
///
/// Percentages are best given as numerator and denominator; `value` then stays empty.
public enum ObservationsLoader {
    public static let columns = ["unit", "criteria_set", "indicator", "date", "value", "numerator", "denominator", "source", "evidence"]

    /// Parses and validates every row against the engine; returns the observations only if all rows are valid.
    public static func parse(_ file: DataFile, engine: EvaluationEngine) throws(DataFileErrors) -> [Observation] {
        try parseRows(file, engine: engine).map(\.observation)
    }

    /// Parses and validates every row; `transform` cleans each non-ASCII cell (legacy encodings).
    public static func parseRows(
        _ file: DataFile, engine: EvaluationEngine,
        transform: (@Sendable (String) -> String)? = nil
    ) throws(DataFileErrors) -> [ParsedObservation] {
        var result: [ParsedObservation] = []
        try parseRows(file, engine: engine, transform: transform, chunkSize: .max) { chunk in
            result += chunk
            return true
        }
        return result
    }

    /// Parses and validates every row, handing valid rows over in chunks while reading on, so a store can
    /// write them meanwhile. After the first problem no more chunks are emitted, but every row is still
    /// checked so that all problems are reported; `emit` returning false stops the reading.
    public static func parseRows(
        _ file: DataFile, engine: EvaluationEngine, transform: (@Sendable (String) -> String)?,
        chunkSize: Int, emit: ([ParsedObservation]) -> Bool
    ) throws(DataFileErrors) {
        var collector = ErrorCollector()
        var positions: Columns?
        var result: [ParsedObservation] = []
        var firstLine: [ObservationKey: Int] = [:]
        var stopped = false
        do {
            try CSVTable.scan(file.text, file: file.name, required: Array(columns.prefix(4)), transform: transform) { table, row in
                let columns = positions ?? Columns(table)
                positions = columns
                guard let observation = collector.attempt({ try self.observation(row, columns: columns, table: table, engine: engine) }) else {
                    return true
                }
                let key = ObservationKey(
                    unit: observation.unit, set: observation.criteriaSet, indicator: observation.indicator, date: observation.date)
                if let earlier = firstLine[key] {
                    collector.add(
                        table.error(
                            row,
                            LocalizedText(
                                vi: "trùng với dòng \(earlier): cùng đơn vị, chỉ tiêu và ngày",
                                en: "duplicate of line \(earlier): the same unit, indicator and date")))
                    return true
                }
                firstLine[key] = row.line
                guard let expected = collector.attempt({ try self.expected(row, columns: columns, table: table) }) else { return true }
                do {
                    try engine.validate(observation)
                    guard collector.errors.isEmpty else { return true }
                    result.append(ParsedObservation(line: row.line, observation: observation, expected: expected))
                    if result.count >= chunkSize {
                        guard emit(result) else {
                            stopped = true
                            return false
                        }
                        result.removeAll(keepingCapacity: true)
                    }
                } catch let error as EngineError {
                    let column: String?
                    switch error {
                    case .invalidValue(_, _, .numeratorExceedsDenominator): column = "numerator"
                    case .invalidValue(_, _, .zeroDenominator): column = "denominator"
                    case .invalidValue: column = "value"
                    default: column = nil
                    }
                    collector.add(table.error(row, column: column, LocalizedText(vi: error.text(.vi), en: error.text(.en))))
                } catch {
                    collector.add(table.error(row, "\(error)"))
                }
                return true
            }
        } catch {
            collector.add(error)
        }
        try collector.throwIfAny()
        if !result.isEmpty && !stopped { _ = emit(result) }
    }

    /// Identifies a row's slot for the duplicate check without building strings.
    private struct ObservationKey: Hashable {
        var unit: UnitCode
        var set: CriteriaSetID
        var indicator: IndicatorCode
        var date: LocalDate
    }

    /// Column positions, found once per file rather than per cell.
    struct Columns {
        let unit, set, indicator, date, value, numerator, denominator, source, evidence, revision: Int?

        init(_ table: CSVTable) {
            unit = table.position(of: "unit")
            set = table.position(of: "criteria_set")
            indicator = table.position(of: "indicator")
            date = table.position(of: "date")
            value = table.position(of: "value")
            numerator = table.position(of: "numerator")
            denominator = table.position(of: "denominator")
            source = table.position(of: "source")
            evidence = table.position(of: "evidence")
            revision = table.position(of: "revision")
        }
    }

    /// Records the file into a copy of the engine and returns it: nothing changes unless every row is valid.
    public static func load(_ file: DataFile, into engine: EvaluationEngine) throws(DataFileErrors) -> EvaluationEngine {
        let observations = try parse(file, engine: engine)
        var updated = engine
        for observation in observations {
            do { try updated.record(observation) } catch {
                throw DataFileErrors([DataFileError(file: file.name, line: nil, message: LocalizedText(vi: error.text(.vi), en: error.text(.en)))])
            }
        }
        return updated
    }

    private static func expected(_ row: CSVTable.Row, columns: Columns, table: CSVTable) throws(DataFileError) -> ExpectedRevision {
        guard let text = row.value(at: columns.revision) else { return .latest }
        guard let revision = Int(text), revision >= 0 else {
            throw table.error(
                row, column: "revision",
                LocalizedText(
                    vi: "'\(text)' không phải số phiên bản (ghi 0 nếu là giá trị mới)",
                    en: "'\(text)' is not a revision number (0 for a new value)"))
        }
        return revision == 0 ? .none : .revision(revision)
    }

    private static func observation(
        _ row: CSVTable.Row, columns: Columns, table: CSVTable,
        engine: EvaluationEngine
    ) throws(DataFileError) -> Observation {
        func required(_ position: Int?, _ name: String) throws(DataFileError) -> String {
            guard let text = row.value(at: position) else { throw table.error(row, column: name, UnitsLoader.emptyCell) }
            return text
        }
        let unit = UnitCode(try required(columns.unit, "unit"))
        let set = CriteriaSetID(try required(columns.set, "criteria_set"))
        let code = IndicatorCode(try required(columns.indicator, "indicator"))
        let dateText = try required(columns.date, "date")
        guard let date = LocalDate(parsing: dateText) else {
            throw table.error(row, column: "date", UnitsLoader.notADate(dateText))
        }
        guard engine.catalog.scope(of: set) != nil else {
            throw table.error(
                row, column: "criteria_set", LocalizedText(vi: "không có bộ tiêu chí '\(set)'", en: "unknown criteria set '\(set)'"))
        }
        guard engine.units.unit(unit, on: date) != nil else {
            throw table.error(
                row, column: "unit",
                LocalizedText(
                    vi: "không có đơn vị mã \(unit) vào ngày \(date.vietnamese)", en: "no unit with code \(unit) exists on \(date.iso)"))
        }
        guard let observable = engine.observableKind(unit: unit, set: set, code: code, on: date) else {
            throw table.error(
                row, column: "indicator",
                LocalizedText(
                    vi: "bộ tiêu chí \(set) không có chỉ tiêu hay điều kiện '\(code)'",
                    en: "criteria set \(set) has no indicator or condition '\(code)'"))
        }
        let value = try self.value(row, columns: columns, table: table, observable: observable, code: code)
        return Observation(
            unit: unit, criteriaSet: set, indicator: code, date: date, value: value,
            source: row.value(at: columns.source), evidence: row.value(at: columns.evidence))
    }

    /// The row's value, read by the core's one parser (the same forms and messages as the entry form and templates).
    static func value(
        _ row: CSVTable.Row, columns: Columns, table: CSVTable, observable: ObservableKind, code: IndicatorCode
    ) throws(DataFileError) -> ObservationValue {
        let input = ValueInput(
            value: row.value(at: columns.value), numerator: row.value(at: columns.numerator), denominator: row.value(at: columns.denominator))
        do {
            guard let value = try ValueParser.parse(input, as: observable, code: code) else {
                throw table.error(row, column: "value", LocalizedText(vi: "chỉ tiêu \(code): đang để trống", en: "indicator \(code): is empty"))
            }
            return value
        } catch let error as ValueParseError {
            throw table.error(row, column: error.field.rawValue, LocalizedText(vi: error.text(.vi), en: error.text(.en)))
        } catch let error as DataFileError {
            throw error
        } catch {
            throw table.error(row, column: "value", "\(error)")
        }
    }
}
