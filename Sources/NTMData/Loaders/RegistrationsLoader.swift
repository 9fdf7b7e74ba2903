import NTMCore

/// Reads registered target years from CSV: `unit,target_year,registered_on,source`.
public enum RegistrationsLoader {
    public static func parse(_ file: DataFile, units: UnitHierarchy) throws(DataFileErrors) -> [Registration] {
        var collector = ErrorCollector()
        guard let table = collector.attempt({ try CSVTable(file.text, file: file.name, required: ["unit", "target_year"]) }) else {
            try collector.throwIfAny()
            return []
        }
        var result: [Registration] = []
        for row in table.rows {
            let registration = collector.attempt { () throws(DataFileError) -> Registration in
                let unit = UnitCode(try table.required(row, "unit"))
                let yearText = try table.required(row, "target_year")
                guard let year = Int(yearText) else {
                    throw table.error(
                        row, column: "target_year", LocalizedText(vi: "'\(yearText)' không phải năm hợp lệ", en: "'\(yearText)' is not a year"))
                }
                let registration = Registration(
                    unit: unit, targetYear: year, registeredOn: try UnitsLoader.date(row, "registered_on", table: table),
                    source: row.value("source"))
                if let problem = registration.problem(in: units) {
                    throw table.error(row, column: problem.field == "unit" ? "unit" : "target_year", problem.message)
                }
                return registration
            }
            if let registration { result.append(registration) }
        }
        try collector.throwIfAny()
        return result
    }
}
