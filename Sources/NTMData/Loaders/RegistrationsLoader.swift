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
                guard !units.versions(of: unit).isEmpty else {
                    throw table.error(row, column: "unit", LocalizedText(vi: "không có đơn vị mã \(unit)", en: "unknown unit code \(unit)"))
                }
                guard units.versions(of: unit).contains(where: { $0.kind == .commune }) else {
                    throw table.error(
                        row, column: "unit",
                        LocalizedText(
                            vi: "đơn vị \(unit) không phải xã; chỉ xã mới đăng ký đạt chuẩn nông thôn mới",
                            en: "unit \(unit) is not a commune (xã); only xã register for the NTM standard"))
                }
                let yearText = try table.required(row, "target_year")
                guard let year = Int(yearText), (2000...2100).contains(year) else {
                    throw table.error(
                        row, column: "target_year", LocalizedText(vi: "'\(yearText)' không phải năm hợp lệ", en: "'\(yearText)' is not a year"))
                }
                return Registration(
                    unit: unit, targetYear: year, registeredOn: try UnitsLoader.date(row, "registered_on", table: table),
                    source: row.value("source"))
            }
            if let registration { result.append(registration) }
        }
        try collector.throwIfAny()
        return result
    }
}
