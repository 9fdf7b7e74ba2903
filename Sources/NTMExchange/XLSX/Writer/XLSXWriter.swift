import Foundation
import NTMOOXML

/// Writes an `XLSXWorkbook` as the bytes of an .xlsx file.
public enum XLSXWriter {
    /// The same workbook always gives byte-identical data.
    public static func write(_ workbook: XLSXWorkbook) throws(XLSXError) -> Data {
        try validate(workbook.sheets)
        let selected = workbook.sheets.firstIndex { !$0.isHidden }
        var strings = XLSXSharedStringTable()
        var styles = XLSXStyleTable()
        var worksheets: [(path: String, data: Data)] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let path = "xl/worksheets/sheet\(index + 1).xml"
            let builder = XLSXWorksheetXML(sheet: sheet, part: path, isSelected: index == selected)
            let xml = try builder.make(strings: &strings, styles: &styles)
            worksheets.append((path, Data(xml.utf8)))
        }

        let count = workbook.sheets.count
        let hasStrings = !strings.isEmpty
        var parts: [OOXMLPart] = [
            OOXMLPart("[Content_Types].xml", xml: XLSXPackageParts.contentTypes(sheetCount: count, hasSharedStrings: hasStrings)),
            OOXMLPart("_rels/.rels", xml: XLSXPackageParts.rootRelationships),
            OOXMLPart("docProps/core.xml", xml: OOXMLPackageParts.coreProperties(.init(creator: workbook.creator))),
            OOXMLPart("docProps/app.xml", xml: OOXMLPackageParts.appProperties),
            OOXMLPart("xl/workbook.xml", xml: XLSXPackageParts.workbook(workbook.sheets)),
            OOXMLPart("xl/_rels/workbook.xml.rels", xml: XLSXPackageParts.workbookRelationships(sheetCount: count, hasSharedStrings: hasStrings)),
            OOXMLPart("xl/styles.xml", xml: styles.xml),
        ]
        if hasStrings {
            parts.append(OOXMLPart("xl/sharedStrings.xml", xml: strings.xml))
        }
        parts += worksheets.map { OOXMLPart($0.path, $0.data) }
        do {
            return try OOXMLZip.archive(parts)
        } catch {
            throw XLSXError(error)
        }
    }

    /// Excel will not open a workbook without a visible sheet or with clashing names, so neither is written.
    private static func validate(_ sheets: [XLSXSheet]) throws(XLSXError) {
        guard !sheets.isEmpty else {
            throw .malformed(part: "xl/workbook.xml", line: nil, message: "a workbook needs at least one sheet")
        }
        guard sheets.contains(where: { !$0.isHidden }) else {
            throw .malformed(part: "xl/workbook.xml", line: nil, message: "a workbook needs at least one visible sheet")
        }
        var seen: Set<String> = []
        for sheet in sheets {
            try XLSXSheet.validateName(sheet.name)
            // Excel compares sheet names case-insensitively.
            guard seen.insert(sheet.name.lowercased()).inserted else { throw .invalidSheetName(sheet.name) }
        }
    }
}
