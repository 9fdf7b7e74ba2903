import NTMOOXML

/// SpreadsheetML namespaces and the relationship and content types of its parts; package-level ones are in `OOXMLNamespace`.
enum XLSXNamespace {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let worksheetType = OOXMLNamespace.relationships + "/worksheet"
    static let sharedStringsType = OOXMLNamespace.relationships + "/sharedStrings"
    static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"
}
