import NTMOOXML

/// A `<sheet>` entry of xl/workbook.xml: the tab's name and where its cells live.
struct XLSXWorkbookSheetEntry: Hashable, Sendable {
    let name: String
    let isHidden: Bool
    let relationshipID: String
}

/// Collects the sheet list of xl/workbook.xml in tab order.
struct XLSXWorkbookHandler: OOXMLSAXHandler {
    private(set) var sheets: [XLSXWorkbookSheetEntry] = []
    private var inSheets = false

    mutating func start(_ element: String, attributes: [String: String]) throws(OOXMLParseProblem) {
        switch element {
        case "sheets":
            inSheets = true
        case "sheet" where inSheets:
            guard let name = attributes["name"], let id = OOXMLSAX.attribute("id", in: attributes) else {
                throw OOXMLParseProblem(message: "a sheet entry lacks its name or r:id")
            }
            // "veryHidden" sheets are hidden too, only harder to unhide in Excel.
            let state = attributes["state"] ?? "visible"
            sheets.append(XLSXWorkbookSheetEntry(name: name, isHidden: state != "visible", relationshipID: id))
        default:
            break
        }
    }

    mutating func end(_ element: String) throws(OOXMLParseProblem) {
        if element == "sheets" { inSheets = false }
    }
}
