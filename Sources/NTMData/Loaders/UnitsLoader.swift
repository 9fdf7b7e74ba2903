import NTMCore

/// A text file handed to a loader: its name for messages and its contents.
public struct DataFile: Sendable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// Reads administrative units, their lineage and commune groups from CSV files.
///
/// Units: `code,name,kind,parent,valid_from,valid_until,region` (one row per version of a code).
/// Lineage: `date,kind,from,to,source`. Groups: `unit,group,effective_from,source`.
public enum UnitsLoader {
    public static func load(units: DataFile, lineage: DataFile? = nil, groups: DataFile? = nil) throws(DataFileErrors) -> UnitHierarchy {
        var collector = ErrorCollector()
        var versions: [AdministrativeUnit] = []
        var lineOf: [UnitCode: (file: String, line: Int)] = [:]
        if let table = collector.attempt({ try CSVTable(units.text, file: units.name, required: ["code", "name", "kind", "parent"]) }) {
            for row in table.rows {
                guard let unit = collector.attempt({ try unitVersion(row, table: table) }) else { continue }
                if lineOf[unit.code] == nil { lineOf[unit.code] = (units.name, row.line) }
                versions.append(unit)
            }
        }
        var events: [LineageEvent] = []
        if let lineage, let table = collector.attempt({ try CSVTable(lineage.text, file: lineage.name, required: ["date", "kind", "from", "to"]) }) {
            for row in table.rows {
                if let event = collector.attempt({ try lineageEvent(row, table: table) }) { events.append(event) }
            }
        }
        var assignments: [CommuneGroupAssignment] = []
        if let groups, let table = collector.attempt({ try CSVTable(groups.text, file: groups.name, required: ["unit", "group", "effective_from"]) })
        {
            for row in table.rows {
                if let assignment = collector.attempt({ try groupAssignment(row, table: table) }) { assignments.append(assignment) }
            }
        }
        try collector.throwIfAny()
        do {
            return try UnitHierarchy(units: versions, lineage: events, communeGroups: assignments)
        } catch {
            let code: UnitCode
            switch error {
            case .overlappingVersions(let c), .unknownParent(let c, _), .parentNotValid(let c, _, _), .cycle(let c): code = c
            case .unknownUnitInLineage(let c), .unknownUnitInGroupAssignment(let c), .groupAssignedToNonCommune(let c): code = c
            }
            let place = lineOf[code]
            throw DataFileErrors([DataFileError(file: place?.file ?? units.name, line: place?.line, message: error.localized)])
        }
    }

    /// The versions of a units file, each row checked, without requiring the file to be a whole hierarchy: what an
    /// import merges into the store's units.
    public static func versions(_ units: DataFile) throws(DataFileErrors) -> [(AdministrativeUnit, line: Int)] {
        var collector = ErrorCollector()
        var versions: [(AdministrativeUnit, line: Int)] = []
        if let table = collector.attempt({ try CSVTable(units.text, file: units.name, required: ["code", "name", "kind", "parent"]) }) {
            for row in table.rows {
                if let unit = collector.attempt({ try unitVersion(row, table: table) }) { versions.append((unit, row.line)) }
            }
        }
        try collector.throwIfAny()
        return versions
    }

    /// The assignments of a commune-group file (`unit,group,effective_from,source`), each row checked against
    /// `units`: the unit exists on its start day and is a xã. Every problem is reported, none applied.
    public static func groups(_ groups: DataFile, units: UnitHierarchy) throws(DataFileErrors) -> [CommuneGroupAssignment] {
        var collector = ErrorCollector()
        var assignments: [CommuneGroupAssignment] = []
        if let table = collector.attempt({ try CSVTable(groups.text, file: groups.name, required: ["unit", "group", "effective_from"]) }) {
            for row in table.rows {
                let assignment = collector.attempt { () throws(DataFileError) -> CommuneGroupAssignment in
                    let assignment = try groupAssignment(row, table: table)
                    if let problem = assignment.problem(in: units) {
                        throw table.error(row, column: problem.field == "unit" ? "unit" : "effective_from", problem.message)
                    }
                    return assignment
                }
                if let assignment { assignments.append(assignment) }
            }
        }
        try collector.throwIfAny()
        return assignments
    }

