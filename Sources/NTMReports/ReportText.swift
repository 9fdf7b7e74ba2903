import NTMCore
import NTMExchange

/// How a report prints numbers, dates and table cells: Vietnamese notation throughout (15,94; 1.234.567;
/// 30/06/2019), whatever the reader's interface language.
enum ReportText {
    static func count(_ value: Int) -> String { Money.grouped(Int64(value), separator: ".") }

    /// `15,94`, and `1.234,5` once the whole part reaches thousands.
    static func decimal(_ value: FixedDecimal, decimals: Int = 2) -> String {
        let text = value.vietnamese(decimals: decimals)
        let parts = text.split(separator: ",", maxSplits: 1)
        let negative = text.hasPrefix("-")
        guard let first = parts.first, let whole = Int64(first.drop { $0 == "-" }), whole >= 1_000 else { return text }
        return (negative ? "-" : "") + Money.grouped(whole, separator: ".") + (parts.count > 1 ? "," + parts[1] : "")
    }

    static func percent(_ value: FixedDecimal) -> String { decimal(value) + "%" }

    /// A cell of an export table as the report prints it.
    static func cell(_ cell: ExportTable.Cell) -> String {
        switch cell {
        case .text(let text), .status(let text, _): text
        case .integer(let value): count(value)
        case .year(let value): String(value)
        case .decimal(let value): decimal(value)
        case .percent(let value): percent(value)
        case .date(let date): date.vietnamese
        case .money(let money): money.vietnamese
        case .empty: ""
        }
    }

    /// "ngày 30 tháng 6 năm 2019", the date line's form (NĐ 30: days under 10 and months under 3 take a leading 0).
    static func longDate(_ date: LocalDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "ngày \(day) tháng \(month) năm \(date.year)"
    }

    /// I, II, III… for the report's parts.
    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, text = ""
        for (value, letters) in table {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }
}
