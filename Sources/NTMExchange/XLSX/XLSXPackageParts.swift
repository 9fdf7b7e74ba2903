/// The fixed bookkeeping parts of an .xlsx package: content types, relationships, properties and the workbook.
enum XLSXPackageParts {
    static func contentTypes(sheetCount: Int, hasSharedStrings: Bool) -> String {
        let spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = XLSXNamespace.declaration + "<Types xmlns=\"\(XLSXNamespace.contentTypes)\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += override("/xl/workbook.xml", "\(spreadsheet).sheet.main+xml")
        for index in 0..<sheetCount {
            xml += override("/xl/worksheets/sheet\(index + 1).xml", "\(spreadsheet).worksheet+xml")
        }
        xml += override("/xl/styles.xml", "\(spreadsheet).styles+xml")
        if hasSharedStrings {
            xml += override("/xl/sharedStrings.xml", "\(spreadsheet).sharedStrings+xml")
        }
        xml += override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        xml += override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        return xml + "</Types>"
    }

    private static func override(_ part: String, _ contentType: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(contentType)\"/>"
    }

    static var rootRelationships: String {
        relationships([
            ("rId1", XLSXNamespace.officeDocumentType, "xl/workbook.xml"),
            ("rId2", XLSXNamespace.corePropertiesType, "docProps/core.xml"),
            ("rId3", XLSXNamespace.extendedPropertiesType, "docProps/app.xml"),
        ])
    }

    /// Worksheets take rId1…rIdN so that sheet N and its relationship share a number.
    static func workbookRelationships(sheetCount: Int, hasSharedStrings: Bool) -> String {
        var entries = (0..<sheetCount).map { index in
            ("rId\(index + 1)", XLSXNamespace.worksheetType, "worksheets/sheet\(index + 1).xml")
        }
        entries.append(("rId\(sheetCount + 1)", XLSXNamespace.stylesType, "styles.xml"))
        if hasSharedStrings {
            entries.append(("rId\(sheetCount + 2)", XLSXNamespace.sharedStringsType, "sharedStrings.xml"))
        }
        return relationships(entries)
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        var xml = XLSXNamespace.declaration + "<Relationships xmlns=\"\(XLSXNamespace.packageRelationships)\">"
        for entry in entries {
            xml += "<Relationship Id=\"\(entry.id)\" Type=\"\(entry.type)\" Target=\"\(entry.target)\"/>"
        }
        return xml + "</Relationships>"
    }

    static func workbook(_ sheets: [XLSXSheet]) -> String {
        let activeTab = sheets.firstIndex { !$0.isHidden } ?? 0
        var xml = XLSXNamespace.declaration
        xml += "<workbook xmlns=\"\(XLSXNamespace.main)\" xmlns:r=\"\(XLSXNamespace.relationships)\">"
        xml += "<bookViews><workbookView activeTab=\"\(activeTab)\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\""
            xml += sheet.isHidden ? " state=\"hidden\"" : ""
            xml += " r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// No timestamps: identical workbooks must give identical bytes.
    static func coreProperties(creator: String) -> String {
        var xml = XLSXNamespace.declaration
        xml += "<cp:coreProperties"
        xml += " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        xml += "<dc:creator>\(XMLText.escaped(creator))</dc:creator></cp:coreProperties>"
        return xml
    }

    static var appProperties: String {
        XLSXNamespace.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>NTM Monitor</Application></Properties>"
    }
}