    /// The events of a lineage file, each row checked.
    public static func lineage(_ lineage: DataFile) throws(DataFileErrors) -> [LineageEvent] {
        var collector = ErrorCollector()
        var events: [LineageEvent] = []
        if let table = collector.attempt({ try CSVTable(lineage.text, file: lineage.name, required: ["date", "kind", "from", "to"]) }) {
            for row in table.rows {
                if let event = collector.attempt({ try lineageEvent(row, table: table) }) { events.append(event) }
            }
        }
        try collector.throwIfAny()
        return events
    }

    private static func unitVersion(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> AdministrativeUnit {
        let code = try table.required(row, "code")
        let kindText = try table.required(row, "kind")
        guard let kind = UnitKind(rawValue: kindText) else {
            let expected = UnitKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw table.error(
                row, column: "kind",
                LocalizedText(
                    vi: "loại đơn vị '\(kindText)' không hợp lệ (dùng \(expected))", en: "unknown unit kind '\(kindText)' (expected \(expected))"))
        }
        var region: Region?
        if let text = row.value("region") {
            guard let parsed = Region(code: text) else {
                let expected = Region.allCases.map(\.rawValue).joined(separator: ", ")
                throw table.error(
                    row, column: "region",
                    LocalizedText(vi: "vùng '\(text)' không hợp lệ (dùng \(expected))", en: "unknown region '\(text)' (expected \(expected))"))
            }
            region = parsed
        }
        let validity = Validity(from: try date(row, "valid_from", table: table), until: try date(row, "valid_until", table: table))
        if let from = validity.from, let until = validity.until, until < from {
            throw table.error(
                row, column: "valid_until",
                LocalizedText(vi: "ngày kết thúc trước ngày bắt đầu (valid_from)", en: "ends before valid_from"))
        }
        return AdministrativeUnit(
            code: UnitCode(code), name: try table.required(row, "name"), kind: kind,
            parent: row.value("parent").map { UnitCode($0) }, validity: validity, region: region)
    }

    private static func lineageEvent(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> LineageEvent {
        let kindText = try table.required(row, "kind")
        guard let kind = LineageKind(rawValue: kindText) else {
            let expected = LineageKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw table.error(
                row, column: "kind",
                LocalizedText(
                    vi: "loại thay đổi '\(kindText)' không hợp lệ (dùng \(expected))",
                    en: "unknown lineage kind '\(kindText)' (expected \(expected))"))
        }
        guard let day = try date(row, "date", table: table) else { throw table.error(row, column: "date", emptyCell) }
        return LineageEvent(
            date: day, kind: kind, from: UnitCode(try table.required(row, "from")),
            to: UnitCode(try table.required(row, "to")), source: row.value("source"))
    }

    private static func groupAssignment(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> CommuneGroupAssignment {
        let groupText = try table.required(row, "group")
        guard let group = CommuneGroup(code: groupText) else {
            throw table.error(
                row, column: "group",
                LocalizedText(
                    vi: "nhóm xã '\(groupText)' không hợp lệ (dùng G1, G2 hoặc G3)",
                    en: "unknown commune group '\(groupText)' (expected G1, G2 or G3)"))
        }
        guard let day = try date(row, "effective_from", table: table) else { throw table.error(row, column: "effective_from", emptyCell) }
        return CommuneGroupAssignment(
            unit: UnitCode(try table.required(row, "unit")), group: group, effectiveFrom: day,
            source: row.value("source"))
    }

    static func date(_ row: CSVTable.Row, _ column: String, table: CSVTable) throws(DataFileError) -> LocalDate? {
        guard let text = row.value(column) else { return nil }
        guard let day = LocalDate(parsing: text) else {
            throw table.error(row, column: column, notADate(text))
        }
        return day
    }

    /// An empty required cell.
    static let emptyCell = LocalizedText(vi: "đang để trống", en: "is empty")

    /// A cell that is not a date in either accepted form.
    static func notADate(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "'\(text)' không phải ngày (ghi YYYY-MM-DD hoặc DD/MM/YYYY)",
            en: "'\(text)' is not a date (write YYYY-MM-DD or DD/MM/YYYY)")
    }
}
