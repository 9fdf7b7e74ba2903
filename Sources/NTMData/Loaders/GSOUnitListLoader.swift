import NTMCore

/// Reads the statistics office's unit list as its "Xuất Excel" download gives it, saved as CSV:
/// `Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh`, one row per commune-level unit (a
/// district without communes has a row with an empty `Mã PX` and `Cấp` = Huyện). Provinces and districts are
/// stated by their communes' rows; a name that differs between two rows of one code is refused at the second.
public enum GSOUnitListLoader {
    /// As the header names them, lower-cased as `CSVTable` reads every header.
    public static let requiredColumns = ["tỉnh thành phố", "mã tp", "quận huyện", "mã qh", "phường xã", "mã px", "cấp"]

    /// Whether `text` has the statistics office's header (rather than the project's `code,name,kind,…`).
    public static func recognises(_ text: String) -> Bool {
        let header = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        return header.lowercased().contains("mã tp") && header.lowercased().contains("mã px")
    }

    public static func load(_ file: DataFile) throws(DataFileErrors) -> [StatedUnit] {
        let table: CSVTable
        do {
            table = try CSVTable(file.text, file: file.name, required: requiredColumns)
        } catch {
            throw DataFileErrors([error])
        }
        var list = StatedList()
        var errors: [DataFileError] = []
        for row in table.rows {
            do {
                try list.read(row, table: table)
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw DataFileErrors(errors) }
        return list.units
    }

    /// The units stated so far, each code once.
    private struct StatedList {
        var units: [StatedUnit] = []
        var index: [UnitCode: Int] = [:]

        mutating func read(_ row: CSVTable.Row, table: CSVTable) throws(DataFileError) {
            let province = try code(row, "mã tp", digits: 2, table: table)
            try state(
                StatedUnit(code: province, name: try table.required(row, "tỉnh thành phố"), kind: .province, parent: nil, line: row.line),
                row: row, column: "tỉnh thành phố", table: table)
            var parent = province
            if row.value("mã qh") != nil {
                let district = try code(row, "mã qh", digits: 3, table: table)
                let name = try table.required(row, "quận huyện")
                let kind = try districtKind(name, row: row, table: table)
                try state(
                    StatedUnit(code: district, name: name, kind: kind, parent: province, line: row.line), row: row, column: "quận huyện",
                    table: table)
                parent = district
            }
            let level = try table.required(row, "cấp")
            guard row.value("mã px") != nil else {
                // A district without communes (an island district) has a row of its own.
                guard level == "Huyện", parent != province else {
                    throw table.error(row, column: "mã px", LocalizedText(vi: "thiếu mã đơn vị cấp xã", en: "the commune-level code is missing"))
                }
                return
            }
            let commune = try code(row, "mã px", digits: 5, table: table)
            guard let kind = communeKinds[level] else {
                throw table.error(
                    row, column: "cấp",
                    LocalizedText(
                        vi: "cấp '\(level)' không hợp lệ (dùng Xã, Phường, Thị trấn hoặc Đặc khu)",
                        en: "level '\(level)' is not Xã, Phường, Thị trấn or Đặc khu"))
            }
            try state(
                StatedUnit(code: commune, name: try table.required(row, "phường xã"), kind: kind, parent: parent, line: row.line), row: row,
                column: "phường xã", table: table)
        }

        /// Records a unit the first time its code appears; later rows must say the same.
        mutating func state(_ unit: StatedUnit, row: CSVTable.Row, column: String, table: CSVTable) throws(DataFileError) {
            guard let position = index[unit.code] else {
                index[unit.code] = units.count
                units.append(unit)
                return
            }
            let known = units[position]
            guard known.name == unit.name, known.kind == unit.kind, known.parent == unit.parent else {
                throw table.error(
                    row, column: column,
                    LocalizedText(
                        vi: "mã \(unit.code) là '\(known.name)' ở dòng \(known.line), ở đây là '\(unit.name)'",
                        en: "code \(unit.code) is '\(known.name)' on line \(known.line), here '\(unit.name)'"))
            }
        }
    }

    static let communeKinds: [String: UnitKind] = ["Xã": .commune, "Phường": .ward, "Thị trấn": .township, "Đặc khu": .specialZone]

    /// A district-level unit's kind from its name, as the list gives no other.
    static func districtKind(_ name: String, row: CSVTable.Row, table: CSVTable) throws(DataFileError) -> UnitKind {
        for (prefix, kind) in [("Quận ", UnitKind.urbanDistrict), ("Huyện ", .district), ("Thị xã ", .town), ("Thành phố ", .city)]
        where name.hasPrefix(prefix) {
            return kind
        }
        throw table.error(
            row, column: "quận huyện",
            LocalizedText(
                vi: "'\(name)' không bắt đầu bằng Quận, Huyện, Thị xã hoặc Thành phố",
                en: "'\(name)' does not start with Quận, Huyện, Thị xã or Thành phố"))
    }

    /// A code of exactly `digits` digits, as the list zero-pads them.
    static func code(_ row: CSVTable.Row, _ column: String, digits: Int, table: CSVTable) throws(DataFileError) -> UnitCode {
        let text = try table.required(row, column)
        guard text.count == digits, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw table.error(
                row, column: column,
                LocalizedText(vi: "mã '\(text)' phải gồm \(digits) chữ số", en: "code '\(text)' must be \(digits) digits"))
        }
        return UnitCode(text)
    }
}
