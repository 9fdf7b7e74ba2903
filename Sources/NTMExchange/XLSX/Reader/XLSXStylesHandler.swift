import NTMOOXML

/// Reads the number format of every cell style in xl/styles.xml: custom `<numFmt>` codes and the `numFmtId`
/// of each `<xf>` under `<cellXfs>`, whose position is the `s` attribute cells refer to.
struct XLSXStylesHandler: OOXMLSAXHandler {
    private var customFormats: [Int: XLSXNumberFormat] = [:]
    private var inCellFormats = false
    private(set) var formatIDs: [Int] = []

    mutating func start(_ element: String, attributes: [String: String]) throws(OOXMLParseProblem) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = XLSXNumberFormat(code: code)
            }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    mutating func end(_ element: String) throws(OOXMLParseProblem) {
        if element == "cellXfs" { inCellFormats = false }
    }

    /// What each style's format makes of a number; unknown ids read as general numbers.
    var kinds: [XLSXNumberFormat.Kind] {
        formatIDs.map { id in (customFormats[id] ?? XLSXNumberFormat.builtin(id))?.kind ?? .number }
    }
}
