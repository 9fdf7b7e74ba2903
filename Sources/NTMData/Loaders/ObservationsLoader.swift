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
    public static func parseRows(_ file: DataFile, engine: EvaluationEngine,
                                 transform: (@Sendable (String) -> String)? = nil) throws(DataFileErrors) -> [ParsedObservation] {
        var collector = ErrorCollector()
        guard let table = collector.attempt({
            try CSVTable(file.text, file: file.name, required: Array(columns.prefix(4)), transform: transform)
        }) else {
            try collector.throwIfAny()
            return []
        }
        var result: [ParsedObservation] = []
        result.reserveCapacity(table.rows.count)
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            guard let observation = collector.attempt({ try self.observation(row, table: table, engine: engine) }) else { continue }
            let key = "\(observation.unit)|\(observation.criteriaSet)|\(observation.indicator)|\(observation.date.iso)"
            if let earlier = firstLine[key] {
                collector.add(table.error(row, "duplicate of line \(earlier): the same unit, indicator and date"))
                continue
            }
            firstLine[key] = row.line
            guard let expected = collector.attempt({ try self.expected(row, table: table) }) else { continue }
            do {
                try engine.validate(observation)
                result.append(ParsedObservation(line: row.line, observation: observation, expected: expected))
            } catch {
                let column: String? = if case .invalidValue = error { "value" } else { nil }
                collector.add(table.error(row, column: column, error.text(.en)))
            }
        }
        try collector.throwIfAny()
        return result
    }

    /// Records the file into a copy of the engine and returns it: nothing changes unless every row is valid.
    public static func load(_ file: DataFile, into engine: EvaluationEngine) throws(DataFileErrors) -> EvaluationEngine {
        let observations = try parse(file, engine: engine)
        var updated = engine
        for observation in observations {
            do { try updated.record(observation) } catch {
                throw DataFileErrors([DataFileError(file: file.name, line: nil, message: error.text(.en))])
            }
        }
        return updated
    }

    private static func expected(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> ExpectedRevision {
        guard let text = row.value("revision") else { return .latest }
        guard let revision = Int(text), revision >= 0 else {
            throw table.error(row, column: "revision", "'\(text)' is not a revision number (0 for a new value)")
        }
        return revision == 0 ? .none : .revision(revision)
    }

    private static func observation(_ row: CSVTable.Row, table: CSVTable, engine: EvaluationEngine) throws(DataFileError) -> Observation {
        let unit = UnitCode(try table.required(row, "unit"))
        let set = CriteriaSetID(try table.required(row, "criteria_set"))
        let code = IndicatorCode(try table.required(row, "indicator"))
        let dateText = try table.required(row, "date")
        guard let date = LocalDate(parsing: dateText) else {
            throw table.error(row, column: "date", "'\(dateText)' is not a date (write YYYY-MM-DD or DD/MM/YYYY)")
        }
        guard engine.catalog.set(set) != nil else {
            throw table.error(row, column: "criteria_set", "unknown criteria set '\(set)'")
        }
        guard engine.units.unit(unit, on: date) != nil else {
            throw table.error(row, column: "unit", "no unit with code \(unit) exists on \(date.iso)")
        }
        guard let observable = engine.observableKind(unit: unit, set: set, code: code, on: date) else {
            throw table.error(row, column: "indicator", "criteria set \(set) has no indicator or condition '\(code)'")
        }
        let value = try self.value(row, table: table, observable: observable)
        return Observation(unit: unit, criteriaSet: set, indicator: code, date: date, value: value,
                           source: row.value("source"), evidence: row.value("evidence"))
    }

    static func value(_ row: CSVTable.Row, table: CSVTable, observable: ObservableKind) throws(DataFileError) -> ObservationValue {
        let text = row.value("value"), numerator = row.value("numerator"), denominator = row.value("denominator")
        func number<T>(_ column: String, _ text: String, _ parse: (String) -> T?, what: String) throws(DataFileError) -> T {
            guard let value = parse(text) else { throw table.error(row, column: column, "'\(text)' is not \(what)") }
            return value
        }
        switch observable {
        case .derived:
            throw table.error(row, column: "indicator", "this indicator is computed from commune results and cannot be entered")
        case .condition, .indicator(.passFail?):
            let cell = try table.required(row, "value")
            guard let met = CellParsing.passFail(cell) else {
                throw table.error(row, column: "value", "'\(cell)' is not Đạt/Không đạt (or Có/Không)")
            }
            return .passFail(met)
        case .indicator(.percentage?):
            if numerator != nil || denominator != nil {
                if text != nil { throw table.error(row, column: "value", "give either a percentage or numerator and denominator, not both") }
                guard let numerator else { throw table.error(row, column: "numerator", "is empty while denominator is given") }
                guard let denominator else { throw table.error(row, column: "denominator", "is empty while numerator is given") }
                return .ratio(numerator: try number("numerator", numerator, CellParsing.integer, what: "a whole number"),
                              denominator: try number("denominator", denominator, CellParsing.integer, what: "a whole number"))
            }
            let cell = try table.required(row, "value")
            return .percent(try number("value", cell.hasSuffix("%") ? String(cell.dropLast()) : cell, CellParsing.decimal, what: "a percentage"))
        case .indicator(.amount?):
            return .amount(try number("value", try table.required(row, "value"), CellParsing.decimal, what: "a number"))
        case .indicator(.count?), .indicator(.mustBeNone?):
            return .count(try number("value", try table.required(row, "value"), CellParsing.integer, what: "a whole number"))
        case .indicator(nil):
            throw table.error(row, column: "indicator", "the criteria set does not say how this indicator is measured, so no value can be recorded")
        }
    }
}
