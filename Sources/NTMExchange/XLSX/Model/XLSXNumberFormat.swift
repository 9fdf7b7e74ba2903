/// How a spreadsheet shows a number, which decides what the stored number means: Excel stores a typed "80%"
/// as 0.8 in a cell whose format is a percentage, and a date as a day count in a cell formatted as a date.
public struct XLSXNumberFormat: Hashable, Sendable {
    /// What a format makes of the stored number.
    public enum Kind: UInt8, Hashable, Sendable {
        case general
        /// The stored number is a fraction: 0.8 shows as 80 %.
        case percent
        /// The stored number is a day count since 1899-12-30 (Excel's 1900 date system).
        case date
        /// "@": whatever was typed is kept as text.
        case text
        /// Any other number format (thousands separators, fixed decimals, currency).
        case number
    }

    /// The format code as Excel writes it: "0%", "dd/mm/yyyy", "#,##0".
    public let code: String
    public let kind: Kind

    public init(code: String) {
        self.code = code
        kind = Self.classify(code)
    }

    public static let general = XLSXNumberFormat(code: "General")
    public static let percent = XLSXNumberFormat(code: "0%")
    public static let percentOneDecimal = XLSXNumberFormat(code: "0.0%")
    public static let percentTwoDecimals = XLSXNumberFormat(code: "0.00%")
    /// Vietnamese offices write day/month/year.
    public static let date = XLSXNumberFormat(code: "dd/mm/yyyy")
    public static let integer = XLSXNumberFormat(code: "#,##0")
    /// A whole number without grouping, for years and codes that are numbers.
    public static let wholeNumber = XLSXNumberFormat(code: "0")
    public static let twoDecimals = XLSXNumberFormat(code: "#,##0.00")
    public static let text = XLSXNumberFormat(code: "@")

    /// The built-in formats (ECMA-376 Part 1, 18.8.30) that files refer to by number only.
    public static func builtin(_ id: Int) -> XLSXNumberFormat? {
        switch id {
        case 0: .general
        case 1: .wholeNumber
        case 2: XLSXNumberFormat(code: "0.00")
        case 3: .integer
        case 4: .twoDecimals
        case 9: .percent
        case 10: .percentTwoDecimals
        case 11: XLSXNumberFormat(code: "0.00E+00")
        case 12: XLSXNumberFormat(code: "# ?/?")
        case 13: XLSXNumberFormat(code: "# ??/??")
        case 14: XLSXNumberFormat(code: "mm-dd-yy")
        case 15: XLSXNumberFormat(code: "d-mmm-yy")
        case 16: XLSXNumberFormat(code: "d-mmm")
        case 17: XLSXNumberFormat(code: "mmm-yy")
        case 18: XLSXNumberFormat(code: "h:mm AM/PM")
        case 19: XLSXNumberFormat(code: "h:mm:ss AM/PM")
        case 20: XLSXNumberFormat(code: "h:mm")
        case 21: XLSXNumberFormat(code: "h:mm:ss")
        case 22: XLSXNumberFormat(code: "m/d/yy h:mm")
        case 37: XLSXNumberFormat(code: "#,##0 ;(#,##0)")
        case 38: XLSXNumberFormat(code: "#,##0 ;[Red](#,##0)")
        case 39: XLSXNumberFormat(code: "#,##0.00;(#,##0.00)")
        case 40: XLSXNumberFormat(code: "#,##0.00;[Red](#,##0.00)")
        case 45: XLSXNumberFormat(code: "mm:ss")
        case 46: XLSXNumberFormat(code: "[h]:mm:ss")
        case 47: XLSXNumberFormat(code: "mmss.0")
        case 48: XLSXNumberFormat(code: "##0.0E+0")
        case 49: .text
        // Locale-dependent date formats (e.g. 27–36, 50–58 in East Asian builds) are dates wherever they appear.
        case 27...36, 50...58: XLSXNumberFormat(code: "dd/mm/yyyy")
        default: nil
        }
    }

    /// Reads the code the way Excel does: quoted text, escaped characters and bracketed parts (colours, locales,
    /// elapsed-time markers aside) carry no meaning; a `%` makes a percentage, date or time letters a date.
    static func classify(_ code: String) -> Kind {
        if code.caseInsensitiveCompare("General") == .orderedSame || code.isEmpty { return .general }
        // Only the first section (positive numbers) decides.
        var percent = false, date = false, text = false
        var inQuote = false, inBracket = false, escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if character == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if character == "]" { inBracket = false }
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            case ";": return percent ? .percent : date ? .date : text ? .text : .number
            case "%": percent = true
            case "@": text = true
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S": date = true
            default: break
            }
        }
        return percent ? .percent : date ? .date : text ? .text : .number
    }
}
