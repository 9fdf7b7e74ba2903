/// Where an observation came from, kept apart from the hot evaluation data.
public struct Provenance: Hashable, Sendable, Codable {
    public var source: String?
    public var evidence: String?
}

/// Observations arranged for evaluation: per criteria set, one row per unit and one column per
/// indicator or condition, each cell holding that cell's values in date order.
public struct ObservationIndex: Sendable {
    /// One stored value. Kept small because a national dataset holds millions.
    struct Entry: Sendable {
        var date: LocalDate
        var provenance: Int32
        var value: ObservationValue
    }

    struct Table: Sendable {
        var columns: [IndicatorCode: Int]
        var columnCodes: [IndicatorCode]
        var rows: [UnitCode: Int] = [:]
        var rowCodes: [UnitCode] = []
        /// Cell `row * columnCodes.count + column`.
        var cells = CellArena()

        init(columns codes: [IndicatorCode]) {
            columnCodes = codes
            columns = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        }

        mutating func row(for unit: UnitCode) -> Int {
            if let row = rows[unit] { return row }
            let row = rowCodes.count
            rows[unit] = row
            rowCodes.append(unit)
            cells.appendCells(columnCodes.count)
            return row
        }

        @inline(__always)
        func latest(row: Int, column: Int, onOrBefore date: LocalDate) -> Entry? {
            cells.latest(row &* columnCodes.count &+ column, onOrBefore: date)
        }

        /// Every entry of one cell, oldest first.
        func entries(row: Int, column: Int) -> [Entry] {
            cells.entries(row * columnCodes.count + column)
        }
    }

    private(set) var tables: [CriteriaSetID: Table]
    private var provenances: [Provenance] = []
    private var provenanceIDs: [Provenance: Int32] = [:]
    public private(set) var count = 0

    /// Columns for every indicator and condition of every set, so lookups never miss a table.
    public init(catalog: CriteriaCatalog) {
        var tables: [CriteriaSetID: Table] = [:]
        for set in catalog.sets {
            let codes = set.allIndicators.filter { $0.derivation == nil }.map(\.code) + set.conditions.map(\.id)
            tables[set.id] = Table(columns: codes)
        }
        self.tables = tables
    }

    /// Stores an observation; false when its set or code has no column. The engine checks values beforehand.
    @discardableResult
    mutating func insert(_ observation: Observation) -> Bool {
        guard var table = tables.removeValue(forKey: observation.criteriaSet) else { return false }
        defer { tables[observation.criteriaSet] = table }
        return insert(observation, into: &table)
    }

    /// Stores one observation in its set's table, already taken out of `tables`; false when the code has no column.
    private mutating func insert(_ observation: Observation, into table: inout Table) -> Bool {
        guard let column = table.columns[observation.indicator] else { return false }
        let row = table.row(for: observation.unit)
        let entry = Entry(date: observation.date, provenance: provenanceID(observation), value: observation.value)
        // Later entries for the same day win, so the new one goes after every entry dated on or before it.
        table.cells.insert(entry, into: row * table.columnCodes.count + column)
        count += 1
        return true
    }

    /// Stores many observations, taking each set's table out once per run of that set instead of once per value;
    /// returns how many had no set or column. Loading a store goes through here.
    mutating func insert(contentsOf observations: [Observation]) -> Int {
        var skipped = 0
        var start = 0
        while start < observations.count {
            let set = observations[start].criteriaSet
            var end = start + 1
            while end < observations.count && observations[end].criteriaSet == set { end += 1 }
            defer { start = end }
            guard var table = tables.removeValue(forKey: set) else {
                skipped += end - start
                continue
            }
            for observation in observations[start..<end] where !insert(observation, into: &table) { skipped += 1 }
            tables[set] = table
        }
        return skipped
    }

    private mutating func provenanceID(_ observation: Observation) -> Int32 {
        guard observation.source != nil || observation.evidence != nil else { return -1 }
        let provenance = Provenance(source: observation.source, evidence: observation.evidence)
        if let id = provenanceIDs[provenance] { return id }
        let id = Int32(provenances.count)
        provenances.append(provenance)
        provenanceIDs[provenance] = id
        return id
    }

    func table(_ set: CriteriaSetID) -> Table? { tables[set] }

    /// Closes the room cells left behind as they grew, laying each table out in cell order: call after a bulk load.
    mutating func compact() {
        for set in Array(tables.keys) {
            guard var table = tables.removeValue(forKey: set) else { continue }
            table.cells.compact()
            tables[set] = table
        }
    }

    func provenance(_ id: Int32) -> Provenance? { id >= 0 ? provenances[Int(id)] : nil }

    /// The value in force on `date`: the latest dated on or before it.
    public func latest(unit: UnitCode, set: CriteriaSetID, code: IndicatorCode, on date: LocalDate) -> Observation? {
        guard let table = tables[set], let row = table.rows[unit], let column = table.columns[code],
            let entry = table.latest(row: row, column: column, onOrBefore: date)
        else { return nil }
        return observation(entry, unit: unit, set: set, code: code)
    }

    /// Every value recorded for one cell, oldest first.
    public func history(unit: UnitCode, set: CriteriaSetID, code: IndicatorCode) -> [Observation] {
        guard let table = tables[set], let row = table.rows[unit], let column = table.columns[code] else { return [] }
        return table.entries(row: row, column: column).map { observation($0, unit: unit, set: set, code: code) }
    }

    /// All observations, set by set, unit by unit, in date order.
    public func allObservations() -> [Observation] {
        tables.keys.sorted().flatMap { set -> [Observation] in
            guard let table = tables[set] else { return [] }
            return table.rowCodes.enumerated().flatMap { row, unit in
                table.columnCodes.enumerated().flatMap { column, code in
                    table.entries(row: row, column: column).map { observation($0, unit: unit, set: set, code: code) }
                }
            }
        }
    }

    private func observation(_ entry: Entry, unit: UnitCode, set: CriteriaSetID, code: IndicatorCode) -> Observation {
        let provenance = provenance(entry.provenance)
        return Observation(
            unit: unit, criteriaSet: set, indicator: code, date: entry.date, value: entry.value,
            source: provenance?.source, evidence: provenance?.evidence)
    }
}
