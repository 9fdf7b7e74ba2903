import NTMOOXML

/// The spreadsheet-specific bookkeeping parts of an .xlsx package: content types, relationships and the workbook.
enum XLSXPackageParts {
    static func contentTypes(sheetCount: Int, hasSharedStrings: Bool) -> String {
        let prefix = XLSXNamespace.contentTypePrefix
        var overrides: [(part: String, contentType: String)] = [("/xl/workbook.xml", "\(prefix).sheet.main+xml")]
        for index in 0..<sheetCount {
            overrides.append(("/xl/worksheets/sheet\(index + 1).xml", "\(prefix).worksheet+xml"))
        }
        overrides.append(("/xl/styles.xml", "\(prefix).styles+xml"))
        if hasSharedStrings {
            overrides.append(("/xl/sharedStrings.xml", "\(prefix).sharedStrings+xml"))
        }
        overrides.append(("/docProps/core.xml", OOXMLNamespace.corePropertiesContentType))
        overrides.append(("/docProps/app.xml", OOXMLNamespace.extendedPropertiesContentType))
        return OOXMLPackageParts.contentTypes(overrides)
    }

    static var rootRelationships: String {
        OOXMLRelationships.xml([
            OOXMLRelationship(id: "rId1", type: OOXMLNamespace.officeDocumentType, target: "xl/workbook.xml"),
            OOXMLRelationship(id: "rId2", type: OOXMLNamespace.corePropertiesType, target: "docProps/core.xml"),
            OOXMLRelationship(id: "rId3", type: OOXMLNamespace.extendedPropertiesType, target: "docProps/app.xml"),
        ])
    }

    /// Worksheets take rId1…rIdN so that sheet N and its relationship share a number.
    static func workbookRelationships(sheetCount: Int, hasSharedStrings: Bool) -> String {
        var entries = (0..<sheetCount).map { index in
            OOXMLRelationship(id: "rId\(index + 1)", type: XLSXNamespace.worksheetType, target: "worksheets/sheet\(index + 1).xml")
        }
        entries.append(OOXMLRelationship(id: "rId\(sheetCount + 1)", type: OOXMLNamespace.stylesType, target: "styles.xml"))
        if hasSharedStrings {
            entries.append(OOXMLRelationship(id: "rId\(sheetCount + 2)", type: XLSXNamespace.sharedStringsType, target: "sharedStrings.xml"))
        }
        return OOXMLRelationships.xml(entries)
    }

    static func workbook(_ sheets: [XLSXSheet]) -> String {
        let activeTab = sheets.firstIndex { !$0.isHidden } ?? 0
        var xml = OOXMLNamespace.declaration
        xml += "<workbook xmlns=\"\(XLSXNamespace.main)\" xmlns:r=\"\(OOXMLNamespace.relationships)\">"
        xml += "<bookViews><workbookView activeTab=\"\(activeTab)\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\""
            xml += sheet.isHidden ? " state=\"hidden\"" : ""
            xml += " r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let names = definedNames(sheets)
        if !names.isEmpty { xml += "<definedNames>\(names)</definedNames>" }
        return xml + "</workbook>"
    }

    /// Print titles (the header rows repeated on every printed page) and autofilter ranges are workbook-level names.
    private static func definedNames(_ sheets: [XLSXSheet]) -> String {
        var xml = ""
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            if let filter = sheet.autoFilter {
                xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                xml += XMLText.escaped("\(quoted)!\(filter.absolute)") + "</definedName>"
            }
            if let repeated = sheet.page?.repeatRows, repeated > 0 {
                xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                xml += XMLText.escaped("\(quoted)!$1:$\(repeated)") + "</definedName>"
            }
        }
        return xml
    }
}
